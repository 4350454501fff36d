package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"partnercoach/session"
)

// Keeper keeps a session safe: its autosave while it runs and its record
// once it ends. A nil Keeper keeps nothing (a run with --no-save).
type Keeper interface {
	// Autosave writes a snapshot of the live session. Saves run as
	// commands and may finish out of order: one whose seq is not above
	// the last written must be dropped.
	Autosave(seq uint64, snap session.Snapshot) error
	// Finish writes the record of an ended session, giving it an id, and
	// then removes the autosave. It returns the id.
	Finish(rec session.Record) (string, error)
	// Discard removes the autosave of a session with nothing in it.
	Discard() error
}

// The messages of keeping.
type (
	// savedMsg reports how an autosave went.
	savedMsg struct {
		seq uint64
		err error
	}
	// finishedMsg reports how writing the record went.
	finishedMsg struct {
		id  string
		err error
	}
	// endSessionMsg asks the root to open the summary of the session.
	endSessionMsg struct{ at time.Time }
)

// saver numbers the autosaves of one run of the program, across its
// screens, and hands them to the keeper off the update loop.
type saver struct {
	k   Keeper
	seq uint64 // number of the last autosave asked for
}

// save takes a snapshot of the session at now and saves it off the update
// loop. The snapshot is a copy: the session may change meanwhile. It does
// nothing when nothing is kept.
func (sv *saver) save(ses *session.Session, now time.Time) (tea.Cmd, error) {
	if sv == nil || sv.k == nil {
		return nil, nil
	}
	snap, err := ses.Snapshot(now)
	if err != nil {
		return nil, err
	}
	sv.seq++
	seq, k := sv.seq, sv.k
	return func() tea.Msg { return savedMsg{seq: seq, err: k.Autosave(seq, snap)} }, nil
}

// autosave saves the session as it is at now.
func (m *sessionModel) autosave(now time.Time) tea.Cmd {
	cmd, err := m.saver.save(m.ses, now)
	if err != nil {
		m.saveErr = "Cannot save the session: " + err.Error()
	}
	return cmd
}

// saved records the outcome of an autosave. A failure is shown until a
// later save succeeds; the session goes on either way.
func (m *sessionModel) saved(msg savedMsg) {
	switch {
	case msg.err != nil:
		m.saveErr = "Not saved: " + firstLine(msg.err.Error()) + " (the session goes on)."
		m.failedSeq = msg.seq
	case msg.seq >= m.failedSeq:
		m.saveErr = ""
	}
}

// discardAndQuit removes the autosave of a session the coach leaves
// before anything was done in it, then quits.
func discardAndQuit(k Keeper) tea.Cmd {
	return func() tea.Msg {
		if k != nil {
			_ = k.Discard() // nothing was done: an autosave left behind holds nothing
		}
		return tea.QuitMsg{}
	}
}
