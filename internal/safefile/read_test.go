//go:build unix

package safefile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"partnercoach/internal/filetest"
)

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	filetest.Mkfifo(t, fifo)
	zero := filepath.Join(dir, "zero")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big")
	if err := os.WriteFile(big, make([]byte, MaxSize+1), 0o600); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o700)
	tests := []struct{ path, want string }{
		{fifo, "is a FIFO (named pipe), not a regular file"},
		{zero, "is a symbolic link, not a regular file"},
		{sub, "is a directory, not a regular file"},
		{big, "larger than 4 MB"},
	}
	for _, tc := range tests {
		filetest.Within(t, func() {
			_, err := Read(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Read(%s): %v, want %q", filepath.Base(tc.path), err, tc.want)
			}
		})
	}
	dev := filepath.Join(dir, "dev")
	filetest.MknodChar(t, dev)
	if _, err := Read(dev); err == nil || !strings.Contains(err.Error(), "is a device") {
		t.Errorf("Read(device): %v", err)
	}
}
