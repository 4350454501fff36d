// Package regular reads the files the coach wrote (scripts, the settings)
// with every read bounded: only a regular file is read, a symlink is
// followed only to a regular file, and no more than a limit is read.
// Opening a FIFO does not block, and a device such as /dev/zero is refused
// before a byte is read from it.
package regular

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// ErrNotRegular is the error for a path that is not a regular file: a
// directory, a FIFO, a device or a socket.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooBig is the error for a file longer than the limit.
var ErrTooBig = errors.New("too big")

// Error is a file Read refused, saying why in Msg; it wraps ErrNotRegular
// or ErrTooBig.
type Error struct {
	Msg string
	Err error
}

// Error returns the message alone.
func (e *Error) Error() string { return e.Msg }

// Unwrap returns ErrNotRegular or ErrTooBig.
func (e *Error) Unwrap() error { return e.Err }

// Read returns the contents of the regular file at path, of at most limit
// bytes. A path that is not a regular file gives an error wrapping
// ErrNotRegular that names what it is; a longer file, one wrapping
// ErrTooBig; a missing one, one wrapping fs.ErrNotExist.
func Read(path string, limit int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{Msg: fmt.Sprintf("%s is %s (expected a regular file)", path, Kind(info.Mode())), Err: ErrNotRegular}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &Error{Msg: fmt.Sprintf("%s is longer than %d bytes", path, limit), Err: ErrTooBig}
	}
	return data, nil
}

// Kind names what kind of file a mode is, for a message: "a directory",
// "a FIFO (named pipe)", "a device", "a symbolic link". It is the one
// wording of file kinds in partnercoach's messages.
func Kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO (named pipe)"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsRegular():
		return "a regular file"
	}
	return "a special file"
}
