package review

import (
	"partnercoach/internal/texttest"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/script"
	"partnercoach/session"
)

// dur is a script duration of minutes and seconds.
func dur(min, sec int) script.Duration {
	return script.Duration(time.Duration(min)*time.Minute + time.Duration(sec)*time.Second)
}

// firstSession is a first session whose instructions ran 3 minutes over
// and whose coach's turn ran over its length.
func firstSession() session.Record {
	start := time.Date(2026, 11, 22, 15, 0, 0, 0, time.UTC)
	return session.Record{
		ID: "2026-11-22-1500", Script: "first", Started: start, Ended: start.Add(55 * time.Minute), Outcome: session.Held,
		Steps: []session.StepRecord{
			{ID: "welcome", Title: "Welcome", Planned: dur(5, 0), Actual: dur(6, 12)},
			{ID: "instructions", Title: "Go over the self-guiding instructions", Planned: dur(5, 0), Actual: dur(8, 0)},
			{ID: "order", Title: "Who goes first", Planned: dur(2, 0), Actual: dur(1, 0)},
			{ID: "coach-turn", Title: "My turn", Planned: dur(15, 0), Actual: dur(16, 30),
				Turn: &session.TurnRecord{Name: "Coach's turn", Length: dur(15, 0), Used: dur(16, 30)}},
			{ID: "feedback", Title: "Feedback", Planned: dur(5, 0), Actual: dur(5, 0)},
			{ID: "newcomer-turn", Title: "Newcomer's turn\x1b[31m", Planned: dur(15, 0), Actual: dur(14, 10),
				Turn: &session.TurnRecord{Name: "Newcomer's turn", Length: dur(15, 0), Used: dur(14, 10)}},
			{ID: "note", Title: "A step without time"},
		},
	}
}

func TestPictureAt80Columns(t *testing.T) {
	got := Picture(firstSession(), 80)
	texttest.Fits(t, got, 80)
	texttest.Plain(t, got)
	golden.RequireEqual(t, got)
}

// In a wide terminal the titles are written out in full, and the bars
// keep room enough to read.
func TestPictureAt120ColumnsKeepsTheTitles(t *testing.T) {
	got := Picture(firstSession(), 120)
	if !strings.Contains(got, "Go over the self-guiding instructions  5:00 →") {
		t.Errorf("a title was cut:\n%s", got)
	}
	texttest.Fits(t, got, 120)
	golden.RequireEqual(t, got)
}

func TestBar(t *testing.T) {
	tests := []struct {
		planned, actual time.Duration
		want            string
	}{
		{5 * time.Minute, 5 * time.Minute, "█████"},
		{5 * time.Minute, 7 * time.Minute, "█████▓▓"},
		{5 * time.Minute, 2 * time.Minute, "██░░░"},
		{0, 2 * time.Minute, "▓▓"},
		{2 * time.Minute, 0, "░░"},
		{time.Minute, 10 * time.Second, "█"},
	}
	for _, tc := range tests {
		if got := Bar(tc.planned, tc.actual, time.Minute); got != tc.want {
			t.Errorf("Bar(%v, %v) = %q, want %q", tc.planned, tc.actual, got, tc.want)
		}
	}
}

func TestScaleFits(t *testing.T) {
	for _, longest := range []time.Duration{10 * time.Second, 7 * time.Minute, 15 * time.Minute, 50 * time.Minute, 3 * time.Hour, 30 * time.Hour} {
		s := Scale(longest, 31)
		if cells(longest, s) > 31 {
			t.Errorf("%v at %v takes %d cells", longest, s, cells(longest, s))
		}
	}
}

func TestMinSecAndDiff(t *testing.T) {
	if got := MinSec(time.Hour + 2*time.Minute + 3*time.Second); got != "1:02:03" {
		t.Errorf("MinSec = %q", got)
	}
	if got := Diff(5*time.Minute, 6*time.Minute+12*time.Second); got != "+1:12" {
		t.Errorf("Diff over = %q", got)
	}
	if got := Diff(2*time.Minute, time.Minute); got != "-1:00" {
		t.Errorf("Diff under = %q", got)
	}
	if got := Diff(time.Minute, time.Minute); got != "" {
		t.Errorf("Diff on time = %q", got)
	}
}

func TestWords(t *testing.T) {
	got := strings.Join(Words(firstSession()), "\n")
	want := `1. Welcome: planned 5:00, took 6:12, 1:12 over.
2. Go over the self-guiding instructions: planned 5:00, took 8:00, 3:00 over.
3. Who goes first: planned 2:00, took 1:00, 1:00 under.
4. My turn: planned 15:00, took 16:30, 1:30 over; the coach's turn ran over by 1:30.
5. Feedback: planned 5:00, took 5:00, on time.
6. Newcomer's turn\x1b[31m: planned 15:00, took 14:10, 0:50 under.`
	if got != want {
		t.Errorf("Words:\n%s\nwant:\n%s", got, want)
	}
}

// TestWarningsInThePicture: a turn whose warning came says how far into
// it, under its step in the picture and in its sentence in words, whether
// or not it also ran over; a record that does not know says nothing of it.
func TestWarningsInThePicture(t *testing.T) {
	rec := firstSession()
	rec.Steps[3].Turn.WarnedAt = dur(13, 0)  // the coach's turn, which ran over
	rec.Steps[5].Turn.WarnedAt = dur(12, 30) // the newcomer's, which did not
	pic := Picture(rec, 80)
	for _, want := range []string{
		"      Coach's turn ran over by 1:30 (length 15:00); warned 13:00 into it\n",
		"      Newcomer's turn: warned 12:30 into it (length 15:00)\n",
	} {
		if !strings.Contains(pic, want) {
			t.Errorf("the picture lacks %q:\n%s", want, pic)
		}
	}
	texttest.Fits(t, Picture(rec, 60), 60)
	words := strings.Join(Words(rec), "\n")
	for _, want := range []string{
		"; the coach's turn ran over by 1:30; the warning of the coach's turn came 13:00 into it.",
		"0:50 under; the warning of the newcomer's turn came 12:30 into it.",
	} {
		if !strings.Contains(words, want) {
			t.Errorf("the words lack %q:\n%s", want, words)
		}
	}
	if old := Picture(firstSession(), 80); strings.Contains(old, "warning") || strings.Contains(strings.Join(Words(firstSession()), " "), "warning") {
		t.Errorf("a record that does not know when the warning came speaks of it:\n%s", old)
	}
}
