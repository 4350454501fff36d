//go:build unix

package outputs

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"partnercoach/internal/filetest"
)

func TestWriteOutputWritesOnlyToAFileOrANewPath(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	filetest.Mkfifo(t, fifo)
	target := filepath.Join(dir, "target")
	os.WriteFile(target, []byte("keep me"), 0o644)
	link := filepath.Join(dir, "link")
	os.Symlink(target, link)
	dangling := filepath.Join(dir, "dangling")
	os.Symlink(filepath.Join(dir, "nowhere"), dangling)
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o700)
	tests := []struct{ path, want string }{
		{fifo, "it is a FIFO (named pipe), not a regular file"},
		{link, "it is a symbolic link, not a regular file"},
		{dangling, "it is a symbolic link"},
		{sub, "it is a directory"},
	}
	for _, tc := range tests {
		filetest.Within(t, func() {
			_, err := Write(tc.path, []byte("export"))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Write(%s): %v, want %q", filepath.Base(tc.path), err, tc.want)
			}
		})
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me" {
		t.Errorf("the link's target was written: %q", b)
	}
	if _, err := os.Lstat(filepath.Join(dir, "nowhere")); err == nil {
		t.Error("the dangling link's target was created")
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
	dev := filepath.Join(dir, "dev")
	filetest.MknodChar(t, dev)
	if _, err := Write(dev, []byte("x")); err == nil || !strings.Contains(err.Error(), "it is a device") {
		t.Errorf("Write(device): %v", err)
	}
	if info, _ := os.Lstat(dev); info.Mode()&os.ModeDevice == 0 {
		t.Error("the device node was replaced")
	}
	for _, p := range []string{filepath.Join(dir, "new.csv"), target} {
		if _, err := Write(p, []byte("export")); err != nil {
			t.Fatal(err)
		}
		info, _ := os.Stat(p)
		if b, _ := os.ReadFile(p); string(b) != "export" || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %q, mode %v", p, b, info.Mode().Perm())
		}
	}
}

// TestWriteFolderNotesItsPatternOnce: the files of a folder are noted as
// one pattern, whatever their number, and a name that does not match it
// is not written.
func TestWriteFolderNotesItsPatternOnce(t *testing.T) {
	filetest.PrivateData(t)
	dir := t.TempDir()
	cut := filepath.Join(dir, ".b@partnercoach.ics42")
	theirs := filepath.Join(dir, ".notes.txt42")
	for _, p := range []string{cut, theirs} {
		os.WriteFile(p, []byte("BEGIN"), 0o600)
	}
	removed, err := WriteFolder(dir, "*@partnercoach.ics", func(write func(string, []byte) error) error {
		for _, name := range []string{"a@partnercoach.ics", "b@partnercoach.ics", "c@partnercoach.ics"} {
			if err := write(name, []byte("BEGIN:VCALENDAR")); err != nil {
				return err
			}
		}
		return write("notes.txt", []byte("x"))
	})
	if err == nil || !strings.Contains(err.Error(), "its name is not one of *@partnercoach.ics") || !slices.Equal(removed, []string{cut}) {
		t.Fatalf("WriteFolder: removed %q, %v", removed, err)
	}
	if got := known(); !slices.Equal(got, []string{filepath.Join(dir, "*@partnercoach.ics")}) {
		t.Errorf("noted %q, want the folder's pattern once", got)
	}
	want := []string{filepath.Join(dir, "a@partnercoach.ics"), filepath.Join(dir, "b@partnercoach.ics"), filepath.Join(dir, "c@partnercoach.ics")}
	if got := Files(); !slices.Equal(got, want) {
		t.Errorf("Files() = %q, want %q", got, want)
	}
	if _, err := os.Stat(theirs); err != nil {
		t.Errorf("the leftover of a file that does not match was removed: %v", err)
	}
}

