//go:build !windows

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/session/store"
)

func TestCalendarExportWritesOnlyRegularFiles(t *testing.T) {
	dir := useTempHome(t)
	now := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	if _, err := store.AddNewcomer("AB", store.DateOf(now)); err != nil {
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
		path, wantErr string
	}{
		{filepath.Join(dir, "new.ics"), ""},
		{existing, ""},
		{link, "it is a symbolic link, not a regular file"},
		{fifo, "it is a FIFO (named pipe), not a regular file"},
		{"/dev/null", "it is a device, not a regular file"},
		{dir, "it is a directory"},
	}
	for _, tc := range tests {
		var out, errw bytes.Buffer
		err := exportCalendar(&out, &errw, tc.path, now)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: %v, want %q", tc.path, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.path, err)
			continue
		}
		info, err := os.Lstat(tc.path)
		if err != nil || info.Mode() != 0o600 {
			t.Errorf("%s: mode %v, %v; want a regular file of mode 0600", tc.path, info.Mode(), err)
		}
		if data, _ := os.ReadFile(tc.path); !bytes.HasPrefix(data, []byte("BEGIN:VCALENDAR\r\n")) {
			t.Errorf("%s holds %q", tc.path, data)
		}
	}
	if data, _ := os.ReadFile(target); string(data) != "keep" {
		t.Errorf("the symbolic link's target was changed to %q", data)
	}
}

// khalConfig is a khal configuration with one calendar in dir.
const khalConfig = `[calendars]
[[coaching]]
path = %[1]s/calendar
type = calendar
[locale]
timeformat = %%H:%%M
dateformat = %%Y-%%m-%%d
longdateformat = %%Y-%%m-%%d
datetimeformat = %%Y-%%m-%%d %%H:%%M
longdatetimeformat = %%Y-%%m-%%d %%H:%%M
local_timezone = %[2]s
default_timezone = %[2]s
[default]
default_calendar = coaching
[sqlite]
path = %[1]s/khal.db
`

// TestCalendarImportsIntoKhal exports the calendar with the real binary and
// imports it into khal, a calendar program, which must then list the
// session at the coach's time, with its reminder, the contact-by day and
// the month-end reminder.
func TestCalendarImportsIntoKhal(t *testing.T) {
	if _, err := exec.LookPath("khal"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI: khal is required for this end-to-end test but is not installed (apt-get install khal)")
		}
		t.Skip("skipping: khal is not installed (apt-get install khal)")
	}
	dir := t.TempDir()
	const zone = "Europe/Berlin"
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	// A fixed day early in a month: the month-end reminders of this month
	// and the next both fall within khal's 40-day window below only when
	// the day is chosen, never when it is the day the test happens to run.
	today := time.Date(2026, 12, 4, 9, 30, 0, 0, loc)
	env := append(homeEnv(dir), "TZ="+zone, "LC_ALL=C.UTF-8", "LANG=C.UTF-8", nowVariable+"="+today.Format(time.RFC3339))
	day := today.AddDate(0, 0, 3).Format("2006-01-02")
	mustRun(t, env, "newcomer", "add", "Alice Example")
	mustRun(t, env, "newcomer", "schedule", "Alice Example", day+" 10:00", "--tz", "America/New_York")
	ics := filepath.Join(dir, "coaching.ics")
	if out := mustRun(t, env, "calendar", "export", "--output", ics); out != "Wrote the calendar to "+ics+".\n" {
		t.Errorf("export said %q", out)
	}
	config := filepath.Join(dir, "khal.conf")
	if err := os.MkdirAll(filepath.Join(dir, "calendar"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, fmt.Appendf(nil, khalConfig, dir, zone), 0o600); err != nil {
		t.Fatal(err)
	}
	khal := func(args ...string) string {
		cmd := exec.Command("khal", append([]string{"-c", config}, args...)...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("khal %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	khal("import", "--batch", ics)
	end := today.AddDate(0, 0, 60).Format("2006-01-02")
	list := khal("list", today.Format("2006-01-02"), end, "--day-format", "", "--format", "{start} {title} {status} {alarm-symbol}")
	var lines []string
	for l := range strings.Lines(list) {
		lines = append(lines, strings.Join(strings.Fields(l), " "))
	}
	monthEnd := time.Date(today.Year(), today.Month()+1, 0, 12, 0, 0, 0, loc)
	want := []string{
		day + " 10:00 Partnership coaching with A.E. CONFIRMED ⏰",
		day + " Last day to contact A.E. (assigned " + today.Format("2006-01-02") + ") ⏰",
		monthEnd.Format("2006-01-02") + " Send the coaching invoice ⏰",
		monthEnd.AddDate(0, 0, 1).AddDate(0, 1, -1).Format("2006-01-02") + " Send the coaching invoice ⏰",
	}
	for _, w := range want {
		if !slices.Contains(lines, w) {
			t.Errorf("khal list lacks %q:\n%s", w, list)
		}
	}
	if strings.Contains(list, "Alice") {
		t.Errorf("the full name reached the calendar:\n%s", list)
	}

	// Moved and exported again, the file updates the calendar in place:
	// the old time is cancelled, the new one booked, nothing doubled.
	// An hour later on the fixed clock, as a move comes after the booking.
	later := append(env, nowVariable+"="+today.Add(time.Hour).Format(time.RFC3339))
	next := today.AddDate(0, 0, 4).Format("2006-01-02")
	mustRun(t, later, "newcomer", "reschedule", "Alice Example", next+" 11:00")
	mustRun(t, later, "calendar", "export", "--output", ics)
	khal("import", "--batch", ics)
	list = khal("list", today.Format("2006-01-02"), end, "--day-format", "", "--format", "{start} {title} {status}")
	for _, w := range []string{day + " 10:00 Partnership coaching with A.E. CANCELLED", next + " 11:00 Partnership coaching with A.E. CONFIRMED"} {
		if !strings.Contains(list, w) {
			t.Errorf("after the move, khal list lacks %q:\n%s", w, list)
		}
	}
	if n := strings.Count(list, "Partnership coaching"); n != 2 {
		t.Errorf("after the move khal lists %d sessions, want 2:\n%s", n, list)
	}
}
