package app

import (
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

func TestFirstSession(t *testing.T) {
	tests := []struct {
		script string
		number int
		want   bool
	}{
		{"first", 0, true},
		{"first", 1, true},
		{"first", 2, false}, // the newcomer's record knows better than the script
		{"followup", 1, true},
		{"followup", 0, false},
		{"coaching", 0, false},
	}
	for _, tt := range tests {
		s := session.New(builtin(t, tt.script), session.Options{Number: tt.number}, t0)
		if got := FirstSession(s); got != tt.want {
			t.Errorf("FirstSession(%s, number %d) = %v, want %v", tt.script, tt.number, got, tt.want)
		}
	}
}

func TestKeptAnswers(t *testing.T) {
	all := session.Closing{
		Outcome: session.Held, Screening: session.Suitable, Summary: "  went well \n", FeeCents: 2500,
		Recommendation: session.Recommendation{FurtherSessions: 2, Learn: " listening ", Ready: true},
	}
	rec := session.Recommendation{FurtherSessions: 2, Learn: "listening", Ready: true}
	tests := []struct {
		name    string
		outcome session.Outcome
		first   bool
		want    session.Closing
	}{
		{"held first", session.Held, true, session.Closing{Outcome: session.Held, Screening: session.Suitable,
			Summary: "went well", FeeCents: 2500, Recommendation: rec}},
		{"held later", session.Held, false, session.Closing{Outcome: session.Held, Summary: "went well",
			FeeCents: 2500, Recommendation: rec}},
		{"no-show first", session.NoShow, true, session.Closing{Outcome: session.NoShow, Summary: "went well", FeeCents: 2500}},
		{"rescheduled", session.Rescheduled, false, session.Closing{Outcome: session.Rescheduled, Summary: "went well", FeeCents: 2500}},
	}
	for _, tt := range tests {
		c := all
		c.Outcome = tt.outcome
		if got := Kept(c, tt.first); got != tt.want {
			t.Errorf("%s: Kept = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestWarnMinutes(t *testing.T) {
	s := session.New(builtin(t, "followup"), session.Options{}, t0) // the newcomer's turn: 15 minutes
	for warnItem(s) < 0 {
		s.Apply(session.Next{}, t0)
	}
	tests := []struct {
		text string
		want int
		err  string
	}{
		{"2", 2, ""},
		{" 14 ", 14, ""},
		{"15", 0, "not shorter than the turn (15 minutes)"},
		{"90", 0, "not shorter"},
		{"0", 0, "whole number of minutes, 1 or more"},
		{"-3", 0, "whole number of minutes, 1 or more"},
		{"2.5", 0, "whole number of minutes"},
		{"", 0, "whole number of minutes"},
	}
	for _, tt := range tests {
		got, err := WarnMinutes(s, warnItem(s), tt.text)
		switch {
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("WarnMinutes(%q) = %d, %v; want %d", tt.text, got, err, tt.want)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("WarnMinutes(%q) = %d, %v; want an error with %q", tt.text, got, err, tt.err)
		}
	}
}

func TestFurtherSessions(t *testing.T) {
	for text, want := range map[string]int{"0": 0, "3": 3, " 20 ": 20, "21": -1, "-1": -1, "x": -1, "": -1} {
		got, err := FurtherSessions(text)
		if (err != nil) != (want < 0) || err == nil && got != want {
			t.Errorf("FurtherSessions(%q) = %d, %v; want %d", text, got, err, want)
		}
	}
}

func TestAccount(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.run(r.c.Apply(session.AddNote{Text: "a note"}))
	r.run(r.c.Apply(session.MarkMoment{}))
	r.to("coach-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(2 * time.Second)
	r.run(r.c.Apply(session.Next{}))
	if tn := r.c.Session().Turn("coach-turn"); tn.Running() {
		t.Fatal("the turn left behind runs on")
	}
	r.clock.T = t0.Add(20 * time.Minute)
	r.run(r.c.End())
	a := AccountOf(r.c.Session(), r.c.Ended())
	if a.Elapsed != 20*time.Minute || a.Done != 1 || a.Notes != 1 || len(a.Marks) != 1 || a.Items == 0 ||
		len(a.Steps) != r.c.Session().Len() || a.Steps[0].Done != 1 || a.Planned != 50*time.Minute {
		t.Fatalf("account = %+v", a)
	}
	for i, sa := range a.Steps {
		if r.c.Session().Step(i).ID == "coach-turn" && (!sa.Turn || sa.Used != 2*time.Second || sa.Length != 15*time.Minute) {
			t.Fatalf("the turn left after 2 s used %v of %v (turn %v)", sa.Used, sa.Length, sa.Turn)
		}
	}
}

func TestRefusal(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	if r.c.Refusal(session.Undo{}) != ErrNothingToUndo || r.c.Refusal(session.StartCall{}) != nil {
		t.Fatal("a fresh session has nothing to undo and a clock to start")
	}
	tests := []struct {
		step string
		a    session.Action
		want error
	}{
		{"welcome", session.Prev{}, ErrFirstStep},
		{"welcome", session.Next{}, nil},
		{"welcome", session.StartPause{}, ErrNoTimer},
		{"welcome", session.Extend{By: time.Minute}, ErrNoTimer},
		{"welcome", session.Restart{}, ErrNoTimer},
		{"welcome", session.Toggle{Item: 0}, nil},
		{"coach-turn", session.Restart{}, ErrNotStarted},
		{"coach-turn", session.StartPause{}, nil},
		{"coach-turn", session.Prev{}, nil},
		{"wrap-up", session.Next{}, ErrLastStep},
		{"wrap-up", session.Undo{}, nil},
		{"wrap-up", session.StartCall{}, ErrCallStarted},
	}
	for _, tt := range tests {
		r.to(tt.step)
		if got := r.c.Refusal(tt.a); got != tt.want {
			t.Errorf("at %s, %T: %v, want %v", tt.step, tt.a, got, tt.want)
		}
	}
}

// TestAccountSaysWhatTheRecordKeeps: the account on screen at the end
// gives each time spent as the record keeps it, to the nearest second, so
// that the coach log and the review of the record say one figure: a turn
// left after 2.6 s used 3 s in both.
func TestAccountSaysWhatTheRecordKeeps(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.to("coach-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(2600 * time.Millisecond)
	r.run(r.c.Apply(session.Next{}))
	r.clock.Add(7*time.Minute + 400*time.Millisecond)
	r.run(r.c.End())
	s, ended := r.c.Session(), r.c.Ended()
	a, rec := AccountOf(s, ended), s.Record("x", session.Closing{}, ended)
	for i, sa := range a.Steps {
		kept := rec.Steps[i]
		if sa.Spent != kept.Actual.D() {
			t.Errorf("%s: spent %v on screen, %v in the record", sa.Title, sa.Spent, kept.Actual.D())
		}
		if kept.Turn != nil && sa.Used != kept.Turn.Used.D() {
			t.Errorf("%s: the turn used %v on screen, %v in the record", sa.Title, sa.Used, kept.Turn.Used.D())
		}
		if sa.Turn && s.Step(i).ID == "coach-turn" && sa.Used != 3*time.Second {
			t.Errorf("the turn left after 2.6 s used %v, want 3s", sa.Used)
		}
	}
}
