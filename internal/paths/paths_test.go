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
