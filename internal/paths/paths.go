// Package paths says where partnercoach keeps its files: settings and the
// coach's scripts under the XDG config directory, records under the XDG
// data directory, and the autosave of a live session under the XDG state
// directory. The XDG variables are read on every call, so that a test can
// point them at a temporary directory. It also checks that a file the
// coach wrote, or its folder, is private to them (CheckPrivate) before a
// script or the settings are read from it.
package paths

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/adrg/xdg"

	"partnercoach/internal/regular"
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
// narrowed to DirMode. A folder below one of partnercoach's own folders
// (ConfigDir, DataDir, StateDir) that is a symbolic link or not a folder
// at all is refused and left alone, and so is dir itself outside them:
// partnercoach writes into folders it keeps, never through a link to
// somewhere else, nor changes the mode of a folder a link points to. Its
// own folders may be links, as a coach who keeps them elsewhere (with a
// dotfiles manager, or on an encrypted volume) makes them.
func Ensure(dir string) error {
	dir = filepath.Clean(dir)
	if err := checkFolders(dir); err != nil {
		return err
	}
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

// checkFolders refuses dir when it, or a folder between it and the
// partnercoach folder that holds it, exists as anything but a folder.
// Outside partnercoach's folders only dir itself is looked at.
func checkFolders(dir string) error {
	root := ownFolder(dir)
	for d := dir; d != root; d = filepath.Dir(d) {
		if err := checkFolder(d); err != nil {
			return err
		}
		if root == "" || d == filepath.Dir(d) {
			break
		}
	}
	return nil
}

// checkFolder refuses a path that exists as anything but a folder; one
// that does not exist yet passes, for MkdirAll to make, and so does one
// under a file, which its parent's check then refuses.
func checkFolder(d string) error {
	info, err := os.Lstat(d)
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return nil
	case err != nil:
		return fmt.Errorf("cannot read %s: %w", d, err)
	case !info.IsDir():
		return fmt.Errorf("%s is %s, not a folder: partnercoach writes only into folders of its own, never through a link; it was left alone", d, regular.Kind(info.Mode()))
	}
	return nil
}

// ownFolder returns whichever of ConfigDir, DataDir and StateDir is dir or
// holds it, or "" when none does.
func ownFolder(dir string) string {
	for _, own := range []string{ConfigDir(), DataDir(), StateDir()} {
		own = filepath.Clean(own)
		if dir == own || strings.HasPrefix(dir, own+string(filepath.Separator)) {
			return own
		}
	}
	return ""
}