// TestAListEditedByHandDeletesNoFileOfAnother: an outputs.json that names
// a folder by a pattern partnercoach never writes ("*"), or a path that is
// not absolute, makes RemoveLeftovers (newcomer forget) delete nothing:
// before, "DIR/*" had it delete every hidden file of DIR ending in digits.
func TestAListEditedByHandDeletesNoFileOfAnother(t *testing.T) {
	filetest.PrivateData(t)
	dir := t.TempDir()
	theirs := filepath.Join(dir, ".notes2026")
	os.WriteFile(theirs, []byte("keep"), 0o600)
	if err := os.MkdirAll(filepath.Dir(listPath()), 0o700); err != nil {
		t.Fatal(err)
	}
	list := fmt.Sprintf(`{"format": 1, "outputs": [%q, %q, "", "relative/*@partnercoach.ics"]}`, filepath.Join(dir, "*"), filepath.Join(dir, "*.*"))
	if err := os.WriteFile(listPath(), []byte(list), 0o600); err != nil {
		t.Fatal(err)
	}
	removed, err := RemoveLeftovers(nil)
	if len(removed) != 0 || err != nil {
		t.Errorf("RemoveLeftovers removed %q, %v", removed, err)
	}
	if _, err := os.Stat(theirs); err != nil {
		t.Errorf("a file not partnercoach's was deleted: %v", err)
	}
	if got := known(); slices.ContainsFunc(got, isPattern) || slices.Contains(got, "relative/*@partnercoach.ics") {
		t.Errorf("known() = %q, want no pattern and no relative path", got)
	}
	if got := Files(); slices.Contains(got, theirs) {
		t.Errorf("Files() = %q: it takes a file not partnercoach's for an export", got)
	}
	if _, err := WriteFolder(dir, "*", func(func(string, []byte) error) error { return nil }); err == nil {
		t.Error(`WriteFolder noted the pattern "*"`)
	}
}

// TestAFileNamedWithWildcardsIsAnExportLikeAnother: a file the coach named
// with * ? or [ in it ("log[1].csv") is noted as the file it is, so that
// newcomer forget names it and its leftovers are found. Before, such a
// path was taken for a pattern and dropped from the list at the next
// read, and forget said no file named the newcomer while it still did.
func TestAFileNamedWithWildcardsIsAnExportLikeAnother(t *testing.T) {
	filetest.PrivateData(t)
	dir := t.TempDir()
	odd := []string{filepath.Join(dir, "log[1].csv"), filepath.Join(dir, "log*.md"), filepath.Join(dir, "log?.json")}
	var cuts []string
	for _, p := range odd {
		cut := filepath.Join(dir, "."+filepath.Base(p)+"42")
		os.WriteFile(cut, []byte("Marie Curie"), 0o600)
		cuts = append(cuts, cut)
	}
	theirs := filepath.Join(dir, ".log1.csv42") // what log[1].csv would match as a pattern
	os.WriteFile(theirs, []byte("keep"), 0o600)
	for _, p := range odd {
		if _, err := Write(p, []byte("Marie Curie")); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Write(filepath.Join(dir, "plain.csv"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	want := append(slices.Clone(odd), filepath.Join(dir, "plain.csv"))
	if got := Files(); !slices.Equal(got, want) {
		t.Errorf("Files() = %q, want %q", got, want)
	}
	for _, cut := range cuts {
		if _, err := os.Stat(cut); err == nil {
			t.Errorf("the leftover %s of an earlier write was not removed", filepath.Base(cut))
		}
	}
	if _, err := os.Stat(theirs); err != nil {
		t.Errorf("a leftover of another file was removed: %v", err)
	}
}

// TestANewPathNeedsItsFolder: a path in a folder that is not there, or
// under a file, is refused naming the folder, and is not noted among the
// outputs. Before, the message named the temporary file the write had
// tried to open (".x.csv7773805868930144242") and the path was noted.
func TestANewPathNeedsItsFolder(t *testing.T) {
	filetest.PrivateData(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("x"), 0o600)
	tests := []struct{ path, want string }{
		{filepath.Join(dir, "nodir", "x.csv"), "there is no folder " + filepath.Join(dir, "nodir") + "; make it first"},
		{filepath.Join(dir, "nodir", "deeper", "x.csv"), "there is no folder " + filepath.Join(dir, "nodir", "deeper") + ";"},
		{filepath.Join(file, "x.csv"), file + " is a regular file, not a folder"},
	}
	for _, tc := range tests {
		_, err := Write(tc.path, []byte("export"))
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), ".x.csv") {
			t.Errorf("Write(%s): %v, want %q", tc.path, err, tc.want)
		}
	}
	if got := known(); len(got) != 0 {
		t.Errorf("noted %q for writes that could not be made", got)
	}
}
