package autosave

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"partnercoach/internal/paths"
	"partnercoach/internal/textsafe"
)

// RehearsalPath is where a rehearsal's autosave is set aside when a
// session in real time opens while it waits: beside the autosave, so that
// it can be brought back, and so that forgetting a newcomer finds it.
// Only the last rehearsal set aside is kept; a rehearsal is never logged.
func RehearsalPath() string { return filepath.Join(paths.StateDir(), "rehearsal.json") }

// setAsideNotice is what the coach is told when a rehearsal left
// unfinished was set aside so that a real session could start, with how
// to bring it back (see openResumable in cmd/partnercoach).
const setAsideNotice = "A rehearsal left unfinished was set aside; 'partnercoach resume' brings it back when no other session waits."

// Waiting reads the autosave for a run that is about to start, under the
// lock. A run in real time (rehearsal false) is never blocked by a
// rehearsal: a rehearsal's autosave is moved to RehearsalPath, replacing
// one set aside before, and Waiting returns no session and setAsideNotice
// for the front end to show. Otherwise it returns what Load returns,
// with no notice: a session in real time that waits, or, for a rehearsal
// run, whatever waits. A damaged autosave is moved aside as Load does,
// and the error says so.
func (l *Live) Waiting(rehearsal bool) (*Unfinished, string, error) {
	u, err := Load()
	if err != nil || u == nil || !u.Rehearsal || rehearsal {
		return u, "", err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := os.Rename(Path(), RehearsalPath()); err != nil {
		return u, "", fmt.Errorf("cannot set the rehearsal aside: %w", err)
	}
	return nil, setAsideNotice, nil
}

// BringBackRehearsal moves the rehearsal set aside back to the autosave,
// for a resume that asks for it. It reports false, moving nothing, when no
// rehearsal is set aside, and refuses while another session waits in the
// autosave.
func (l *Live) BringBackRehearsal() (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := os.Lstat(RehearsalPath()); errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if _, err := os.Lstat(Path()); !errors.Is(err, fs.ErrNotExist) {
		return false, errors.New("an unfinished session is waiting: finish or discard it before bringing the rehearsal back")
	}
	if err := os.Rename(RehearsalPath(), Path()); err != nil {
		return false, fmt.Errorf("cannot bring the rehearsal back: %w", err)
	}
	return true, nil
}

// Describe names an unfinished session for a message, saying whether it
// is a rehearsal: "followup with AB, at step 3 of 12, saved Sun 29 Nov
// 19:44" or "a rehearsal (followup with AB at 60× speed), at step ...".
// The time is the snapshot's saved time, on the wall clock, in the local
// time zone; the name is made safe to print.
func (u *Unfinished) Describe() string {
	s := u.Session
	what := textsafe.Line(s.Script().Name)
	if n := s.Options().Newcomer; n != "" {
		what += " with " + textsafe.Line(n)
	}
	if u.Rehearsal {
		what = fmt.Sprintf("a rehearsal (%s at %s× speed)", what, speedText(s.Options().Rehearsal.Speed))
	}
	return fmt.Sprintf("%s, at step %d of %d, saved %s", what, s.Pos()+1, s.Len(),
		u.Saved.Local().Format("Mon 2 Jan 15:04"))
}

// speedText writes a rehearsal's speed as a plain number: 60, 2.5.
func speedText(speed float64) string {
	return strconv.FormatFloat(speed, 'f', -1, 64)
}
