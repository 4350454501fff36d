// Package apptest holds fakes of what the application core meets outside
// the program: a clock the test moves by hand, a keeper that keeps in
// memory, a notifier that records, and a keeper of the coach's answer on
// coaching again. The tests of package app and of both front ends use
// them.
package apptest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"partnercoach/around/availability"
	"partnercoach/notify"
	"partnercoach/script"
	"partnercoach/session"
)

// Clock is a clock the test moves by hand; it never waits.
type Clock struct{ T time.Time }

// Now implements timer.Clock.
func (c *Clock) Now() time.Time { return c.T }

// Wait implements timer.Clock: real time is the clock's time.
func (c *Clock) Wait(d time.Duration) time.Duration { return d }

// Add moves the clock on by d.
func (c *Clock) Add(d time.Duration) { c.T = c.T.Add(d) }

// Keeper keeps the snapshots and records in memory, and fails with
// SaveErr, FinishErr or DiscardErr while they are set; with RemoveErr
// set, Finish keeps the record and then fails to remove the autosave.
// Its methods may be called from several goroutines.
type Keeper struct {
	mu         sync.Mutex
	Seqs       []uint64
	Saves      []session.Snapshot
	Records    []session.Record
	Discarded  int
	SaveErr    error
	FinishErr  error
	DiscardErr error
	RemoveErr  error
}

// Fail makes every method fail with err, or none when err is nil.
func (k *Keeper) Fail(err error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.SaveErr, k.FinishErr, k.DiscardErr = err, err, err
}

// Autosave implements app.Keeper.
func (k *Keeper) Autosave(seq uint64, snap session.Snapshot) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.SaveErr != nil {
		return k.SaveErr
	}
	k.Seqs, k.Saves = append(k.Seqs, seq), append(k.Saves, snap)
	return nil
}

// Finish implements app.Keeper: the records are numbered from 1.
func (k *Keeper) Finish(rec session.Record) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.FinishErr != nil {
		return "", k.FinishErr
	}
	rec.ID = fmt.Sprintf("2026-11-22-%04d", len(k.Records)+1)
	k.Records = append(k.Records, rec)
	return rec.ID, k.RemoveErr
}

// Discard implements app.Keeper; it counts the discards, failed or not.
func (k *Keeper) Discard(uint64) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.Discarded++
	return k.DiscardErr
}

// Last returns the last snapshot saved.
func (k *Keeper) Last() session.Snapshot {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.Saves[len(k.Saves)-1]
}

// Notifier records the notes sent, and fails with Err while it is set;
// asked whether notes would reach the desktop, it answers ProbeErr.
type Notifier struct {
	mu       sync.Mutex
	Notes    []notify.Notification
	Err      error
	ProbeErr error
}

// Probe implements notify.Prober.
func (n *Notifier) Probe(context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.ProbeErr
}

// Notify implements notify.Notifier.
func (n *Notifier) Notify(_ context.Context, note notify.Notification) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.Notes = append(n.Notes, note)
	return n.Err
}

// Available keeps the coach's answers to whether they are available to
// coach again in memory, and fails with Err while it is set.
type Available struct {
	mu      sync.Mutex
	Answers []availability.Answer
	Err     error
}

// Keep keeps an answer, as app.Availability.Keep does.
func (a *Available) Keep(ans availability.Answer) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.Err != nil {
		return a.Err
	}
	a.Answers = append(a.Answers, ans)
	return nil
}

// Kept returns the answers kept so far.
func (a *Available) Kept() []availability.Answer {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]availability.Answer(nil), a.Answers...)
}

// Builtin returns a built-in script, failing the test if there is none of
// the name.
func Builtin(t testing.TB, name string) *script.Script {
	t.Helper()
	s, err := script.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
