package paths

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDirsFollowTheXDGVariables(t *testing.T) {
	root := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(root, "c"))
	t.Setenv("XDG_DATA_HOME", filepath.Join(root, "d"))
	t.Setenv("XDG_STATE_HOME", "relative/is/ignored")
	if got, want := ConfigDir(), filepath.Join(root, "c", App); got != want {
		t.Errorf("ConfigDir() = %q, want %q", got, want)
	}
	if got, want := DataDir(), filepath.Join(root, "d", App); got != want {
		t.Errorf("DataDir() = %q, want %q", got, want)
	}
	if got := StateDir(); !filepath.IsAbs(got) || filepath.Base(got) != App {
		t.Errorf("StateDir() = %q, want the platform default", got)
	}
}

func TestEnsureMakesAPrivateDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Ensure(dir); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != DirMode {
		t.Fatalf("mode %v, want %v", info.Mode().Perm(), DirMode)
	}
}

func TestCheckPrivateRefusesAFolderOthersCanWrite(t *testing.T) {
	root := t.TempDir()
	if err := CheckPrivate(filepath.Join(root, "missing")); err != nil {
		t.Errorf("a missing folder: %v", err)
	}
	for mode, bad := range map[os.FileMode]bool{0o700: false, 0o755: false, 0o775: true, 0o777: true, 0o1777: true} {
		dir := filepath.Join(root, mode.String())
		os.Mkdir(dir, 0o700)
		if err := os.Chmod(dir, mode); err != nil {
			t.Fatal(err)
		}
		err := CheckPrivate(dir)
		if bad != (err != nil) {
			t.Errorf("mode %v: %v", mode, err)
		}
	}
	if os.Getuid() != 0 {
		t.Skip("making a folder owned by another user needs root")
	}
	other := filepath.Join(root, "other")
	os.Mkdir(other, 0o700)
	if err := os.Chown(other, 12345, 12345); err != nil {
		t.Fatal(err)
	}
	if err := CheckPrivate(other); err == nil {
		t.Error("a folder of another user was accepted")
	}
}
