package forget

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"partnercoach/around/outputs"
	"partnercoach/internal/filetest"
)

// TestAnExportsLeftoversAreCleanedAndForgotten: the hidden temporary file a
// kill left beside an --output file is deleted at the next write of that
// file, and by forget; outputs.Leftovers lists them, for a file and for a
// folder. On the code before, nothing removed them.
func TestAnExportsLeftoversAreCleanedAndForgotten(t *testing.T) {
	filetest.PrivateData(t)
	filetest.PrivateState(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "cal.ics")
	leftover := filepath.Join(dir, ".cal.ics8812734")
	other := filepath.Join(dir, ".other.ics991")
	os.WriteFile(leftover, []byte("SUMMARY:Partnership coaching with A.S."), 0o600)
	os.WriteFile(other, []byte("x"), 0o600)
	if got, _ := outputs.Leftovers(out); !slices.Equal(got, []string{leftover}) {
		t.Errorf("leftovers of %s: %v", out, got)
	}
	if got, _ := outputs.Leftovers(dir); !slices.Equal(got, []string{leftover, other}) {
		t.Errorf("leftovers in %s: %v", dir, got)
	}
	if err := outputs.Write(out, []byte("BEGIN:VCALENDAR\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(leftover); !os.IsNotExist(err) {
		t.Errorf("the next export left %s: %v", leftover, err)
	}
	if _, err := os.Lstat(other); err != nil {
		t.Errorf("another file's leftover was deleted: %v", err)
	}
	if got := outputs.Known(); !slices.Equal(got, []string{out}) {
		t.Errorf("known outputs %v", got)
	}
	// A kill in the middle of the next export leaves another.
	os.WriteFile(leftover, []byte("SUMMARY:Partnership coaching with A.S."), 0o600)
	f, _, err := Newcomer("Anyone Sample")
	if err != nil || !slices.Equal(f.Leftovers, []string{leftover}) || !f.Empty() {
		t.Fatalf("forget: %+v, %v", f, err)
	}
	if _, err := os.Lstat(leftover); !os.IsNotExist(err) {
		t.Errorf("forget left %s: %v", leftover, err)
	}
}
