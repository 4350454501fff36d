//go:build !windows

package calendar

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/around/book"
)

// beginExport starts an export at now with the state in a fresh folder.
func beginExport(t *testing.T, now time.Time) *Export {
	t.Helper()
	x, err := Begin(now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(x.Close)
	return x
}

// standing builds the events of the list at now.
func standing(t *testing.T, list []book.Newcomer, now time.Time) []Event {
	t.Helper()
	events, err := Build(list, nil, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// names lists the names in a folder, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestVdirHoldsOneFilePerEventAndLosesWhatHasGone(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	now := fixedNow(t)
	dir := filepath.Join(t.TempDir(), "coaching")
	x := beginExport(t, now)
	c, err := x.ToVdir(dir, standing(t, []book.Newcomer{alice(now), bob(now)}, now))
	if err != nil || len(c.Written) != 6 || c.Kept != 0 || len(c.Removed) != 0 {
		t.Fatalf("first export: %+v, %v", c, err)
	}
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o700 {
		t.Errorf("the folder is %v, want 0700", info.Mode().Perm())
	}
	for _, p := range c.Written {
		if info, _ := os.Lstat(p); !info.Mode().IsRegular() || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, want a regular file of mode 0600", p, info.Mode())
		}
	}
	mine := []string{"mine.ics", "notes.txt", ".mine.ics12345"}
	for _, name := range mine {
		os.WriteFile(filepath.Join(dir, name), []byte(icsHead), 0o600)
	}
	leftover := filepath.Join(dir, ".appointment-bbbbbbbbbbbbbbb2-0000000000000001@partnercoach.ics8231")
	os.WriteFile(leftover, []byte(icsHead+"BEGIN:VEVENT\r\nSUMMARY:Partnership coaching with B.T."), 0o600)
	kept, _ := os.Stat(filepath.Join(dir, monthEndUID+".ics"))

	c, err = x.ToVdir(dir, standing(t, []book.Newcomer{alice(now), bob(now)}, now.Add(time.Minute)))
	if err != nil || len(c.Written) != 0 || c.Kept != 6 || !slices.Equal(c.Removed, []string{leftover}) {
		t.Fatalf("the same again, a minute later: %+v, %v", c, err)
	}
	if again, _ := os.Stat(filepath.Join(dir, monthEndUID+".ics")); !os.SameFile(kept, again) || !kept.ModTime().Equal(again.ModTime()) {
		t.Errorf("a file that held its event was written again")
	}

	c, err = x.ToVdir(dir, standing(t, []book.Newcomer{cancelled(alice(now), now)}, now))
	if err != nil || len(c.Removed) != 4 || c.Kept != 2 {
		t.Fatalf("after a forget and a cancel: %+v, %v", c, err)
	}
	want := append([]string{
		"contact-aaaaaaaaaaaaaaa1-payment-20261205@partnercoach.ics", monthEndUID + ".ics",
	}, mine...)
	slices.Sort(want)
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Errorf("the folder holds %q, want %q", got, want)
	}
}

func TestVdirRefusesWhatIsNotARegularFile(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	now := fixedNow(t)
	events := standing(t, []book.Newcomer{alice(now)}, now)
	root := t.TempDir()
	target := filepath.Join(root, "target")
	os.WriteFile(target, []byte("keep"), 0o600)

	linked := filepath.Join(root, "linked")
	os.Mkdir(linked, 0o700)
	os.Symlink(target, filepath.Join(linked, events[0].UID+".ics"))
	fifo := filepath.Join(root, "fifo")
	os.Mkdir(fifo, 0o700)
	if err := syscall.Mkfifo(filepath.Join(fifo, monthEndUID+".ics"), 0o600); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(root, "gone")
	os.Mkdir(gone, 0o700)
	os.Symlink(target, filepath.Join(gone, "appointment-cccccccccccccccc-0000000000000001@partnercoach.ics"))
	folderLink := filepath.Join(root, "folder-link")
	os.Symlink(linked, folderLink)

	tests := []struct{ dir, want string }{
		{linked, "it is a symbolic link, not a regular file"},
		{fifo, "it is a FIFO (named pipe), not a regular file"},
		{gone, "it is a symbolic link, not a regular file; partnercoach removes only the files it wrote"},
		{folderLink, "it is a symbolic link, not a folder"},
		{target, "it is a regular file, not a folder"},
	}
	x := beginExport(t, now)
	for _, tc := range tests {
		if _, err := x.ToVdir(tc.dir, events); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.dir, err, tc.want)
		}
	}
	if data, _ := os.ReadFile(target); string(data) != "keep" {
		t.Errorf("the link's target now holds %q", data)
	}
}

