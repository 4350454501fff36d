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
// file, and by forget. On the code before, nothing removed them.
func TestAnExportsLeftoversAreCleanedAndForgotten(t *testing.T) {
	filetest.PrivateData(t)
	filetest.PrivateState(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "cal.ics")
	leftover := filepath.Join(dir, ".cal.ics8812734")
	other := filepath.Join(dir, ".other.ics991")
	os.WriteFile(leftover, []byte("SUMMARY:Partnership coaching with A.S."), 0o600)
	os.WriteFile(other, []byte("x"), 0o600)
	removed, err := outputs.Write(out, []byte("BEGIN:VCALENDAR\n"))
	if err != nil || !slices.Equal(removed, []string{leftover}) {
		t.Fatalf("writing %s removed %q, %v; want its leftover", out, removed, err)
	}
	if _, err := os.Lstat(leftover); !os.IsNotExist(err) {
		t.Errorf("the next export left %s: %v", leftover, err)
	}
	if _, err := os.Lstat(other); err != nil {
		t.Errorf("another file's leftover was deleted: %v", err)
	}
	if got := outputs.Files(); !slices.Equal(got, []string{out}) {
		t.Errorf("files written where the coach asked: %v", got)
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
