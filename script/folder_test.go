//go:build unix

package script

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"partnercoach/internal/paths"
)

// planted makes a config folder under a temp XDG_CONFIG_HOME with a
// script called first in its scripts folder, and gives both folders the
// modes given.
func planted(t *testing.T, config, scripts os.FileMode) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if err := os.MkdirAll(Dir(), 0o700); err != nil {
		t.Fatal(err)
	}
	src, err := BuiltinSource("first")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(Dir(), "first.yaml"), src, 0o600); err != nil {
		t.Fatal(err)
	}
	for dir, mode := range map[string]os.FileMode{paths.ConfigDir(): config, Dir(): scripts} {
		if err := os.Chmod(dir, mode); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFoldersOthersCanWriteAreRefused checks that no script is read from a
// scripts folder another user could put one in, and that the message says
// how to fix it.
func TestFoldersOthersCanWriteAreRefused(t *testing.T) {
	tests := []struct {
		name            string
		config, scripts os.FileMode
		bad             func() string // the folder to name, "" for none
	}{
		{"private", 0o700, 0o700, nil},
		{"readable by all", 0o755, 0o755, nil},
		{"scripts folder world-writable", 0o700, 0o777, Dir},
		{"scripts folder group-writable", 0o755, 0o775, Dir},
		{"config folder world-writable", 0o777, 0o700, paths.ConfigDir},
		{"sticky but world-writable", 0o700, 0o1777, Dir},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			planted(t, tc.config, tc.scripts)
			_, listErr := List()
			_, findErr := Find("first")
			_, _, srcErr := Source("first")
			_, loadErr := LoadFile(filepath.Join(Dir(), "first.yaml"))
			for what, err := range map[string]error{"List": listErr, "Find": findErr, "Source": srcErr, "LoadFile": loadErr} {
				if tc.bad == nil {
					if err != nil {
						t.Errorf("%s: %v", what, err)
					}
					continue
				}
				want := tc.bad() + " is writable by other users, who could put a script in it " +
					"(expected a folder only you can change; fix it with: chmod go-w " + tc.bad() + ")"
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("%s: error %v, want one saying %q", what, err, want)
				}
			}
		})
	}
}

// TestScriptFilesThatAreNotRegularAreNamed checks that a FIFO, a device
// and a directory where a script should be are reported, never read and
// never skipped silently.
func TestScriptFilesThatAreNotRegularAreNamed(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if err := os.MkdirAll(Dir(), 0o700); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(Dir(), "piped.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(Dir(), "zero.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(t.TempDir(), filepath.Join(Dir(), "folder.yaml")); err != nil {
		t.Fatal(err)
	}
	entries, err := List()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"piped":  "is a FIFO (named pipe) (expected a regular file)",
		"zero":   "is a device (expected a regular file)",
		"folder": "is a directory (expected a regular file)",
	}
	for _, e := range entries {
		if w, ok := want[e.Name]; ok {
			if e.Problem == nil || !strings.Contains(e.Problem.Error(), w) {
				t.Errorf("%s: problem %v, want one saying %q", e.Name, e.Problem, w)
			}
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("not listed: %v", want)
	}
	for _, path := range []string{"/dev/zero", fifo} {
		if _, err := LoadFile(path); err == nil || !strings.Contains(err.Error(), "(expected a regular file)") {
			t.Errorf("LoadFile(%s) = %v, want it refused", path, err)
		}
	}
}

// TestFolderOfAnotherUserIsRefused checks a scripts folder another user
// owns. Only root can give a folder away, so elsewhere it is skipped.
func TestFolderOfAnotherUserIsRefused(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("only root can give a folder to another user")
	}
	planted(t, 0o700, 0o755)
	if err := os.Chown(Dir(), 65534, 65534); err != nil {
		t.Fatal(err)
	}
	_, err := Find("first")
	want := Dir() + " belongs to user 65534, not to you"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Find: error %v, want one saying %q", err, want)
	}
}
