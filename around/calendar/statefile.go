package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"partnercoach/internal/jsonfile"
	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
	"partnercoach/internal/safefile"
)

// StatePath is the file in which calendar export remembers the events it
// wrote (state.go). It names no one.
func StatePath() string { return filepath.Join(paths.StateDir(), "calendar.json") }

// lockPath is the lock file that one export at a time holds.
func lockPath() string { return StatePath() + ".lock" }

// maxStateSize bounds the read of the state file: an event takes some 150
// bytes, a coach's calendar holds a few hundred, and a newcomer list of the
// largest size partnercoach reads (safefile.MaxSize) makes fewer than 40,000.
const maxStateSize = 4 * safefile.MaxSize

// errEndFirst is the error of a time that ends before it starts.
var errEndFirst = errors.New("the end is not after the start")

// lockWait is how long an export waits for another to finish.
const lockWait = 10 * time.Second

// lockState takes the lock of the export state and returns the function
// that releases it.
func lockState() (func(), error) {
	if err := paths.Ensure(paths.StateDir()); err != nil {
		return nil, err
	}
	return safefile.LockFile(lockPath(), "exporting the calendar", lockWait)
}

// readState reads the state file; a missing one is an empty state. A
// damaged one is an error that says where and how to start afresh.
func readState() (*stateFile, error) {
	path := StatePath()
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &stateFile{Format: stateFormat}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("cannot read %s: it is %s, not a regular file; remove it", path, regular.Kind(info.Mode()))
	}
	data, err := regular.Read(path, maxStateSize)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	var s stateFile
	if err := jsonfile.Decode(path, data, &s); err != nil {
		return nil, fmt.Errorf("%w (delete the file to start afresh: events exported before are then not cancelled)", err)
	}
	if bad := s.check(); bad != nil {
		return nil, fmt.Errorf("%w (delete the file to start afresh: events exported before are then not cancelled)", bad.at(path, data))
	}
	return &s, nil
}

// stateProblem is what is wrong with a state read from its file, and
// where: the key it is at, in the event it is in (event, from 0) or at
// the top of the file (event -1).
type stateProblem struct {
	key   string
	event int
	msg   string
}

// at places the problem in the file it was read from, at its key's line
// and column; a key that cannot be told apart (an event lacking it) is
// placed at "events".
func (p *stateProblem) at(path string, data []byte) *jsonfile.Problem {
	keys := jsonfile.ScanKeys(data)
	k, ok := keys.Named(p.key, 1)
	if p.event >= 0 {
		if all := keys.All(p.key, 3); len(all) > p.event && len(keys.All("uid", 3)) == len(all) {
			k, ok = all[p.event], true
		} else {
			k, ok = keys.Named("events", 1)
		}
	}
	return jsonfile.ProblemAt(path, data, jsonfile.Offset(k, ok), p.msg)
}

// maxSequence is the highest sequence number a state may hold: an export
// adds one to an event's number each time the event changes, so no coach
// comes near it, and a number read above it (the largest int, say) would
// overflow to a negative one, which the next export would write and then
// refuse to read back. It is far below the largest number iCalendar's
// SEQUENCE may hold (2^31-1), so that one more still fits there.
const maxSequence = 1 << 30

// check says what is wrong with a state read from its file, or nil.
func (s *stateFile) check() *stateProblem {
	if s.Format != stateFormat {
		return &stateProblem{"format", -1, fmt.Sprintf("format is %d; this partnercoach reads calendar states of format %d", s.Format, stateFormat)}
	}
	for i, x := range s.Events {
		switch _, err := parseWhen(x.Start, x.End); {
		case !uidRE.MatchString(x.UID):
			return &stateProblem{"uid", i, fmt.Sprintf("event %d: %q is not a UID partnercoach makes", i+1, x.UID)}
		case err != nil:
			return &stateProblem{"start", i, fmt.Sprintf("event %d (%s): expected start and end such as 20261207T090000Z or 20261207, the end after the start", i+1, x.UID)}
		case x.Sequence < 0 || x.Sequence > maxSequence:
			return &stateProblem{"sequence", i, fmt.Sprintf("event %d (%s): sequence is %d; expected 0 to %d", i+1, x.UID, x.Sequence, maxSequence)}
		}
	}
	for _, p := range s.Outputs {
		if !filepath.IsAbs(p) {
			return &stateProblem{"outputs", -1, fmt.Sprintf("output %q is not an absolute path", p)}
		}
	}
	return nil
}

// save writes the state file, mode 0600, atomically, without the outputs
// an older partnercoach kept in it.
func (s *stateFile) save() error {
	s.Outputs = nil
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return err
	}
	if buf.Len() > maxStateSize {
		return fmt.Errorf("cannot write %s: it would be larger than %d MB, the most partnercoach reads back; nothing was changed", StatePath(), maxStateSize>>20)
	}
	if err := paths.Ensure(paths.StateDir()); err != nil {
		return err
	}
	return safefile.WritePrivate(StatePath(), buf.Bytes())
}
