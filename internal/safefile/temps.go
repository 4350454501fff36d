package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
)

// tempRE matches the name of a temporary file of an atomic write: a dot,
// the name of the file being written, and a random number (renameio
// names them so; on Windows ".tmp" comes before the number). Such a file
// is left behind only when the process was killed mid-write, and it holds
// what was being written: session content.
var tempRE = regexp.MustCompile(`^\.(.+?)(\.tmp)?[0-9]+$`)

// IsTemp reports whether a folder entry's name is that of a temporary
// file of an atomic write.
func IsTemp(name string) bool { return tempRE.MatchString(name) }

// TempTarget returns the name of the file that the temporary file called
// name was written for, and false when name is not a temporary file's.
func TempTarget(name string) (string, bool) {
	m := tempRE.FindStringSubmatch(name)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// tempOf reports whether name is a temporary file of an atomic write of
// the file called target.
func tempOf(name, target string) bool {
	t, ok := TempTarget(name)
	return ok && t == target
}

// CleanTemps removes the leftover temporary files in dir of writes to the
// files named by targets, and returns the paths it removed. It is called
// under the lock that guards those files, so no write of them is in
// progress. Only regular files are removed.
func CleanTemps(dir string, targets ...string) ([]string, error) {
	return RemoveTemps(dir, func(name string, _ fs.FileInfo) bool {
		for _, t := range targets {
			if tempOf(name, t) {
				return true
			}
		}
		return false
	})
}

// RemoveTemps removes the temporary files in dir (regular files only)
// whose names and information match says to remove, and returns their
// paths. A missing folder holds nothing.
func RemoveTemps(dir string, match func(name string, info fs.FileInfo) bool) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", dir, err)
	}
	var temps []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !IsTemp(e.Name()) {
			continue
		}
		if info, err := e.Info(); err == nil && match(e.Name(), info) {
			temps = append(temps, filepath.Join(dir, e.Name()))
		}
	}
	return Remove(temps)
}

// Remove deletes the files at paths, going on past one it cannot delete,
// and returns those it deleted; one already gone counts as deleted. The
// error joins those it could not delete.
func Remove(paths []string) ([]string, error) {
	var removed []string
	var errs []error
	for _, p := range paths {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("cannot delete %s: %w", p, err))
			continue
		}
		removed = append(removed, p)
	}
	return removed, errors.Join(errs...)
}
