package safefile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileReplacesAtomicallyAndPrivately(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	path := filepath.Join(dir, "f.json")
	for _, content := range []string{"one", "two"} {
		if err := WriteFile(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "two" {
		t.Fatalf("read %q, %v", got, err)
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, filepath.Dir(dir): 0o700, path: 0o600} {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != want {
			t.Errorf("%s: %v %v, want mode %o", p, info.Mode(), err, want)
		}
	}
}

func TestWritePrivateFileLeavesTheFolderAlone(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "export.csv")
	if err := WritePrivate(path, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o755 {
		t.Errorf("folder mode changed to %o", info.Mode().Perm())
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("file mode %o, want 600", info.Mode().Perm())
	}
}

// TestWriteFileRefusesWhatReadWouldRefuse checks that a file partnercoach
// keeps is never written larger than Read takes back: the write is
// refused and the file keeps what it held.
func TestWriteFileRefusesWhatReadWouldRefuse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newcomers.json")
	if err := WriteFile(path, []byte("kept")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, make([]byte, MaxSize+1)); err == nil {
		t.Fatal("a write larger than MaxSize was taken")
	}
	if got, err := Read(path); err != nil || string(got) != "kept" {
		t.Fatalf("after the refused write the file holds %q, %v; want \"kept\"", got, err)
	}
	if err := WriteFile(path, make([]byte, MaxSize)); err != nil {
		t.Fatalf("a write of exactly MaxSize was refused: %v", err)
	}
	if _, err := Read(path); err != nil {
		t.Fatalf("a file of exactly MaxSize cannot be read back: %v", err)
	}
}

// TestWriteFileOverAFolderSaysSo: a folder where the file belongs is left
// alone and named as what it is, not reported as the system's "file
// exists".
func TestWriteFileOverAFolderSaysSo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "available.json")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("{}"))
	if err == nil || err.Error() != "cannot write "+path+": it is a directory, not a file; move it away" {
		t.Fatalf("got %v", err)
	}
	if info, err := os.Stat(path); err != nil || !info.IsDir() {
		t.Fatalf("the folder is gone: %v", err)
	}
}
