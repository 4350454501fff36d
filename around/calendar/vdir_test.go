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
	"partnercoach/around/forget"
)

// icsHead is how every calendar file begins.
const icsHead = "BEGIN:VCALENDAR\r\n"

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
	// Nothing was written before the refusal: on the code before, the
	// events before the FIFO, and all of them before the link of an
	// event that had gone, were written first.
	for dir, planted := range map[string]string{
		linked: events[0].UID + ".ics", fifo: monthEndUID + ".ics",
		gone: "appointment-cccccccccccccccc-0000000000000001@partnercoach.ics",
	} {
		if got := names(t, dir); !slices.Equal(got, []string{planted}) {
			t.Errorf("%s holds %q after the refused export, want only %q", dir, got, planted)
		}
	}
}

// TestLeftoversOfAnExportCutShort leaves the temporary files a kill
// leaves beside a calendar file, and checks that the next export removes
// them, those of the state as it begins and those of the file as it
// writes it, and that the temporary files of other files are left alone.
// On the code before, the calendar kept a list of its own of the files it
// wrote, beside around/outputs' list.
func TestLeftoversOfAnExportCutShort(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", t.TempDir())
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
	elsewhere := filepath.Join(dir, ".other.ics55")
	os.WriteFile(cut, []byte(icsHead+"BEGIN:VEVENT\r\nSUMMARY:Partnership coaching with A.E."), 0o600)
	os.WriteFile(empty, nil, 0o600)
	os.WriteFile(elsewhere, []byte(icsHead), 0o600)
	stateTemp := filepath.Join(filepath.Dir(StatePath()), ".calendar.json31")
	os.WriteFile(stateTemp, []byte(`{"format": 1, "ev`), 0o600)

	x = beginExport(t, now)
	if !slices.Equal(x.Cleaned, []string{stateTemp}) {
		t.Errorf("the next export began by removing %q, want %q", x.Cleaned, stateTemp)
	}
	removed, err := x.ToFile(path, standing(t, []book.Newcomer{alice(now)}, now), true)
	slices.Sort(removed)
	if want := []string{cut, empty}; err != nil || !slices.Equal(removed, want) {
		t.Errorf("writing %s again removed %q, %v; want %q", path, removed, err, want)
	}
	// A file not written before: its leftovers go as it is written.
	fresh := filepath.Join(dir, "fresh.ics")
	freshCut := filepath.Join(dir, ".fresh.ics123")
	os.WriteFile(freshCut, []byte(icsHead), 0o600)
	removed, err = x.ToFile(fresh, standing(t, []book.Newcomer{alice(now)}, now), true)
	if err != nil || !slices.Equal(removed, []string{freshCut}) {
		t.Errorf("writing %s removed %q, %v", fresh, removed, err)
	}
	if _, err := os.Stat(elsewhere); err != nil {
		t.Errorf("%s, another file's, was removed", elsewhere)
	}
}

// TestRemoveLeftovers: a vdir is noted once among the files written where
// the coach asked, as a folder, not file by file, and newcomer forget
// removes the leftover of an event file's write cut short there, and only
// that. On the code before, each event file was noted on its own, and a
// vdir of more than 100 events pushed every other output out of the list.
func TestRemoveLeftovers(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	now := fixedNow(t)
	dir := t.TempDir()
	x := beginExport(t, now)
	if _, err := x.ToVdir(dir, standing(t, []book.Newcomer{alice(now), bob(now)}, now)); err != nil {
		t.Fatal(err)
	}
	x.Close()
	list, err := os.ReadFile(filepath.Join(data, "partnercoach", "outputs.json"))
	if err != nil || strings.Count(string(list), dir) != 1 || !strings.Contains(string(list), filepath.Join(dir, eventFiles)) {
		t.Fatalf("the outputs noted: %s, %v; want the folder once", list, err)
	}
	cut := filepath.Join(dir, "."+monthEndUID+".ics123")
	theirs := filepath.Join(dir, ".theirs.ics123")
	os.WriteFile(cut, []byte("BEGIN:VCAL"), 0o600)
	os.WriteFile(theirs, []byte("BEGIN:VCAL"), 0o600)
	f, _, err := forget.Newcomer("Anyone")
	if err != nil || !slices.Equal(f.Leftovers, []string{cut}) {
		t.Errorf("forget: %+v, %v", f, err)
	}
	if _, err := os.Stat(cut); err == nil {
		t.Errorf("%s is still there", cut)
	}
	if _, err := os.Stat(theirs); err != nil {
		t.Errorf("%s, not partnercoach's, was removed: %v", theirs, err)
	}
}
