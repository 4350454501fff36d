package app

import (
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

func TestConfirmation(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	tests := []struct {
		step string
		act  session.Action
		r    Risky
		want string // a part of the question, or "" for none
	}{
		{"welcome", nil, EndSession, "The call has not started"},
		{"welcome", nil, RestartTurn, ""},
		{"coach-turn", nil, RestartTurn, ""}, // not started: nothing to restart
		{"coach-turn", session.StartPause{}, RestartTurn, "Restart the coach's turn at its full 15 minutes? It has 15:00 left"},
		{"coach-turn", nil, EndSession, "End the session now and write the coach log?"},
	}
	for _, tt := range tests {
		r.to(tt.step)
		if tt.act != nil {
			r.run(r.c.Apply(tt.act))
		}
		q, asked := r.c.Confirmation(tt.r)
		if asked != (tt.want != "") || !strings.Contains(q.Text, tt.want) {
			t.Errorf("at %s, %v: %q (asked %v), want %q", tt.step, tt.r, q.Text, asked, tt.want)
		}
		if asked && (q.Chosen() != 0 || q.Options[0].Command != CmdNo) {
			t.Errorf("at %s, %v: the question opens on %+v, not on staying", tt.step, tt.r, q.Options[q.Chosen()])
		}
	}
	if q, _ := r.c.Confirmation(EndSession); strings.Contains(q.Text, "not started") {
		t.Error("the call has started by now")
	}
}

// TestRestartQuestionReadsAsTheScreen: in overtime the restart question
// says the time over as the screen shows it, its part second dropped
// (0:05 over beside "+0:05"), not rounded up.
func TestRestartQuestionReadsAsTheScreen(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "followup")}, nil)
	r.to("newcomer-turn")
	r.run(r.c.Apply(session.StartPause{}))
	s := r.c.Session()
	over := s.Turn(s.Current().ID).Length() + 5900*time.Millisecond
	r.clock.T = r.clock.T.Add(over)
	r.run(r.c.Advance())
	q, _ := r.c.Confirmation(RestartTurn)
	if left := s.Turn(s.Current().ID).Left(r.clock.Now()); Countdown(left) != "+0:05" || !strings.Contains(q.Text, "It has none (0:05 over) left now.") {
		t.Fatalf("the screen shows %s; the question: %q", Countdown(left), q.Text)
	}
	if !strings.Contains(q.Said(), "It has none (5 seconds over) left now.") {
		t.Fatalf("the question in words: %q", q.Said())
	}
}

// TestReopen: the coach log goes back to the session while nothing of it
// is written, from an end of this run and from a resumed ended session.
func TestReopen(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.Apply(session.Next{}))
	r.clock.Add(5 * time.Minute)
	r.run(r.c.End())
	r.run(r.c.SaveLogAnswers(session.Closing{Outcome: session.Held, Summary: "half"}))
	e, err := r.c.Reopen()
	r.run(e)
	if err != nil || r.c.Stage() != Running || r.c.Session().IsEnded() || r.c.Session().Pos() != 1 {
		t.Fatalf("reopen: %v, stage %v, ended %v", err, r.c.Stage(), r.c.Session().IsEnded())
	}
	if last := r.keeper.Saves[len(r.keeper.Saves)-1]; !last.Ended.IsZero() {
		t.Fatal("the session reopened must be saved as running")
	}
	r.run(r.c.End())
	if d := r.c.LogAnswers(); d.Summary != "half" {
		t.Fatalf("the draft is lost: %+v", d)
	}
	r.run(r.c.Finish(r.c.LogAnswers()))
	if _, err := r.c.Reopen(); err == nil || r.c.Stage() != Written {
		t.Fatal("a written log cannot go back")
	}

	ses := session.New(builtin(t, "followup"), session.Options{}, t0)
	ses.Apply(session.Next{}, t0.Add(time.Minute))
	ses.Apply(session.End{}, t0.Add(10*time.Minute))
	back := newRig(t, Config{Resume: ses}, nil)
	if back.c.Stage() != Logging {
		t.Fatal("an ended session opens in its log")
	}
	e, err = back.c.Reopen()
	back.run(e)
	if err != nil || back.c.Stage() != Running || back.c.Session().IsEnded() || back.c.Session().Pos() != 1 {
		t.Fatalf("reopen of a resumed log: %v", err)
	}
}
