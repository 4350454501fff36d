package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"partnercoach/app"
	"partnercoach/session/autosave"
)

// liveRun is what an interactive run holds: the lock on the live session
// and the unfinished session found in the autosave, if any. A run with
// --no-save holds neither.
type liveRun struct {
	live   *autosave.Live
	found  *autosave.Unfinished
	notice string // a word about a damaged autosave, for the screen
}

// openLive takes the lock on the live session and reads its autosave,
// unless the run keeps no autosave. A damaged autosave is moved aside and
// reported; the run goes on. A run in real time is never blocked by a
// rehearsal left unfinished: it is set aside (autosave.Live.Waiting), and
// the notice says so.
func openLive(keeps app.Keeps, rehearsal bool) (*liveRun, error) {
	if !keeps.Autosave {
		return &liveRun{}, nil
	}
	l, err := autosave.Open()
	if err != nil {
		return nil, withNoSaveHint(err)
	}
	r := &liveRun{live: l}
	r.findWaiting(rehearsal)
	return r, nil
}

// findWaiting looks for the session waiting in the autosave (see
// autosave.Live.Waiting); an autosave that cannot be read is reported on
// standard error and in the notice, and the run goes on.
func (r *liveRun) findWaiting(rehearsal bool) {
	var err error
	r.found, r.notice, err = r.live.Waiting(rehearsal)
	if err != nil {
		fmt.Fprintln(os.Stderr, "partnercoach: "+err.Error())
		r.notice = unreadNotice(err)
	}
}

// withNoSaveHint adds to an error of the state folder, which could not be
// made or written (a read-only disk, a full one, a file in its place),
// how to run a session anyway.
func withNoSaveHint(err error) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err // such as another partnercoach holding the live session
	}
	return fmt.Errorf("%w; to run a session that keeps nothing, add --no-save", err)
}

// unreadNotice says what became of an autosave that could not be read:
// moved aside (where to, and why: the error says both), or still in the way (a folder, or a file that cannot be
// read), when nothing of this session can be saved until it is moved.
func unreadNotice(err error) string {
	if _, statErr := os.Lstat(autosave.Path()); statErr != nil {
		return "The autosave could not be read: " + strings.TrimSuffix(err.Error(), ".") + "."
	}
	return "The autosave could not be read and is still in its place: " +
		"nothing of this session can be saved until it is moved away."
}

// close releases the lock.
func (r *liveRun) close() {
	if r.live != nil {
		r.live.Close()
	}
}

// keeper returns what keeps the session, or nil in a --no-save run.
func (r *liveRun) keeper() app.Keeper {
	if r.live == nil {
		return nil
	}
	return r.live
}

// errUnfinished says that a new session cannot start while one waits.
func errUnfinished(u *autosave.Unfinished) error {
	return fmt.Errorf("an unfinished session is waiting (%s): 'partnercoach resume' brings it back, "+
		"'partnercoach resume --finish' writes its coach log, 'partnercoach resume --discard' drops it",
		u.Describe())
}
