package app

import (
	"errors"
	"testing"
	"time"

	"partnercoach/app/apptest"
	"partnercoach/script"
	"partnercoach/session"
)

// t0 is when the tests' sessions start.
var t0 = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// errDisk is the failure of a full disk.
var errDisk = errors.New("write session.json: no space left on device")

// rig is a core with a fake clock, keeper and notifier.
type rig struct {
	t        *testing.T
	c        *Core
	clock    *apptest.Clock
	keeper   *apptest.Keeper
	notifier *apptest.Notifier
	notices  []string
	bells    int
}

// newRig starts a core on cfg, its clock, keeper and notifier faked
// unless edit removes them, and runs Begin.
func newRig(t *testing.T, cfg Config, edit func(*Config)) *rig {
	t.Helper()
	r := &rig{t: t, clock: &apptest.Clock{T: t0}, keeper: &apptest.Keeper{}, notifier: &apptest.Notifier{}}
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
func builtin(t *testing.T, name string) *script.Script { return apptest.Builtin(t, name) }

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
