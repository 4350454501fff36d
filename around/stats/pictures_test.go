package stats

import (
	"fmt"
	"partnercoach/internal/texttest"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/around/book"
	"partnercoach/script"
	"partnercoach/session"
)

// planStep is a step of a built-in script as a record keeps it: its id,
// title, plan and the name of its timed turn, if it has one.
type planStep struct {
	id, title string
	plan      time.Duration
	turn      string
}

// firstPlan is the first session's script, 50 minutes.
var firstPlan = []planStep{
	{"welcome", "Welcome and introductions", 4 * time.Minute, ""},
	{"privacy", "Confidentiality and what to share", 2 * time.Minute, ""},
	{"plan", "How the session goes", 2 * time.Minute, ""},
	{"instructions", "Self-guiding instructions", 3 * time.Minute, ""},
	{"listening", "A little about listening", 2 * time.Minute, ""},
	{"who-first", "Who focuses first?", time.Minute, ""},
	{"coach-turn", "My turn: coach focuses, newcomer listens", 15 * time.Minute, "Coach's turn"},
	{"coach-feedback", "Feedback on my turn", 3 * time.Minute, ""},
	{"newcomer-turn", "Their turn: newcomer focuses, coach listens", 12 * time.Minute, "Newcomer's turn"},
	{"newcomer-feedback", "Feedback on their turn", 3 * time.Minute, ""},
	{"wrap-up", "Recap, screening and next steps", 3 * time.Minute, ""},
}

// followupPlan is a later session's script, 50 minutes, the newcomer
// focusing first.
var followupPlan = []planStep{
	{"since-last-time", "Questions since last time", 3 * time.Minute, ""},
	{"theme", "Theme: what would you like from me as your partner?", 4 * time.Minute, ""},
	{"who-first", "Who focuses first?", time.Minute, ""},
	{"three-questions", "Three questions before their turn", 2 * time.Minute, ""},
	{"newcomer-turn", "Their turn: newcomer focuses, coach listens", 15 * time.Minute, "Newcomer's turn"},
	{"newcomer-feedback", "Feedback on their turn", 3 * time.Minute, ""},
	{"coach-turn", "My turn: coach focuses, newcomer listens", 15 * time.Minute, "Coach's turn"},
	{"coach-feedback", "Feedback on my turn", 3 * time.Minute, ""},
	{"safety", "Three Rules for Safety", 2 * time.Minute, ""},
	{"wrap-up", "Ready for a partnership?", 2 * time.Minute, ""},
}

// heldSession is a held session of the script started at the time, each
// step taking its plan and the extra time given for it; the session ends
// when its steps do.
func heldSession(name, scriptName string, plan []planStep, at time.Time, extra map[string]time.Duration) session.Record {
	r := session.Record{Newcomer: name, Script: scriptName, Started: at, Outcome: session.Held}
	total := time.Duration(0)
	for _, p := range plan {
		took := p.plan + extra[p.id]
		total += took
		s := session.StepRecord{ID: p.id, Title: p.title, Planned: script.Duration(p.plan), Actual: script.Duration(took)}
		if p.turn != "" {
			s.Turn = &session.TurnRecord{Name: p.turn, Length: script.Duration(p.plan), Used: script.Duration(took)}
		}
		r.Steps = append(r.Steps, s)
	}
	r.Ended = at.Add(total)
	return r
}

// coachingMonths are three months of a coach's sessions: first sessions
// that run 52 to 59 minutes of 50, the instructions over in most, a
// 41-second overrun of the newcomer's turn, follow-ups closer to the
// plan, a no-show and a peer session.
func coachingMonths() ([]session.Record, time.Time) {
	day := func(mo time.Month, d int) time.Time { return time.Date(2026, mo, d, 17, 0, 0, 0, time.UTC) }
	const min = time.Minute
	recs := []session.Record{
		heldSession("AB", "first", firstPlan, day(9, 3), map[string]time.Duration{"welcome": 2 * min, "instructions": 4 * min, "wrap-up": 3 * min}),
		heldSession("CD", "first", firstPlan, day(9, 17), map[string]time.Duration{"instructions": 2 * min, "newcomer-turn": 41 * time.Second, "coach-feedback": min}),
		heldSession("AB", "followup", followupPlan, day(9, 24), map[string]time.Duration{"theme": 2 * min}),
		heldSession("EF", "first", firstPlan, day(10, 1), map[string]time.Duration{"welcome": 2 * min, "instructions": 5 * min, "coach-turn": 90 * time.Second}),
		heldSession("CD", "followup", followupPlan, day(10, 8), map[string]time.Duration{"theme": 3 * min, "wrap-up": min}),
		heldSession("GH", "first", firstPlan, day(10, 15), map[string]time.Duration{"instructions": 3 * min, "wrap-up": 2 * min, "listening": -min}),
		{Newcomer: "IJ", Script: "first", Started: day(10, 22), Ended: day(10, 22), Outcome: session.NoShow, FeeCents: 2500},
		heldSession("IJ", "first", firstPlan, day(11, 5), map[string]time.Duration{"instructions": 4 * min, "newcomer-turn": 41 * time.Second, "wrap-up": 4 * min}),
		heldSession("EF", "followup", followupPlan, day(11, 12), map[string]time.Duration{"theme": 2 * min, "three-questions": min}),
	}
	peer := heldSession("", "partnership", []planStep{
		{"a-turn", "Partner A's turn: A focuses, B listens", 20 * min, "Partner A's turn"},
		{"b-turn", "Partner B's turn: B focuses, A listens", 20 * min, "Partner B's turn"},
	}, day(11, 20), map[string]time.Duration{"b-turn": 2 * min})
	peer.Kind = string(script.Peer)
	return append(recs, peer), day(11, 25)
}

