// Package app is partnercoach's application core: one live session from
// its start to its record, with every rule of the session that is not the
// session's own state machine (package session). Both front ends, the full
// screen (package tui) and the accessible mode (package tui/plain), drive
// a Core: they hand it the coach's actions and the passing time, run the
// jobs it returns off their loops, report the jobs' results back, and draw
// or say what it decided. Nothing here knows of a terminal: the core
// returns plain data (Effects, Jobs, a QuitQuestion), never Bubble Tea
// types, and the key table (Keys) both front ends read their keys and
// letters from is plain data too.
package app

import (
	"time"

	"partnercoach/around/fees"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// Config is what a run of the program starts with, for either front end.
type Config struct {
	// Scripts are offered on the start screen; Start, if set, is opened at
	// once instead.
	Scripts []*script.Script
	Start   *script.Script
	// LeftOut names the coach's own scripts that fail to check and are
	// not offered (see Core.LeftOutLine).
	LeftOut []string
	// Clock tells the time; nil means the wall clock.
	Clock timer.Clock
	// Notifier delivers desktop notifications; nil means none are sent.
	Notifier Notifier
	// Session holds the warning lead time, the newcomer's name and which
	// session this is for them.
	Session session.Options
	// Sound lets the run be heard: the terminal bell with an alert, and a
	// sound with the urgent notification at the end of a turn. Off, the
	// run is quiet, since a sound can be heard on the call.
	Sound bool
	// Keeper saves the session as it goes and keeps its record; nil keeps
	// nothing (a rehearsal, or --no-save).
	Keeper Keeper
	// Resume, if set, is a session brought back from its autosave, opened
	// at once (or, with Finish, straight into its coach log). Offer, if
	// set instead, is an unfinished session the start screen offers to
	// resume, finish or discard. Saved is when either was last saved.
	Resume *session.Session
	Finish bool
	Offer  *session.Session
	Saved  time.Time
	// Notice is a word to show as the run opens.
	Notice string
	// Preselect names the script the start screen selects first.
	Preselect string
	// Roster is what the start screen offers of the newcomers on record,
	// to choose whom the session is with.
	Roster Roster
	// Fees are the coach's fees, from which the fee of each session is
	// worked out (see around/fees).
	Fees fees.Fees
	// Availability is what the coach last said of coaching again, and how
	// the answer asked at the end of a session is kept (see After).
	Availability Availability
}

// Keeper keeps a session safe: its autosave while it runs and its record
// once it ends.
type Keeper interface {
	// Autosave writes a snapshot of the live session. Saves run off the
	// front end's loop and may finish out of order: one whose seq is not
	// above the last written must be dropped.
	Autosave(seq uint64, snap session.Snapshot) error
	// Finish writes the record of an ended session, giving it an id, and
	// then removes the autosave. It returns the id whenever the record is
	// written: with an error too when the autosave could not be removed
	// after it, which writing the record again would not mend.
	Finish(rec session.Record) (string, error)
	// Discard removes the autosave. A save numbered up to last (the last
	// asked for) that is still on its way must not bring it back; a later
	// one, of a session opened after it, is written as usual.
	Discard(last uint64) error
}
