//go:build unix

package regular

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte("twelve bytes"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	zeroLink := filepath.Join(dir, "zero")
	fifo := filepath.Join(dir, "fifo")
	for _, err := range []error{os.Symlink(file, link), os.Symlink("/dev/zero", zeroLink), syscall.Mkfifo(fifo, 0o600)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		path    string
		limit   int64
		want    string
		wantErr error
		msg     string
	}{
		{file, 12, "twelve bytes", nil, ""},
		{link, 100, "twelve bytes", nil, ""},
		{file, 11, "", ErrTooBig, "is longer than 11 bytes"},
		{dir, 100, "", ErrNotRegular, "is a directory (expected a regular file)"},
		{fifo, 100, "", ErrNotRegular, "is a FIFO (named pipe) (expected a regular file)"},
		{"/dev/zero", 100, "", ErrNotRegular, "is a device (expected a regular file)"},
		{zeroLink, 100, "", ErrNotRegular, "is a device (expected a regular file)"},
		{filepath.Join(dir, "none"), 100, "", fs.ErrNotExist, ""},
	}
	for _, tc := range tests {
		done := make(chan struct{})
		var data []byte
		var err error
		go func() { data, err = Read(tc.path, tc.limit); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Read(%s) blocked", tc.path)
		}
		if string(data) != tc.want || !errors.Is(err, tc.wantErr) || tc.wantErr == nil && err != nil {
			t.Errorf("Read(%s, %d) = %q, %v; want %q, %v", tc.path, tc.limit, data, err, tc.want, tc.wantErr)
		}
		if tc.msg != "" && (err == nil || !strings.Contains(err.Error(), tc.msg)) {
			t.Errorf("Read(%s) error %v, want it to say %q", tc.path, err, tc.msg)
		}
	}
}
