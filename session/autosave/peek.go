package autosave

import "os"

// Peek is a look at the live session from outside, for a status bar: the
// session as its autosave last had it, and whether a partnercoach has it
// open now.
type Peek struct {
	Unfinished
	// Open reports whether a live partnercoach process has the session
	// on show: it holds the lock (its process id is in session.pid and
	// it runs) and has written the autosave since it took it, as a run
	// does the moment it opens a session or its coach log. A process
	// that holds the lock but only offers the session on its start
	// screen has not.
	Open bool
}

// Look reads the autosave as it stands, taking no lock and changing
// nothing: a damaged autosave is reported, not moved aside (Load does
// that, under the lock). It returns nil and no error when there is no
// autosave. It is cheap enough to call every second.
func Look() (*Peek, error) {
	u, _, err := read()
	if err != nil || u == nil {
		return nil, err
	}
	pid := readPID()
	return &Peek{Unfinished: *u, Open: pid > 0 && alive(pid) && savedSinceLocked()}, nil
}

// savedSinceLocked reports whether the autosave was written since the
// lock's holder wrote its process id, as it does when it takes the lock.
// Where the file system keeps coarse times, a save in the same tick
// counts as since.
func savedSinceLocked() bool {
	saved, err := os.Stat(Path())
	if err != nil {
		return false
	}
	locked, err := os.Stat(pidPath())
	return err == nil && !saved.ModTime().Before(locked.ModTime())
}
