package calendar

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"partnercoach/around/outputs"
	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
	"partnercoach/internal/safefile"
)

// A vdir is a folder of one iCalendar file per event, the layout khal
// reads and vdirsyncer syncs with a server. partnercoach names each file
// of its own after the event's UID (appointment-….ics); an event that has
// gone is a file removed, which khal and vdirsyncer take as the event
// deleted. Files with other names are the coach's and are left alone.

// VdirChange is what writing a vdir changed.
type VdirChange struct {
	// Written are the files written or rewritten; Removed those of events
	// that have gone and leftovers of writes cut short.
	Written, Removed []string
	// Kept counts the files that already held their event.
	Kept int
}

// maxEventFile bounds the read of an event's file to compare it: an event
// of partnercoach's takes about a kilobyte.
const maxEventFile = 64 << 10

// stampRE matches the DTSTAMP line, which changes at every export and so
// is left out when a file is compared with what it would hold.
var stampRE = regexp.MustCompile(`(?m)^DTSTAMP:[0-9TZ]+\r\n`)

// eventFiles is the pattern of the names of partnercoach's event files.
const eventFiles = "*" + uidDomain + ".ics"

// ToVdir makes the folder dir hold one file per event that stands, and
// removes the files of partnercoach's events that have gone. A file that
// already holds its event is left as it is, so that a sync sends only
// what changed. The folder is made, or narrowed, to mode 0700, its files
// 0600, each written atomically; a symbolic link, a FIFO or anything but
// a regular file where a file would go is refused. The folder is noted
// once among the files partnercoach writes where the coach asked, so that
// the leftovers of a write cut short go at the next export and with
// newcomer forget (see outputs.WriteFolder).
func (x *Export) ToVdir(dir string, standing []Event) (VdirChange, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return VdirChange{}, err
	}
	if err := checkVdir(dir); err != nil {
		return VdirChange{}, err
	}
	var c VdirChange
	cleaned, err := outputs.WriteFolder(dir, eventFiles, func(write func(string, []byte) error) error {
		events := x.events(standing, false)
		gone, err := checkVdirFiles(dir, events)
		if err != nil {
			return err
		}
		for _, e := range events {
			name := e.UID + ".ics"
			written, err := writeEventFile(write, dir, name, eventFile(e, x.now))
			if err != nil {
				return err
			}
			if written {
				c.Written = append(c.Written, filepath.Join(dir, name))
			} else {
				c.Kept++
			}
		}
		removed, err := safefile.Remove(gone)
		c.Removed = append(c.Removed, removed...)
		return err
	})
	c.Removed = append(cleaned, c.Removed...)
	if err != nil {
		return c, err
	}
	return c, x.save()
}

// checkVdir makes the folder if it is missing, with mode 0700, and
// refuses a path that is not a folder; a folder open to others is
// narrowed to 0700. A symbolic link to a folder is refused too.
func checkVdir(dir string) error {
	info, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.Mkdir(dir, paths.DirMode); err != nil {
			return fmt.Errorf("cannot make the folder %s: %w", dir, err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", dir, err)
	}
	if !info.IsDir() {
		return fmt.Errorf("cannot write %s: it is %s, not a folder; --vdir takes a folder (a new one is made)", dir, regular.Kind(info.Mode()))
	}
	if info.Mode().Perm() != paths.DirMode {
		if err := os.Chmod(dir, paths.DirMode); err != nil {
			return fmt.Errorf("cannot make %s private: %w", dir, err)
		}
	}
	return nil
}

// writeEventFile writes an event's file in dir with write unless it
// already holds the same event, and reports whether it wrote it. Only a
// regular file is replaced.
func writeEventFile(write func(string, []byte) error, dir, name, content string) (bool, error) {
	path := filepath.Join(dir, name)
	if err := outputs.Check(path); err != nil {
		return false, err
	}
	old, err := regular.Read(path, maxEventFile)
	if err == nil && stampRE.ReplaceAllString(string(old), "") == stampRE.ReplaceAllString(content, "") {
		return false, nil
	}
	return true, write(name, []byte(content))
}

// checkVdirFiles checks, before anything in dir is written or removed,
// that the file of each event is a regular file or missing, and returns
// the files of partnercoach's events that have gone, to be removed: so
// that a link or a folder by one of those names stops the export before
// it has changed anything.
func checkVdirFiles(dir string, events []Event) ([]string, error) {
	keep := map[string]bool{}
	for _, e := range events {
		name := e.UID + ".ics"
		keep[name] = true
		if err := outputs.Check(filepath.Join(dir, name)); err != nil {
			return nil, err
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", dir, err)
	}
	var gone []string
	for _, e := range entries {
		if !isEventFile(e.Name()) || keep[e.Name()] {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if !e.Type().IsRegular() {
			return nil, fmt.Errorf("cannot remove %s: it is %s, not a regular file; partnercoach removes only the files it wrote", path, regular.Kind(e.Type()))
		}
		gone = append(gone, path)
	}
	return gone, nil
}

// isEventFile reports whether a file name is that of an event's file in
// a vdir, as partnercoach names it: its UID and .ics.
func isEventFile(name string) bool {
	uid, ok := strings.CutSuffix(name, ".ics")
	return ok && uidRE.MatchString(uid)
}
