//go:build linux || freebsd || netbsd || openbsd || illumos

package timer

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestSessionBusAvailable(t *testing.T) {
	tests := []struct {
		name    string
		address string
		file    string // created in XDG_RUNTIME_DIR when set
		want    bool
	}{
		{"nothing", "", "", false},
		{"bus socket in the runtime dir", "", "bus", true},
		{"dbus-session in the runtime dir", "", "dbus-session", true},
		{"other file in the runtime dir", "", "pulse", false},
		{"autolaunch only", "autolaunch:", "", false},
		{"autolaunch with a bus socket", "autolaunch:", "bus", true},
		{"unix address", "unix:path=/run/user/1000/bus", "", true},
		{"abstract address", "unix:abstract=/tmp/dbus-XYZ,guid=0123", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				if err := os.WriteFile(filepath.Join(dir, tt.file), nil, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			t.Setenv("DBUS_SESSION_BUS_ADDRESS", tt.address)
			t.Setenv("XDG_RUNTIME_DIR", dir)
			if got := sessionBusAvailable(); got != tt.want {
				t.Errorf("sessionBusAvailable() = %v, want %v", got, tt.want)
			}
		})
	}
}

// Without XDG_RUNTIME_DIR the bus is looked for in /run/user/<uid>.
func TestSessionBusAvailableDefaultRuntimeDir(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	t.Setenv("XDG_RUNTIME_DIR", "")
	dir := filepath.Join("/run/user", strconv.Itoa(os.Getuid()))
	want := false
	for _, name := range []string{"bus", "dbus-session"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			want = true
		}
	}
	if got := sessionBusAvailable(); got != want {
		t.Errorf("sessionBusAvailable() = %v, want %v (from %s)", got, want, dir)
	}
}

func TestDesktopUsesSessionBusCheck(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	d := NewDesktop("partnercoach-test")
	if d.hasBus() {
		t.Fatalf("NewDesktop's bus check found a bus in an empty runtime dir")
	}
	d.send = func(Note) error {
		t.Errorf("send called without a bus")
		return nil
	}
	if err := d.Notify(t.Context(), Note{Title: "t"}); err != ErrNoBus {
		t.Errorf("Notify = %v, want ErrNoBus", err)
	}
}