// handEdited is a first session edited by hand, or left open overnight:
// its welcome took a thousand hours, its feedback less than nothing, and
// it ended 20 hours after it started (the store reads an end more than a
// day away, or before the start, as the start and the steps' time).
func handEdited(at time.Time) session.Record {
	r := heldSession("KL", "first", firstPlan, at, nil)
	r.ID = "2026-11-19-1700"
	r.Steps[0].Actual = script.Duration(1000 * time.Hour)
	r.Steps[7].Actual = script.Duration(-5 * time.Minute)
	r.Ended = r.Started.Add(20 * time.Hour)
	return r
}

func TestTimingOfSessionsAndTurns(t *testing.T) {
	recs, now := coachingMonths()
	s := Build(recs, nil, book.Date{}, now)
	// Eight sessions, the peer session apart: 442:52 in all, 55:21.5 each.
	l := s.Length
	if l.Sessions != 8 || l.Planned != 50*time.Minute || l.Taken != 55*time.Minute+22*time.Second || l.Over != 8 ||
		l.Shortest != 52*time.Minute || l.Longest != 59*time.Minute {
		t.Errorf("length: %+v", l)
	}
	// Two overruns of the newcomer's turn by 41 seconds and one of the
	// coach's by 1:30, in 8 coaching sessions of two turns: 172 seconds
	// over three turns.
	if s.Turns.Runs != 16 || s.Turns.Over != 3 || s.Turns.AvgOver != 57*time.Second || s.Turns.MostOver != 90*time.Second {
		t.Errorf("turns: %+v", s.Turns)
	}
	// September: 59:00, 53:41 and 52:00.
	if len(s.Months) != 3 || s.Months[0].Length.Sessions != 3 || s.Months[0].Length.Taken != 54*time.Minute+54*time.Second {
		t.Errorf("September: %+v", s.Months[0])
	}
	if len(s.Scripts) != 3 || s.Scripts[0].Script != "first" || s.Scripts[0].Sessions != 5 {
		t.Fatalf("scripts: %+v", s.Scripts)
	}
	if nt := s.Scripts[0].Steps[8]; nt.TurnName != "Newcomer's turn" || nt.Turns.Over != 2 || nt.Turns.AvgOver != 41*time.Second {
		t.Errorf("the newcomer's turn in first sessions: %+v", nt)
	}
}

// TestStatsPictures draws the trends at 80 columns, what a pipe gets, and
// at 120, where step titles are written out in full.
func TestStatsPictures(t *testing.T) {
	recs, now := coachingMonths()
	for _, width := range []int{80, 120} {
		t.Run(fmt.Sprintf("%d_columns", width), func(t *testing.T) {
			got := Format(Build(recs, nil, book.Date{}, now), width)
			texttest.Fits(t, got, width)
			long := "Theme: what would you like from me as your partner?"
			if cut := !strings.Contains(got, long); cut != (width == 80) {
				t.Errorf("at %d columns the title %q is cut: %v", width, long, cut)
			}
			golden.RequireEqual(t, got)
		})
	}
}

// A record edited by hand cannot stretch the pictures: its times count as
// zero or Longest, and the trends name it.
func TestAbsurdTimesAreClamped(t *testing.T) {
	recs, now := coachingMonths()
	edited := handEdited(time.Date(2026, 11, 19, 17, 0, 0, 0, time.UTC))
	recs = append(recs, edited)
	s := Build(recs, nil, book.Date{}, now)
	if len(s.Clamped) != 1 || s.Clamped[0] != edited.ID {
		t.Errorf("clamped: %v", s.Clamped)
	}
	// Its length counts as three hours: 442:52 and 3:00:00 over nine
	// sessions make 1:09:12.
	if s.Length.Sessions != 9 || s.Length.Longest != Longest || s.Length.Taken != time.Hour+9*time.Minute+12*time.Second {
		t.Errorf("length: %+v", s.Length)
	}
	// Its welcome counts as Longest: 6, 4, 6, 4, 4 minutes and 3 hours
	// make 34 minutes each; its feedback as zero: 4, 3, 3, 3, 3 and 0
	// make 2:40.
	first := s.Scripts[0]
	if w := first.Steps[0]; w.ID != "welcome" || w.Taken != 34*time.Minute {
		t.Errorf("welcome: %+v", w)
	}
	if f := first.Steps[7]; f.ID != "coach-feedback" || f.Taken != 2*time.Minute+40*time.Second {
		t.Errorf("feedback: %+v", f)
	}
	got := Format(s, 80)
	texttest.Fits(t, got, 80)
	for _, want := range []string{
		"  1 record has a time below zero or over 3:00:00, counted as zero or 3:00:00:\n" +
			"  2026-11-19-1700 (partnercoach log show ID shows one).\n",
		" 4:00 → 34:00 ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the trends lack %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "1000:") || strings.Contains(got, "20:00:00") || strings.Contains(got, "-5:00") {
		t.Errorf("a time out of bounds is shown:\n%s", got)
	}
	if edited.Steps[0].Actual != script.Duration(1000*time.Hour) {
		t.Error("the record given was changed")
	}
}
