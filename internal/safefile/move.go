package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"partnercoach/internal/paths"
)

// MoveNoReplace moves a file to the first of the names name(1), name(2),
// … that is free, never replacing a file, and returns where it went. The
// file moved is made private (0600), whatever mode it had: a damaged
// file holds session content as much as a whole one.
func MoveNoReplace(path string, name func(n int) string) (string, error) {
	for n := 1; ; n++ {
		to := name(n)
		err := renameNoReplace(path, to)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return to, err
		}
		if err := os.Chmod(to, paths.FileMode); err != nil {
			return to, fmt.Errorf("cannot make %s private: %w", to, err)
		}
		return to, nil
	}
}

// renameNoReplace renames a file, failing with fs.ErrExist rather than
// replacing a file at the new name. It links the file under the new name
// (which fails if the name is taken) and then removes the old name; where
// links are not supported it checks and renames.
func renameNoReplace(from, to string) error {
	err := os.Link(from, to)
	if err == nil {
		return os.Remove(from)
	}
	if errors.Is(err, fs.ErrExist) {
		return fs.ErrExist
	}
	if _, serr := os.Lstat(to); serr == nil {
		return fs.ErrExist
	}
	return os.Rename(from, to)
}
