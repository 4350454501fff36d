package plain

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/script"
)

// t0 is when the tests' sessions start.
var t0 = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// harness drives a front end with a fake clock: jobs meant to run off the
// loop run when the test settles them, one after the other.
type harness struct {
	t        *testing.T
	fe       *frontEnd
	clock    *apptest.Clock
	out      *bytes.Buffer
	keeper   *apptest.Keeper
	notifier *apptest.Notifier
	avail    *apptest.Available // keeps the coach's answers on coaching again
	jobs     []func() func()
	read     int // how much of out the test has read
}

// newHarness starts a front end on cfg, with a fake clock, keeper and
// notifier unless cfg brings its own, and settles its first jobs.
func newHarness(t *testing.T, cfg app.Config, opts Options) *harness {
	t.Helper()
	return newHarnessEdit(t, cfg, opts, nil)
}

// newHarnessEdit is newHarness with a last change to the configuration,
// such as no notifier at all.
func newHarnessEdit(t *testing.T, cfg app.Config, opts Options, edit func(*app.Config)) *harness {
	t.Helper()
	h := &harness{t: t, clock: &apptest.Clock{T: t0}, out: &bytes.Buffer{}, keeper: &apptest.Keeper{}, notifier: &apptest.Notifier{},
		avail: &apptest.Available{}}
	cfg.Clock = h.clock
	if cfg.Availability.Keep == nil {
		cfg.Availability.Keep = h.avail.Keep
	}
	if cfg.Keeper == nil {
		cfg.Keeper = h.keeper
	}
	if cfg.Notifier == nil {
		cfg.Notifier = h.notifier
	}
	if edit != nil {
		edit(&cfg)
	}
	h.fe = newFrontEnd(cfg, h.out, opts)
	h.fe.spawn = func(job func() func()) { h.jobs = append(h.jobs, job) }
	h.fe.begin()
	h.settle()
	return h
}

// builtin returns a built-in script.
func builtin(t *testing.T, name string) *script.Script { return apptest.Builtin(t, name) }

// settle runs the jobs waiting, and what they hand back to the loop.
func (h *harness) settle() {
	for len(h.jobs) > 0 {
		job := h.jobs[0]
		h.jobs = h.jobs[1:]
		job()()
	}
}

// news returns what was written since the last call.
func (h *harness) news() string {
	s := h.out.String()[h.read:]
	h.read = h.out.Len()
	return s
}

// send types one line and returns what it printed.
func (h *harness) send(line string) string {
	h.t.Helper()
	h.fe.line(line)
	h.settle()
	return h.news()
}

// sendAll types lines and returns what they printed.
func (h *harness) sendAll(lines ...string) string {
	h.t.Helper()
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(h.send(l))
	}
	return b.String()
}

// advance moves the clock on by d as the loop would see it: waking at
// each instant the front end asks to be woken at, and no other. It
// returns what was printed and the instants it woke at.
func (h *harness) advance(d time.Duration) (string, []time.Time) {
	h.t.Helper()
	target := h.clock.T.Add(d)
	var woke []time.Time
	for {
		at, ok := h.fe.nextWake()
		if !ok || at.After(target) {
			break
		}
		if at.Before(h.clock.T) {
			h.t.Fatalf("asked to wake at %v, before now %v", at, h.clock.T)
		}
		h.clock.T = at
		woke = append(woke, at)
		h.fe.wake()
		h.settle()
	}
	h.clock.T = target
	return h.news(), woke
}

// mustContain fails the test unless s holds every one of want.
func mustContain(t *testing.T, s string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Fatalf("missing %q in:\n%s", w, s)
		}
	}
}

// toCoachTurn moves a first session to its coach's turn.
func (h *harness) toCoachTurn() string {
	h.t.Helper()
	var out string
	for range 6 {
		out = h.send("n")
	}
	mustContain(h.t, out, "Step 7 of 11: My turn: coach focuses, newcomer listens. Next: Feedback on my turn.")
	return out
}

// to moves forward to the step with the given id and returns what its
// entry printed.
func (h *harness) to(id string) string {
	h.t.Helper()
	out := ""
	for range h.fe.core.Session().Len() {
		if h.fe.core.Session().Current().ID == id {
			return out
		}
		out = h.send("n")
	}
	h.t.Fatalf("no step %q ahead", id)
	return ""
}
