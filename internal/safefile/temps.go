package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// tempRE matches the name of a temporary file of an atomic write: a dot,
// the name of the file being written, and a random number (renameio
// names them so; on Windows ".tmp" comes before the number). Such a file
// is left behind only when the process was killed mid-write, and it holds
// what was being written: session content.
var tempRE = regexp.MustCompile(`^\.(.+?)(\.tmp)?[0-9]+$`)

// isTempName reports whether a folder entry's name is that of a temporary
// file of an atomic write.
func isTempName(name string) bool { return tempRE.MatchString(name) }

// tempOf reports whether name is a temporary file of an atomic write of
// the file called target.
func tempOf(name, target string) bool {
	m := tempRE.FindStringSubmatch(name)
	return m != nil && m[1] == target
}

// staleAge is how old a temporary file of a record must be before it is
// taken for a leftover: a write in progress takes milliseconds.
const staleAge = time.Minute

// cleanTemps removes the leftover temporary files in dir of writes to the
// files named by targets, and returns the paths it removed. It is called
// under the lock that guards those files, so no write of them is in
// progress. Only regular files are removed.
func cleanTemps(dir string, targets ...string) ([]string, error) {
	return removeTemps(dir, func(name string, _ fs.FileInfo) bool {
		for _, t := range targets {
			if tempOf(name, t) {
				return true
			}
		}
		return false
	})
}

// cleanRecordTemps removes the temporary files of record writes in the
// records folder that are older than staleAge, as of now.
func cleanRecordTemps(now time.Time) ([]string, error) {
	return removeTemps(RecordsDir(), func(name string, info fs.FileInfo) bool {
		m := tempRE.FindStringSubmatch(name)
		return m != nil && idRE.MatchString(m[1]) && now.Sub(info.ModTime()) > staleAge
	})
}

// removeTemps removes the regular files in dir whose names match, and
// returns their paths. A missing folder holds nothing.
func removeTemps(dir string, match func(name string, info fs.FileInfo) bool) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", dir, err)
	}
	var removed []string
	var errs []error
	for _, e := range entries {
		if !e.Type().IsRegular() || !isTempName(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || !match(e.Name(), info) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("cannot delete the leftover %s: %w", path, err))
			continue
		}
		removed = append(removed, path)
	}
	return removed, errors.Join(errs...)
}
