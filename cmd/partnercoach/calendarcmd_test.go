//go:build !windows

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/around/book"
)

func TestCalendarExportWritesOnlyRegularFiles(t *testing.T) {
	dir := useTempHome(t)
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	now := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	if _, err := book.AddNewcomer("AB", book.DateOf(now)); err != nil {
		t.Fatal(err)
	}
	existing := filepath.Join(dir, "old.ics")
	if err := os.WriteFile(existing, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "target.ics")
	if err := os.WriteFile(target, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.ics")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.ics")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		target  calendarTarget
		wantErr string
	}{
		{calendarTarget{Output: filepath.Join(dir, "new.ics")}, ""},
		{calendarTarget{Output: existing}, ""},
		{calendarTarget{Output: link}, "it is a symbolic link, not a regular file"},
		{calendarTarget{Output: fifo}, "it is a FIFO (named pipe), not a regular file"},
		{calendarTarget{Output: "/dev/null"}, "it is a device, not a regular file"},
		{calendarTarget{Output: dir}, "it is a directory"},
		{calendarTarget{Vdir: link}, "it is a symbolic link, not a folder"},
		{calendarTarget{Vdir: fifo}, "it is a FIFO (named pipe), not a folder"},
	}
	for _, tc := range tests {
		var out, errw bytes.Buffer
		err := exportCalendar(&out, &errw, tc.target, now)
		path := tc.target.Output + tc.target.Vdir
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: %v, want %q", path, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		info, err := os.Lstat(path)
		if err != nil || info.Mode() != 0o600 {
			t.Errorf("%s: mode %v, %v; want a regular file of mode 0600", path, info.Mode(), err)
		}
		if data, _ := os.ReadFile(path); !bytes.HasPrefix(data, []byte("BEGIN:VCALENDAR\r\n")) {
			t.Errorf("%s holds %q", path, data)
		}
	}
	if data, _ := os.ReadFile(target); string(data) != "keep" {
		t.Errorf("the symbolic link's target was changed to %q", data)
	}
}

// TestCalendarExportCleansUpAfterAKill leaves what a kill -9 during
// "calendar export --output" leaves, a hidden temporary file beside the
// output, and checks that the next export removes it and says so.
func TestCalendarExportCleansUpAfterAKill(t *testing.T) {
	dir := t.TempDir()
	env := append(homeEnv(dir), nowVariable+"=2026-12-04T09:30:00+01:00")
	mustRun(t, env, "newcomer", "add", "Alice Example")
	ics := filepath.Join(dir, "coaching.ics")
	mustRun(t, env, "calendar", "export", "--output", ics)
	left := filepath.Join(dir, ".coaching.ics8237462")
	if err := os.WriteFile(left, []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//partnercoach//partnercoach//EN\r\nBEGIN:VEVENT\r\nSUMMARY:Last day to contact A.E."), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runBinaryEnv(t, env, "calendar", "export", "--output", ics)
	if code != 0 || out != "Wrote the calendar to "+ics+".\n" || stderr != "Removed "+left+", left by an export that was cut short.\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	if _, err := os.Stat(left); err == nil {
		t.Errorf("%s is still there", left)
	}
}

// requireTool skips the test when a program it runs is missing, or fails
// it in CI, which installs it.
func requireTool(t *testing.T, name, pkg string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI: %s is required for this end-to-end test but is not installed (apt-get install %s)", name, pkg)
		}
		t.Skipf("skipping: %s is not installed (apt-get install %s)", name, pkg)
	}
}

// calendarCase is a coach's home for an end-to-end test of the calendar:
// Berlin, on the fixed day of Friday 4 December 2026, with two newcomers
// booked at the same instant three days on, a payment notice from one of
// them a quarter of an hour after the bookings, and a third newcomer not
// yet contacted. The bookings are the contacts made after the two
// assignments, so the deadlines that stand are the notice's 72 hours,
// ending at 09:45 on the day of the sessions, and the third newcomer's
// last day, the same day.
type calendarCase struct {
	dir, zone string
	env       []string
	today     time.Time
	// day is the day of the two sessions, 2006-01-02.
	day string
}

// newCalendarCase makes the home and books the sessions.
func newCalendarCase(t *testing.T) *calendarCase {
	t.Helper()
	c := &calendarCase{dir: t.TempDir(), zone: "Europe/Berlin"}
	loc, err := time.LoadLocation(c.zone)
	if err != nil {
		t.Fatal(err)
	}
	c.today = time.Date(2026, 12, 4, 9, 30, 0, 0, loc)
	c.env = append(homeEnv(c.dir), "TZ="+c.zone, "LC_ALL=C.UTF-8", "LANG=C.UTF-8", nowVariable+"="+c.today.Format(time.RFC3339))
	c.day = c.today.AddDate(0, 0, 3).Format("2006-01-02")
	for _, name := range []string{"Alice Example", "Bob Tester", "Carla Contact"} {
		mustRun(t, c.env, "newcomer", "add", name)
	}
	mustRun(t, c.env, "newcomer", "schedule", "Alice Example", c.day+" 10:00", "--tz", "America/New_York")
	mustRun(t, c.env, "newcomer", "schedule", "Bob Tester", c.day+" 10:00")
	later := append(slices.Clone(c.env), nowVariable+"="+c.today.Add(15*time.Minute).Format(time.RFC3339))
	mustRun(t, later, "newcomer", "paid", "Alice Example")
	return c
}

// deadlines are the two deadlines of the case as a calendar program lists
// them, each with suffix: Alice's 72 hours, their last hour, and Carla's
// last day.
func (c *calendarCase) deadlines(suffix string) (alice, carla string) {
	return c.day + " 08:45 Last day to contact A.E. by 09:45 (72 hours from the payment notice of " + c.date(0) + " 09:45)" + suffix,
		c.day + " Last day to contact C.C. (assigned " + c.date(0) + ")" + suffix
}

// date is the day n days from today, 2006-01-02.
func (c *calendarCase) date(n int) string { return c.today.AddDate(0, 0, n).Format("2006-01-02") }

// monthEnds are the last days of this month and the next, 2006-01-02.
func (c *calendarCase) monthEnds() (string, string) {
	first := time.Date(c.today.Year(), c.today.Month()+1, 0, 12, 0, 0, 0, c.today.Location())
	return first.Format("2006-01-02"), first.AddDate(0, 0, 1).AddDate(0, 1, -1).Format("2006-01-02")
}

// checkStateNamesNoOne checks that the export state holds no name.
func (c *calendarCase) checkStateNamesNoOne(t *testing.T) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(c.dir, "state", "partnercoach", "calendar.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, word := range []string{"alice", "example", "bob", "tester", "carla", "a.e.", "b.t.", "c.c."} {
		if strings.Contains(strings.ToLower(string(data)), word) {
			t.Errorf("the calendar state holds %q:\n%s", word, data)
		}
	}
}

// runTool runs a program with the environment and returns what it
// printed; a failure fails the test.
func runTool(t *testing.T, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// expectListed checks that a calendar program lists exactly the items
// want, in any order.
func expectListed(t *testing.T, program, when string, got, want []string) {
	t.Helper()
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s, %s lists\n  %s\nwant\n  %s", when, program, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// lines splits a listing into lines with single spaces.
func lines(list string) []string {
	var out []string
	for l := range strings.Lines(list) {
		out = append(out, strings.Join(strings.Fields(l), " "))
	}
	return out
}
