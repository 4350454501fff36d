package records

import (
	"path/filepath"

	"partnercoach/internal/paths"
)

// Dir is the folder holding one JSON file per session.
func Dir() string { return filepath.Join(paths.DataDir(), "records") }

// DamagedDir is the folder damaged files are moved into: damaged records,
// and a damaged newcomer list.
func DamagedDir() string { return filepath.Join(Dir(), "damaged") }

// recordPath is the file of the record with the given id.
func recordPath(id string) string { return filepath.Join(Dir(), id+".json") }
