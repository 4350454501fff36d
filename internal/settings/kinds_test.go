//go:build unix

package settings

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLoadReadsOnlyARegularFile checks that every read of the settings
// file is bounded: a FIFO, a device and a symlink to one are refused with
// a message, without blocking, and a huge file is read no further than a
// settings file may go.
func TestLoadReadsOnlyARegularFile(t *testing.T) {
	tests := []struct {
		name string
		make func(path string) error
		want string
	}{
		{"a FIFO", func(p string) error { return syscall.Mkfifo(p, 0o600) },
			"is a FIFO (named pipe) (expected a regular file)"},
		{"a symlink to /dev/zero", func(p string) error { return os.Symlink("/dev/zero", p) },
			"is a device (expected a regular file)"},
		{"a huge sparse file", func(p string) error {
			f, err := os.Create(p)
			if err == nil {
				err = errors.Join(f.Truncate(1<<40), f.Close())
			}
			return err
		}, "too big for a settings file: longer than 65536 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("XDG_CONFIG_HOME", t.TempDir())
			if err := os.MkdirAll(filepath.Dir(Path()), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := tc.make(Path()); err != nil {
				t.Skipf("cannot make %s here: %v", tc.name, err)
			}
			s, err := Load()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Load() error = %v, want one saying %q", err, tc.want)
			}
			if s != Default() {
				t.Errorf("Load() gave %+v, want the defaults", s)
			}
		})
	}
}
