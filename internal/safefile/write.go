package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"partnercoach/internal/paths"
)

// WriteFile writes data to path atomically: to a temporary file in the
// same folder, flushed to disk, then renamed over path. A reader sees the
// old content or the new, never part of either, whatever happens to the
// process. The file is made mode 0600 whatever its mode was before, and
// its folder, with any missing parents, is created or narrowed to 0700.
// It is meant for partnercoach's own folders; use WritePrivateFile for a
// file somewhere the coach chose.
func WriteFile(path string, data []byte) error {
	if err := paths.Ensure(filepath.Dir(path)); err != nil {
		return err
	}
	return WritePrivateFile(path, data)
}

// WritePrivateFile writes data atomically to a file of mode 0600, as
// WriteFile does, in a folder that must already exist and whose mode it
// leaves as it is.
func WritePrivateFile(path string, data []byte) error {
	if err := replace(path, data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// WriteOutput writes data atomically to a file of mode 0600 that the coach
// named, such as the file of "log export --output". It writes only to a
// regular file, which it replaces, or to a new path: a folder is refused
// with "is a directory", and a symbolic link, a FIFO, a device or a socket
// with a message naming what it is, so that an export never replaces or
// writes through anything but a file. The folder must already exist.
//
// Under the data lock it notes path among the outputs (see NoteOutput)
// before it writes, and deletes the temporary files an earlier write of
// path cut short left beside it, so that a kill in the middle of an
// export leaves nothing that the next export or newcomer forget does not
// find.
func WriteOutput(path string, data []byte) error {
	if err := CheckOutput(path); err != nil {
		return err
	}
	return underLock(func() error {
		if err := noteOutput(path); err != nil {
			return err
		}
		if _, err := removeLeftovers(path); err != nil {
			return err
		}
		return WritePrivateFile(path, data)
	})
}

// CheckOutput reports whether path may be written by WriteOutput: a new
// path or a regular file; a directory, a symbolic link, a FIFO, a device
// or a socket is refused, saying what it is.
func CheckOutput(path string) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, err)
	case info.IsDir():
		return fmt.Errorf("cannot write %s: it is a directory; give a file name in it", path)
	case !info.Mode().IsRegular():
		return fmt.Errorf("cannot write %s: it %s, not a regular file; partnercoach writes only to a regular file or a new path", path, describeMode(info.Mode()))
	}
	return nil
}
