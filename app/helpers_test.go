package app

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// t0 is when the tests' sessions start.
var t0 = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// errDisk is the failure of a full disk.
var errDisk = errors.New("write session.json: no space left on device")

// fakeClock is a clock the test moves by hand.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time                     { return c.now }
func (c *fakeClock) Wait(d time.Duration) time.Duration { return d }

// fakeKeeper records what is kept, and fails while err is set.
type fakeKeeper struct {
	mu        sync.Mutex
	seqs      []uint64
	records   []session.Record
	discarded int
	err       error
}

func (k *fakeKeeper) Autosave(seq uint64, _ session.Snapshot) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.err != nil {
		return k.err
	}
	k.seqs = append(k.seqs, seq)
	return nil
}

func (k *fakeKeeper) Finish(rec session.Record) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.err != nil {
		return "", k.err
	}
	k.records = append(k.records, rec)
	return "2026-11-22-1000", nil
}

func (k *fakeKeeper) Discard() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.discarded++
	return k.err
}

// fakeNotifier records the notes sent, and fails while err is set.
type fakeNotifier struct {
	notes []timer.Note
	err   error
}

func (n *fakeNotifier) Notify(_ context.Context, note timer.Note) error {
	n.notes = append(n.notes, note)
	return n.err
}

// rig is a core with a fake clock, keeper and notifier.
type rig struct {
	t        *testing.T
	c        *Core
	clock    *fakeClock
	keeper   *fakeKeeper
	notifier *fakeNotifier
	notices  []string
	bells    int
}

// newRig starts a core on cfg, its clock, keeper and notifier faked
// unless edit removes them, and runs Begin.
func newRig(t *testing.T, cfg Config, edit func(*Config)) *rig {
	t.Helper()
	r := &rig{t: t, clock: &fakeClock{now: t0}, keeper: &fakeKeeper{}, notifier: &fakeNotifier{}}
	cfg.Clock, cfg.Keeper, cfg.Notifier = r.clock, r.keeper, r.notifier
	if edit != nil {
		edit(&cfg)
	}
	r.c = New(cfg)
	r.run(r.c.Begin())
	return r
}

// run carries out effects as a front end would: it runs each job and
// reports its result, and counts the bells and keeps the notices.
func (r *rig) run(e Effects) Effects {
	all := e
	if e.Bell {
		r.bells++
	}
	r.notices = append(r.notices, e.Notices...)
	for _, job := range e.Jobs {
		all.add(r.run(r.c.Report(job())))
	}
	return all
}

// builtin returns a built-in script.
func builtin(t *testing.T, name string) *script.Script {
	t.Helper()
	s, err := script.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// to moves the running session on to the step with the given id.
func (r *rig) to(id string) {
	r.t.Helper()
	for range r.c.Session().Len() {
		if r.c.Session().Current().ID == id {
			return
		}
		r.run(r.c.Apply(session.Next{}))
	}
	r.t.Fatalf("no step %q ahead", id)
}
