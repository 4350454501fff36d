package store

import (
	"path/filepath"

	"partnercoach/internal/paths"
)

// RecordsDir is the folder holding one JSON file per session.
func RecordsDir() string { return filepath.Join(paths.DataDir(), "records") }

// DamagedDir is the folder damaged files are moved into.
func DamagedDir() string { return filepath.Join(RecordsDir(), "damaged") }

// RecordPath is the file of the record with the given id.
func RecordPath(id string) string { return filepath.Join(RecordsDir(), id+".json") }

// NewcomersPath is the file listing the coach's newcomers.
func NewcomersPath() string { return filepath.Join(paths.DataDir(), "newcomers.json") }
