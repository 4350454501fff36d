package autosave

// Peek is a look at the live session from outside, for a status bar: the
// session as its autosave last had it, and whether a partnercoach has it
// open now.
type Peek struct {
	Unfinished
	// Open reports whether a live partnercoach process holds the
	// session (its process id is in session.pid and it runs).
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
	return &Peek{Unfinished: *u, Open: pid > 0 && alive(pid)}, nil
}
