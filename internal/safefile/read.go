package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"partnercoach/internal/regular"
)

// MaxSize is the most partnercoach reads of any file it keeps: a record,
// the newcomer list, the autosave. A 50-minute session's record is a few
// kilobytes; the autosave carries its script too.
const MaxSize = 4 << 20

// ErrTooLarge is the error of a file larger than MaxSize.
var ErrTooLarge = fmt.Errorf("the file is larger than %d MB: it is not one partnercoach wrote", MaxSize>>20)

// NotRegularError says that a path partnercoach was to read or write is
// not a regular file: a folder, a symbolic link, a FIFO, a device or a
// socket.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

// Error implements error.
func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s %s, not a regular file", e.Path, describeMode(e.Mode))
}

// describeMode says in words what kind of file a mode is: "is a
// directory", "is a symbolic link".
func describeMode(m fs.FileMode) string { return "is " + regular.Kind(m) }

// Read reads a file partnercoach keeps, refusing anything that is not a
// regular file and anything larger than MaxSize. It never follows a
// symbolic link and never blocks on a FIFO: the path is checked with
// Lstat, opened without blocking, and checked again once open. A missing
// file gives an error that matches fs.ErrNotExist.
func Read(path string) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &NotRegularError{Path: path, Mode: info.Mode()}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !opened.Mode().IsRegular() || !os.SameFile(info, opened) {
		return nil, fmt.Errorf("%s was replaced while it was being opened", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%s: %w", path, ErrTooLarge)
	}
	return data, nil
}

// IsNotRegular reports whether err says a file is not a regular file.
func IsNotRegular(err error) bool {
	var nr *NotRegularError
	return errors.As(err, &nr)
}
