package records

import (
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"

	"os"
	"strings"
	"testing"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

func TestARecordWhoseClockMovedBackIsSavedWithItsTimesPutRight(t *testing.T) {
	filetest.PrivateData(t)
	r := recordtest.Full("r1")
	// The clock went back an hour during the session.
	r.Ended = r.Started.Add(-time.Hour + 10*time.Minute)
	if _, err := Save(r); err != nil {
		t.Fatalf("Save refused a record whose clock moved: %v", err)
	}
	got, _, err := Load("r1")
	if err != nil {
		t.Fatal(err)
	}
	var spent time.Duration
	for _, s := range r.Steps {
		spent += s.Actual.D()
	}
	if !got.Ended.Equal(r.Started.Add(spent)) {
		t.Errorf("ended %v, want the start plus the steps' time %v", got.Ended, r.Started.Add(spent))
	}
	if !strings.HasPrefix(got.Summary, r.Summary+"\n\n(partnercoach: the clock moved during the session") ||
		!strings.Contains(got.Summary, "23 min 42 s") {
		t.Errorf("the summary does not say what was changed: %q", got.Summary)
	}
}

func TestSettleTimes(t *testing.T) {
	start := recordtest.At(15, 0, 0)
	steps := []session.StepRecord{
		{ID: "a", Actual: script.Duration(5 * time.Minute)},
		{ID: "b", Actual: script.Duration(-time.Minute), Turn: &session.TurnRecord{Used: script.Duration(-time.Second)}},
	}
	tests := []struct {
		name  string
		ended time.Time
		want  time.Time
		said  bool
	}{
		{"in order", start.Add(50 * time.Minute), start.Add(50 * time.Minute), true},
		{"not recorded", time.Time{}, time.Time{}, true},
		{"back an hour", start.Add(-time.Hour), start.Add(5 * time.Minute), true},
		{"a day and more", start.Add(25 * time.Hour), start.Add(5 * time.Minute), true},
		{"year 9999", time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), start.Add(5 * time.Minute), true},
	}
	for _, tc := range tests {
		r := session.Record{Started: start, Ended: tc.ended, Steps: steps}
		got, said := settleTimes(r)
		if !got.Ended.Equal(tc.want) || (said != "") != tc.said {
			t.Errorf("%s: ended %v (%q), want %v", tc.name, got.Ended, said, tc.want)
		}
		if got.Steps[1].Actual != 0 || got.Steps[1].Turn.Used != 0 || steps[1].Actual >= 0 || steps[1].Turn.Used >= 0 {
			t.Errorf("%s: negative times kept, or the caller's record changed: %+v", tc.name, got.Steps[1])
		}
	}
}

func TestHuman(t *testing.T) {
	for d, want := range map[time.Duration]string{
		2224167324 * time.Nanosecond:              "2 s",
		2*time.Minute + 13*time.Second:            "2 min 13 s",
		2*time.Minute + 13400*time.Millisecond:    "2 min 13 s",
		50 * time.Minute:                          "50 min",
		time.Hour + 5*time.Minute + 9*time.Second: "1 h 5 min",
		2 * time.Hour:                             "2 h",
		0:                                         "0 s",
		-time.Minute:                              "0 s",
	} {
		if got := Human(d); got != want {
			t.Errorf("Human(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestAbsurdLengthsAreBoundedAndSaid(t *testing.T) {
	filetest.PrivateData(t)
	path := recordtest.WriteIn(t, Dir(), "r1.json", `{
  "format": 1,
  "id": "r1",
  "script": "first",
  "started": "2026-11-22T15:00:00Z",
  "ended": "2026-11-22T15:50:00Z",
  "outcome": "held",
  "steps": [
    {"id": "a", "title": "A", "planned": "5m", "actual": "2562047h"},
    {"id": "b", "title": "B", "planned": "2562047h", "set": "-1m", "actual": "1m",
     "turn": {"name": "T", "length": "-5m", "used": "2562047h"}}
  ]
}
`)
	rec, notes, err := Load("r1")
	if err != nil {
		t.Fatal(err)
	}
	day := script.Duration(24 * time.Hour)
	if s := rec.Steps; s[0].Actual != day || s[1].Planned != day || s[1].Set != 0 || s[1].Turn.Length != 0 || s[1].Turn.Used != day {
		t.Errorf("read as %+v, %+v", s[0], *s[1].Turn)
	}
	want := []string{
		path + ":9:48: steps[0].actual is 2562047h: a step or a turn lasts at most 24h; it is read as 24h",
		path + ":10:31: steps[1].planned is 2562047h: a step or a turn lasts at most 24h; it is read as 24h",
		path + ":10:54: steps[1].set is -1m: expected a length of time of zero or more; it is read as 0s",
		path + ":11:28: steps[1].turn.length is -5m: expected a length of time of zero or more; it is read as 0s",
		path + ":11:45: steps[1].turn.used is 2562047h: a step or a turn lasts at most 24h; it is read as 24h",
	}
	var got []string
	for _, n := range notes {
		got = append(got, n.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, problems := List(); len(problems) != 5 || problems[0].MovedTo != "" {
		t.Errorf("List: %v", problems)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the record was moved: %v", err)
	}
}
