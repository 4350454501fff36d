package store

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestDamagedCopiesArePrivate: a damaged record of mode 0666 in folders
// of mode 0777 is moved aside as 0600 in 0700 folders. On the code before,
// it kept 0666, and the records folder 0777.
func TestDamagedCopiesArePrivate(t *testing.T) {
	useTempData(t)
	path := writeRaw(t, "r1.json", `{"format": 1, "newcomer": "AB", "notes": [`)
	os.MkdirAll(DamagedDir(), 0o700)
	for _, d := range []string{RecordsDir(), DamagedDir()} {
		os.Chmod(d, 0o777)
	}
	os.Chmod(path, 0o666)
	_, problems := List()
	if len(problems) != 1 || problems[0].MovedTo == "" {
		t.Fatalf("problems %v", problems)
	}
	mode := func(p string) os.FileMode {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return info.Mode().Perm()
	}
	if m := mode(problems[0].MovedTo); m != 0o600 {
		t.Errorf("the damaged copy is %04o, want 0600", m)
	}
	for _, d := range []string{RecordsDir(), DamagedDir()} {
		if m := mode(d); m != 0o700 {
			t.Errorf("%s is %04o, want 0700", d, m)
		}
	}
}

// TestAnExportsLeftoversAreCleanedAndForgotten: the hidden temporary file a
// kill left beside an --output file is deleted at the next write of that
// file, and by forget; OutputLeftovers lists them, for a file and for a
// folder. On the code before, nothing removed them.
func TestAnExportsLeftoversAreCleanedAndForgotten(t *testing.T) {
	useTempData(t)
	privateState(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "cal.ics")
	leftover := filepath.Join(dir, ".cal.ics8812734")
	other := filepath.Join(dir, ".other.ics991")
	os.WriteFile(leftover, []byte("SUMMARY:Partnership coaching with A.S."), 0o600)
	os.WriteFile(other, []byte("x"), 0o600)
	if got, _ := OutputLeftovers(out); !slices.Equal(got, []string{leftover}) {
		t.Errorf("leftovers of %s: %v", out, got)
	}
	if got, _ := OutputLeftovers(dir); !slices.Equal(got, []string{leftover, other}) {
		t.Errorf("leftovers in %s: %v", dir, got)
	}
	if err := WriteOutput(out, []byte("BEGIN:VCALENDAR\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(leftover); !os.IsNotExist(err) {
		t.Errorf("the next export left %s: %v", leftover, err)
	}
	if _, err := os.Lstat(other); err != nil {
		t.Errorf("another file's leftover was deleted: %v", err)
	}
	if got := knownOutputs(); !slices.Equal(got, []string{out}) {
		t.Errorf("known outputs %v", got)
	}
	// A kill in the middle of the next export leaves another.
	os.WriteFile(leftover, []byte("SUMMARY:Partnership coaching with A.S."), 0o600)
	f, _, err := Forget("Anyone Sample")
	if err != nil || !slices.Equal(f.Leftovers, []string{leftover}) || !f.Empty() {
		t.Fatalf("forget: %+v, %v", f, err)
	}
	if _, err := os.Lstat(leftover); !os.IsNotExist(err) {
		t.Errorf("forget left %s: %v", leftover, err)
	}
}
