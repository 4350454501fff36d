package paths

import (
	"os"
	"path/filepath"
	"strings"
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

// TestEnsureRefusesALinkInsideItsFolders points the records folder, and
// then a folder inside it, at a folder elsewhere: Ensure must refuse both
// without creating anything in that folder or changing its mode.
func TestEnsureRefusesALinkInsideItsFolders(t *testing.T) {
	root := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(root, "data"))
	elsewhere := filepath.Join(root, "elsewhere")
	if err := os.Mkdir(elsewhere, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(elsewhere, 0o755); err != nil {
		t.Fatal(err)
	}
	records := filepath.Join(DataDir(), "records")
	if err := os.MkdirAll(DataDir(), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, records); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{records, filepath.Join(records, "damaged")} {
		err := Ensure(dir)
		if err == nil || !strings.Contains(err.Error(), "is a symbolic link, not a folder") {
			t.Errorf("Ensure(%s) = %v, want a refusal naming the link", dir, err)
		}
	}
	entries, err := os.ReadDir(elsewhere)
	if err != nil || len(entries) != 0 {
		t.Errorf("the folder linked to holds %v (%v), want nothing", entries, err)
	}
	if info, err := os.Stat(elsewhere); err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("the folder linked to: %v, %v; want its mode 0755 left alone", info.Mode(), err)
	}
}

// TestEnsureRefusesAFileWhereAFolderBelongs puts a regular file where the
// state folder's subfolder would be.
func TestEnsureRefusesAFileWhereAFolderBelongs(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	if err := os.MkdirAll(StateDir(), 0o700); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(StateDir(), "sub")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	err := Ensure(filepath.Join(file, "deeper"))
	if err == nil || !strings.Contains(err.Error(), "is a regular file, not a folder") {
		t.Errorf("Ensure under a file = %v, want a refusal naming the file", err)
	}
}

// TestEnsureFollowsItsOwnFolderAsALink keeps the data folder itself
// elsewhere behind a link, as a dotfiles manager does: folders inside it
// are made there.
func TestEnsureFollowsItsOwnFolderAsALink(t *testing.T) {
	root := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(root, "data"))
	kept := filepath.Join(root, "kept")
	if err := os.Mkdir(kept, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(DataDir()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(kept, DataDir()); err != nil {
		t.Fatal(err)
	}
	if err := Ensure(filepath.Join(DataDir(), "records", "damaged")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(filepath.Join(kept, "records", "damaged")); err != nil || info.Mode().Perm() != DirMode {
		t.Errorf("the folder made through the data folder's link: %v, %v", info, err)
	}
}

// TestEnsureRefusesALinkOutsideItsFolders gives Ensure a link that is in
// none of partnercoach's folders.
func TestEnsureRefusesALinkOutsideItsFolders(t *testing.T) {
	root := t.TempDir()
	link := filepath.Join(root, "link")
	if err := os.Symlink(root, link); err != nil {
		t.Fatal(err)
	}
	if err := Ensure(link); err == nil {
		t.Error("Ensure followed a link outside partnercoach's folders")
	}
}
