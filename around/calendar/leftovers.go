package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"partnercoach/internal/safefile"
)

// Leftovers. A calendar file is written atomically: to a hidden temporary
// file beside it (".coaching.ics8237462"), then renamed over it. A kill in
// between leaves the temporary file, which holds newcomers' initials and
// times. Each export first removes those beside the files and in the folders
// it wrote before, and those beside what it writes; newcomer forget finds
// them with FindLeftovers, or removes them with RemoveLeftovers.

// icsHead is how every calendar file partnercoach writes begins; a
// temporary file is taken for one of partnercoach's only when it begins
// so, or holds a part of it (a write cut short at its start).
const icsHead = "BEGIN:VCALENDAR\r\n"

// Leftovers are what calendar export has left outside its state that may
// name newcomers.
type Leftovers struct {
	// Temps are temporary files of calendar writes cut short: beside the
	// calendar files written, in the vdir folders and beside the state
	// file. Nothing needs them.
	Temps []string
	// Outputs are the calendar files and vdir folders written, as the
	// state remembers them (the last 16): they name newcomers, by
	// initials unless calendar_full_names is set, until the next export
	// to them takes out those who have gone.
	Outputs []string
}

// FindLeftovers lists the leftovers of calendar exports, without removing
// anything.
func FindLeftovers() (Leftovers, error) {
	s, err := readState()
	if err != nil {
		return Leftovers{}, err
	}
	temps, err := s.leftovers()
	return Leftovers{Temps: temps, Outputs: s.Outputs}, err
}

// RemoveLeftovers removes the temporary files FindLeftovers lists, under
// the export lock so that no export is writing them, and returns their
// paths. It is what an export does first (see Begin).
func RemoveLeftovers() ([]string, error) {
	x, err := Begin(time.Now())
	if err != nil {
		return nil, err
	}
	x.Close()
	return x.Cleaned, nil
}

// leftovers lists the temporary files of writes of the state file, and
// those beside the calendar files and in the vdir folders it remembers.
func (s *stateFile) leftovers() ([]string, error) {
	temps, err := leftoversIn(filepath.Dir(StatePath()), isStateFile, "")
	errs := []error{err}
	for _, p := range s.Outputs {
		found, err := outputLeftovers(p)
		temps = append(temps, found...)
		errs = append(errs, err)
	}
	return temps, errors.Join(errs...)
}

// outputLeftovers lists the temporary files of a calendar file or vdir
// folder written before.
func outputLeftovers(path string) ([]string, error) {
	info, err := os.Lstat(path)
	if err == nil && info.IsDir() {
		return leftoversIn(path, isEventFile, icsHead)
	}
	return leftoversIn(filepath.Dir(path), func(target string) bool { return target == filepath.Base(path) }, icsHead)
}

// isStateFile reports whether a file name is the state file's.
func isStateFile(name string) bool { return name == filepath.Base(StatePath()) }

// isEventFile reports whether a file name is that of an event's file in
// a vdir, as partnercoach names it: its UID and .ics.
func isEventFile(name string) bool {
	uid, ok := strings.CutSuffix(name, ".ics")
	return ok && uidRE.MatchString(uid)
}

// tempTarget returns the name of the file a temporary file of an atomic
// write was for, if name is one's.
func tempTarget(name string) (string, bool) {
	if !strings.HasPrefix(name, ".") {
		return "", false
	}
	target := strings.TrimSuffix(strings.TrimRight(name[1:], "0123456789"), ".tmp")
	return target, target != "" && safefile.TempOf(name, target)
}

// leftoversIn lists the regular files in dir that are temporary files of
// writes to a file ours accepts, and whose content begins as head does
// (any content when head is empty). A missing folder holds none.
func leftoversIn(dir string, ours func(target string) bool, head string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", dir, err)
	}
	var found []string
	for _, e := range entries {
		target, ok := tempTarget(e.Name())
		if !ok || !ours(target) || !e.Type().IsRegular() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if head == "" || beginsAs(path, head) {
			found = append(found, path)
		}
	}
	return found, nil
}

// beginsAs reports whether the file at path begins as head does: with
// head, or with a part of it when it is shorter.
func beginsAs(path, head string) bool {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return false
	}
	buf := make([]byte, len(head))
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false
	}
	return bytes.Equal(buf[:n], []byte(head[:n]))
}

// removeLeftovers removes the leftovers leftoversIn lists.
func removeLeftovers(dir string, ours func(target string) bool) ([]string, error) {
	found, err := leftoversIn(dir, ours, icsHead)
	if err != nil {
		return nil, err
	}
	return removeAll(found)
}

// removeAll removes the files and returns those it removed; one already
// gone counts as removed.
func removeAll(paths []string) ([]string, error) {
	var removed []string
	var errs []error
	for _, p := range paths {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("cannot delete the leftover %s: %w", p, err))
			continue
		}
		removed = append(removed, p)
	}
	return removed, errors.Join(errs...)
}
