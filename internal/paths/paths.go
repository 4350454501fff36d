// Package paths says where partnercoach keeps its files: settings and the
// coach's scripts under the XDG config directory, records under the XDG
// data directory, and the autosave of a live session under the XDG state
// directory. The XDG variables are read on every call, so that a test can
// point them at a temporary directory. It also checks that a file the
// coach wrote, or its folder, is private to them (CheckPrivate) before a
// script or the settings are read from it.
package paths

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/adrg/xdg"
)

// App is the name of partnercoach's folder in each XDG directory.
const App = "partnercoach"

// DirMode and FileMode keep session content private to the coach.
const (
	DirMode  os.FileMode = 0o700
	FileMode os.FileMode = 0o600
)

// ConfigDir is where the settings file and the coach's scripts are kept.
func ConfigDir() string { return base("XDG_CONFIG_HOME", xdg.ConfigHome) }

// DataDir is where session records and the newcomer list are kept.
func DataDir() string { return base("XDG_DATA_HOME", xdg.DataHome) }

// StateDir is where the autosave of a live session and its lock are kept.
func StateDir() string { return base("XDG_STATE_HOME", xdg.StateHome) }

// base returns partnercoach's folder under the directory named by an XDG
// variable, or under the platform default when the variable is unset or
// not an absolute path (the XDG specification says to ignore it then).
func base(env, fallback string) string {
	if v := os.Getenv(env); filepath.IsAbs(v) {
		return filepath.Join(v, App)
	}
	return filepath.Join(fallback, App)
}

// Ensure creates a directory, and its parents, private to the coach. An
// existing directory of partnercoach's own with wider permissions is
// narrowed to DirMode.
func Ensure(dir string) error {
	if err := os.MkdirAll(dir, DirMode); err != nil {
		return fmt.Errorf("cannot create %s: %w", dir, err)
	}
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", dir, err)
	}
	if info.Mode().Perm() != DirMode {
		if err := os.Chmod(dir, DirMode); err != nil {
			return fmt.Errorf("cannot make %s private: %w", dir, err)
		}
	}
	return nil
}