// TestLeftoversOfAnExportCutShort leaves the temporary files a kill
// leaves beside a calendar file, and checks that FindLeftovers lists them
// for newcomer forget, that the next export removes them, and that files
// that are not partnercoach's are left alone.
func TestLeftoversOfAnExportCutShort(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	now := fixedNow(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "coaching.ics")
	x := beginExport(t, now)
	if _, err := x.ToFile(path, standing(t, []book.Newcomer{alice(now)}, now), true); err != nil {
		t.Fatal(err)
	}
	x.Close()
	cut := filepath.Join(dir, ".coaching.ics4242")
	empty := filepath.Join(dir, ".coaching.ics77")
	other := filepath.Join(dir, ".coaching.ics99")
	elsewhere := filepath.Join(dir, ".other.ics55")
	os.WriteFile(cut, []byte(icsHead+"BEGIN:VEVENT\r\nSUMMARY:Partnership coaching with A.E."), 0o600)
	os.WriteFile(empty, nil, 0o600)
	os.WriteFile(other, []byte("not a calendar"), 0o600)
	os.WriteFile(elsewhere, []byte(icsHead), 0o600)
	stateTemp := filepath.Join(filepath.Dir(StatePath()), ".calendar.json31")
	os.WriteFile(stateTemp, []byte(`{"format": 1, "ev`), 0o600)

	l, err := FindLeftovers()
	slices.Sort(l.Temps)
	want := []string{empty, cut, stateTemp}
	slices.Sort(want)
	if err != nil || !slices.Equal(l.Temps, want) || !slices.Equal(l.Outputs, []string{path}) {
		t.Fatalf("FindLeftovers: %+v, %v; want temps %q and the output", l, err, want)
	}
	x = beginExport(t, now)
	slices.Sort(x.Cleaned)
	if !slices.Equal(x.Cleaned, want) {
		t.Errorf("the next export removed %q, want %q", x.Cleaned, want)
	}
	// A file the state does not know yet: its leftovers go as it is
	// written.
	fresh := filepath.Join(dir, "fresh.ics")
	freshCut := filepath.Join(dir, ".fresh.ics123")
	os.WriteFile(freshCut, []byte(icsHead), 0o600)
	removed, err := x.ToFile(fresh, standing(t, []book.Newcomer{alice(now)}, now), true)
	if err != nil || !slices.Equal(removed, []string{freshCut}) {
		t.Errorf("writing %s removed %q, %v", fresh, removed, err)
	}
	for _, p := range []string{other, elsewhere} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s, not partnercoach's, was removed", p)
		}
	}
}

func TestRemoveLeftovers(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	now := fixedNow(t)
	dir := t.TempDir()
	x := beginExport(t, now)
	if _, err := x.ToVdir(dir, standing(t, nil, now)); err != nil {
		t.Fatal(err)
	}
	x.Close()
	cut := filepath.Join(dir, "."+monthEndUID+".ics123")
	os.WriteFile(cut, []byte("BEGIN:VCAL"), 0o600)
	removed, err := RemoveLeftovers()
	if err != nil || !slices.Equal(removed, []string{cut}) {
		t.Errorf("RemoveLeftovers: %q, %v", removed, err)
	}
	if _, err := os.Stat(cut); err == nil {
		t.Errorf("%s is still there", cut)
	}
}
