//go:build !windows

package main

import (
	"bytes"
	"os"
	"path/filepath"
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

// TestCalendarExportRefusesAnEmptyTarget checks that --output "" and
// --vdir "", as an unset shell variable gives them, are refused instead of
// being taken for no flag at all: the code before printed the whole
// calendar, with the newcomers' initials or names, on standard output and
// said nothing.
func TestCalendarExportRefusesAnEmptyTarget(t *testing.T) {
	dir := useTempHome(t)
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	t.Setenv("PARTNERCOACH_NOW", "2026-11-20T10:00:00Z")
	if _, err := book.AddNewcomer("AB", book.DateOf(time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC))); err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"--output", "--vdir"} {
		out, _, err := executeArgs(t, "calendar", "export", flag, "")
		if err == nil || !strings.Contains(err.Error(), flag+" was given an empty path") {
			t.Errorf("%s \"\": %v, want it refused as an empty path", flag, err)
		}
		if out != "" {
			t.Errorf("%s \"\" printed %q on standard output, want nothing", flag, out)
		}
	}
}
