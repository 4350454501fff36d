package calendar

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"time"

	"partnercoach/around/outputs"
	"partnercoach/internal/safefile"
)

// Export is one calendar export: it holds the lock of the export state
// from Begin to Close, so that two exports never lose each other's
// record of what they wrote, and it saves the state only once the
// calendar is written.
type Export struct {
	// Cleaned are the leftovers of earlier exports cut short that Begin
	// removed.
	Cleaned []string
	state   *stateFile
	unlock  func()
	now     time.Time
}

// Begin starts an export at now: it takes the lock, reads the state and
// removes the leftovers of earlier writes of the state cut short. (Those
// of the calendar files go as each is written, and with newcomer forget:
// see around/outputs.)
func Begin(now time.Time) (*Export, error) {
	unlock, err := lockState()
	if err != nil {
		return nil, err
	}
	s, err := readState()
	var cleaned []string
	if err == nil {
		cleaned, err = safefile.CleanTemps(filepath.Dir(StatePath()), filepath.Base(StatePath()))
	}
	if err != nil {
		unlock()
		return nil, err
	}
	return &Export{Cleaned: cleaned, state: s, unlock: unlock, now: now}, nil
}

// Close releases the lock.
func (x *Export) Close() { x.unlock() }

// ToStream writes the calendar to w: the events that stand and, when
// cancellations is true, the cancellations of those that have gone.
func (x *Export) ToStream(w io.Writer, standing []Event, cancellations bool) error {
	events := x.events(standing, cancellations)
	if err := Write(w, events, x.now); err != nil {
		return err
	}
	return x.save()
}

// ToFile writes the calendar to the file path, as ToStream does, mode
// 0600 and atomically: only to a new path or over a regular file (see
// outputs.Write). It first removes the leftovers of an earlier write to
// path that a kill cut short, and returns their paths.
func (x *Export) ToFile(path string, standing []Event, cancellations bool) ([]string, error) {
	if err := outputs.Check(path); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Write(&buf, x.events(standing, cancellations), x.now); err != nil {
		return nil, err
	}
	removed, err := outputs.Write(path, buf.Bytes())
	if err != nil {
		return removed, err
	}
	return removed, x.save()
}

// events reconciles the state with the events that stand and returns
// those to write, without the cancellations unless asked for.
func (x *Export) events(standing []Event, cancellations bool) []Event {
	events := x.state.reconcile(standing, x.now)
	if !cancellations {
		events = slices.DeleteFunc(events, func(e Event) bool { return e.Status == Cancelled })
	}
	return events
}

// save writes the state once a calendar is written.
func (x *Export) save() error {
	if err := x.state.save(); err != nil {
		return fmt.Errorf("the calendar was written, but what it holds could not be remembered, so events that go from it may not be cancelled in the next export: %w", err)
	}
	return nil
}
