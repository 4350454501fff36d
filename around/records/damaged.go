package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"partnercoach/internal/paths"
)

// now is the clock that stamps the names of moved-aside files; tests
// replace it.
var now = time.Now

// moveAside moves a damaged file into DamagedDir and records where it went
// in p, or why it could not be moved.
func moveAside(p *Problem) {
	to, err := moveIntoDamaged(p.Path)
	if err != nil {
		p.Msg += fmt.Sprintf(" (it could not be moved aside: %v)", err)
		return
	}
	p.MovedTo = to
}

// moveIntoDamaged moves a file into DamagedDir under its own name with the
// time and, if needed, a counter added: "NAME.20261122-153000.json", then
// "NAME.20261122-153000-2.json". It never replaces a file already there.
// The data folder, the records folder and DamagedDir are made private
// (0700) on the way, whatever mode they had.
func moveIntoDamaged(path string) (string, error) {
	dir := DamagedDir()
	for _, d := range []string{paths.DataDir(), RecordsDir(), dir} {
		if err := paths.Ensure(d); err != nil {
			return "", err
		}
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(filepath.Base(path), ext) + "." + now().Format("20060102-150405")
	return moveNoReplace(path, func(n int) string {
		if n > 1 {
			return filepath.Join(dir, fmt.Sprintf("%s-%d%s", stem, n, ext))
		}
		return filepath.Join(dir, stem+ext)
	})
}

// moveNoReplace moves a file to the first of the names name(1), name(2),
// … that is free, never replacing a file, and returns where it went. The
// file moved is made private (0600), whatever mode it had: a damaged
// record holds session content as much as a whole one.
func moveNoReplace(path string, name func(n int) string) (string, error) {
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
