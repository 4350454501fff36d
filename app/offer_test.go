package app

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"partnercoach/session"
)

// TestClosedPastItsCall: a session closed for longer than it had left to
// run by its plan, and a quarter of an hour more, cannot still have had
// its call going on; one closed for less may have. A session whose call
// never started had all of its plan left; an ended session and a
// rehearsal are never past their call.
func TestClosedPastItsCall(t *testing.T) {
	first := builtin(t, "first") // 50 minutes
	started := func() *session.Session {
		s := session.New(first, session.Options{Newcomer: "AB"}, t0)
		s.Apply(session.StartCall{}, t0)
		return s
	}
	waiting := session.New(first, session.Options{Newcomer: "AB"}, t0)
	ended := started()
	ended.Apply(session.End{}, t0.Add(20*time.Minute))
	rehearsal := session.New(first, session.Options{Rehearsal: session.Rehearsal{Speed: 60, Origin: t0}}, t0)
	saved := t0.Add(20 * time.Minute) // 30 minutes of the plan left
	for _, tt := range []struct {
		name   string
		s      *session.Session
		closed time.Duration
		want   bool
	}{
		{"a restart within the call", started(), 2 * time.Minute, false},
		{"the plan's rest and the grace", started(), 45 * time.Minute, false},
		{"a second past them", started(), 45*time.Minute + time.Second, true},
		{"the next day", started(), 20 * time.Hour, true},
		{"the call never started, within its plan and grace", waiting, 65 * time.Minute, false},
		{"the call never started, past them", waiting, 66 * time.Minute, true},
		{"an ended session", ended, 20 * time.Hour, false},
		{"a rehearsal", rehearsal, 20 * time.Hour, false},
		{"no session", nil, 20 * time.Hour, false},
	} {
		if got := ClosedPastItsCall(tt.s, saved, saved.Add(tt.closed)); got != tt.want {
			t.Errorf("%s: closed %v, past its call %v, want %v", tt.name, tt.closed, got, tt.want)
		}
	}
}

// TestFinishIsOfferedFirstPastTheCall: the unfinished session on offer is
// offered to be finished first, its label saying it ended when last
// saved, only once it was closed past its call; and the notice of a
// session resumed all the same says the time counts.
func TestFinishIsOfferedFirstPastTheCall(t *testing.T) {
	for _, tt := range []struct {
		closed time.Duration
		first  bool
		label  string
	}{
		{10 * time.Minute, false, "Finish it: write its coach log"},
		{3 * time.Hour, true, "Finish it: its coach log (ended when last saved)"},
	} {
		s := session.New(builtin(t, "first"), session.Options{Newcomer: "AB"}, t0)
		s.Apply(session.StartCall{}, t0)
		r := newRig(t, Config{Offer: s, Saved: t0.Add(5 * time.Minute)}, nil)
		r.clock.Add(5*time.Minute + tt.closed)
		if r.c.FinishFirst() != tt.first || r.c.FinishLabel() != tt.label {
			t.Errorf("closed %v: finish first %v, label %q; want %v, %q", tt.closed, r.c.FinishFirst(), r.c.FinishLabel(), tt.first, tt.label)
		}
		r.run(r.c.ResumeOffer(false))
		if got, says := r.c.Config().Notice, "it was closed count in its length"; tt.first != strings.Contains(got, says) {
			t.Errorf("closed %v: the notice %q", tt.closed, got)
		}
	}
}

// TestBackFromTheLogOfASessionClosedPastItsCall: the coach log of a
// session closed past its call has it ended when last saved; going back
// to the session from it counts the hours it was closed, and the notice
// the session opens with, on either front end, says so.
func TestBackFromTheLogOfASessionClosedPastItsCall(t *testing.T) {
	s := session.New(builtin(t, "first"), session.Options{Newcomer: "AB"}, t0)
	s.Apply(session.StartCall{}, t0)
	r := newRig(t, Config{Offer: s, Saved: t0.Add(5 * time.Minute)}, nil)
	r.clock.Add(3 * time.Hour)
	r.run(r.c.ResumeOffer(true))
	e, err := r.c.Reopen()
	if err != nil {
		t.Fatal(err)
	}
	r.run(e)
	want := "Resumed the session saved at 10:05:00. The 2 hours it was closed count in its length."
	if got := r.c.Config().Notice; got != want {
		t.Errorf("the notice %q, want %q", got, want)
	}
	if !slices.Contains(e.Notices, want) {
		t.Errorf("the notices said %q, want %q among them", e.Notices, want)
	}
}

// TestFinishLabelNamesWhatTheEndAsks: the offer to finish a session on
// offer names what its end asks, by the kind of session: a coach log, a
// client session's log, or how a peer exchange went; each fits 50
// columns with its mark, open or closed past its call.
func TestFinishLabelNamesWhatTheEndAsks(t *testing.T) {
	for _, tt := range []struct {
		script, open, closed string
	}{
		{"followup", "Finish it: write its coach log", "Finish it: its coach log (ended when last saved)"},
		{"coaching", "Finish it: write its session log", "Finish it: session log (ended when last saved)"},
		{"partnership", "Finish it: say how the exchange went", "Finish it: how it went (ended when last saved)"},
	} {
		for _, closed := range []bool{false, true} {
			s := session.New(builtin(t, tt.script), session.Options{}, t0)
			s.Apply(session.StartCall{}, t0)
			r := newRig(t, Config{Offer: s, Saved: t0.Add(5 * time.Minute)}, nil)
			want := tt.open
			if r.clock.Add(10 * time.Minute); closed {
				r.clock.Add(3 * time.Hour)
				want = tt.closed
			}
			got := r.c.FinishLabel()
			if got != want {
				t.Errorf("%s, closed past its call %v: %q, want %q", tt.script, closed, got, want)
			}
			if n := utf8.RuneCountInString("› " + got); n > 50 {
				t.Errorf("%s: %q takes %d columns with its mark, more than 50", tt.script, got, n)
			}
		}
	}
}
