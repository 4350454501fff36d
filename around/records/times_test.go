package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/problem"
	"partnercoach/script"
	"partnercoach/session"
)

func TestARecordWhoseClockMovedBackIsSavedWithItsTimesPutRight(t *testing.T) {
	useTempData(t)
	r := fullRecord("r1")
	// The clock went back an hour during the session.
	r.Ended = r.Started.Add(-time.Hour + 10*time.Minute)
	if err := Save(r); err != nil {
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
	start := at(15, 0, 0)
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

// editedAutosave writes an autosave of a live session with a running
// turn, with edit applied to its JSON, and returns the time it was saved.
func editedAutosave(t *testing.T, edit func(snap map[string]any, turn map[string]any)) time.Time {
	t.Helper()
	privateState(t)
	now := time.Now().Round(0)
	snap := snapshot(t, liveSession(t, now), now)
	data, _ := json.Marshal(snap)
	var m map[string]any
	json.Unmarshal(data, &m)
	var turn map[string]any
	for _, st := range m["steps"].(map[string]any) {
		if tr, ok := st.(map[string]any)["turn"].(map[string]any); ok {
			turn = tr
			break
		}
	}
	if turn == nil {
		t.Fatal("the session has no turn")
	}
	turn["started"], turn["running"] = true, true
	turn["deadline"] = now.Add(10 * time.Minute).Format(time.RFC3339Nano)
	edit(m, turn)
	out, _ := json.MarshalIndent(m, "", "  ")
	os.MkdirAll(filepath.Dir(LivePath()), 0o700)
	if err := os.WriteFile(LivePath(), out, 0o600); err != nil {
		t.Fatal(err)
	}
	return now
}

func TestAbsurdAutosaveTimesAreSetAside(t *testing.T) {
	tests := []struct {
		name string
		edit func(snap, turn map[string]any)
		want string
	}{
		{"deadline in 9999", func(_, turn map[string]any) { turn["deadline"] = "9999-12-31T00:00:00Z" },
			"deadline is 9999-12-31T00:00:00Z: expected a time from the year 1970 to 2199"},
		{"deadline in year 1", func(_, turn map[string]any) { turn["deadline"] = "0001-01-01T00:00:00+01:00" },
			"deadline is 0001-01-01T00:00:00+01:00: expected a time from the year 1970 to 2199"},
		// The zero time itself is named as the file holds it, not as missing.
		{"deadline the zero time", func(_, turn map[string]any) { turn["deadline"] = "0001-01-01T00:00:00Z" },
			".turn.deadline is 0001-01-01T00:00:00Z, the zero time: expected a time from the year 1970 to 2199"},
		{"no deadline", func(_, turn map[string]any) { delete(turn, "deadline") }, ".turn is running but has no deadline"},
		{"started in year 1", func(snap, _ map[string]any) { snap["started"] = "0001-01-01T00:00:00+01:00" },
			"started is 0001-01-01T00:00:00+01:00"},
		{"started zero", func(snap, _ map[string]any) { snap["started"] = "0001-01-01T00:00:00Z" },
			"started is missing or the zero time"},
		{"saved in 9999", func(snap, _ map[string]any) { snap["saved"] = "9999-01-01T00:00:00Z" },
			"saved is 9999-01-01T00:00:00Z"},
		{"position past the end", func(snap, _ map[string]any) { snap["pos"] = 99 },
			"pos is 99: expected a place in order, from 0 to "},
		{"negative position", func(snap, _ map[string]any) { snap["pos"] = -1 },
			"pos is -1: expected a place in order, from 0 to "},
		{"negative number", func(snap, _ map[string]any) { snap["session_number"] = -2 },
			"session_number is -2"},
		{"turn of no length", func(_, turn map[string]any) { turn["length"] = 0 },
			".turn.length is 0s"},
		{"a sound autosave", func(snap, _ map[string]any) { snap["newcomer"] = "AB" }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			editedAutosave(t, tc.edit)
			u, err := LoadLive()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("a sound autosave was refused: %v", err)
				}
				return
			}
			if u != nil || err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "moved aside to") {
				t.Fatalf("LoadLive: %v, want %q and moved aside", err, tc.want)
			}
			if strings.Contains(err.Error(), ":0:0:") || !strings.Contains(err.Error(), "session.json:") {
				t.Errorf("the message has no place in the file: %v", err)
			}
		})
	}
}

func TestAnAutosaveWithAKeyTwiceIsSetAside(t *testing.T) {
	editedAutosave(t, func(map[string]any, map[string]any) {})
	data, _ := os.ReadFile(LivePath())
	os.WriteFile(LivePath(), []byte(strings.Replace(string(data), `"pos":`, `"pos": 0, "pos":`, 1)), 0o600)
	if _, err := LoadLive(); err == nil || !strings.Contains(err.Error(), `"pos" is given twice`) {
		t.Fatalf("LoadLive: %v", err)
	}
}

func TestAPositionIsNamedAsTheFileHoldsIt(t *testing.T) {
	editedAutosave(t, func(snap, _ map[string]any) { snap["pos"] = 99 })
	_, err := LoadLive()
	data, _ := os.ReadFile(mustGlob(t, LivePath()+".damaged-*"))
	n := len(strings.Split(string(data), `"pos"`)[0])
	line, col := problem.Position(data, n)
	want := LivePath() + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": pos is 99"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}

func TestARunningTurnsDeadlineIsClampedToItsLength(t *testing.T) {
	var length time.Duration
	now := editedAutosave(t, func(_, turn map[string]any) {
		length = time.Duration(turn["length"].(float64))
		turn["deadline"] = time.Now().Add(75 * time.Minute).Format(time.RFC3339Nano)
	})
	u, err := LoadLive()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range u.Session.Script().Steps {
		if tr := u.Session.Turn(st.ID); tr != nil && tr.Started() { // running, or paused when on another step
			if left := tr.Left(now); left > length {
				t.Fatalf("time left %v after loading, more than the turn's %v", left, length)
			}
			return
		}
	}
	t.Fatal("no started turn after loading")
}

func mustGlob(t *testing.T, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(pattern)
	if len(m) != 1 {
		t.Fatalf("%s: %v", pattern, m)
	}
	return m[0]
}

func TestAbsurdLengthsAreBoundedAndSaid(t *testing.T) {
	useTempData(t)
	path := writeRaw(t, "r1.json", `{
  "format": 1,
  "id": "r1",
  "script": "first",
  "started": "2026-11-22T15:00:00Z",
  "ended": "2026-11-22T15:50:00Z",
  "outcome": "held",
  "steps": [
    {"id": "a", "title": "A", "planned": "5m", "actual": "2562047h"},
    {"id": "b", "title": "B", "planned": "2562047h", "actual": "1m",
     "turn": {"name": "T", "length": "-5m", "used": "2562047h"}}
  ]
}
`)
	rec, notes, err := Load("r1")
	if err != nil {
		t.Fatal(err)
	}
	day := script.Duration(24 * time.Hour)
	if s := rec.Steps; s[0].Actual != day || s[1].Planned != day || s[1].Turn.Length != 0 || s[1].Turn.Used != day {
		t.Errorf("read as %+v, %+v", s[0], *s[1].Turn)
	}
	want := []string{
		path + ":9:48: steps[0].actual is 2562047h: a step or a turn lasts at most 24h; it is read as 24h",
		path + ":10:31: steps[1].planned is 2562047h: a step or a turn lasts at most 24h; it is read as 24h",
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
	if _, problems := List(); len(problems) != 4 || problems[0].MovedTo != "" {
		t.Errorf("List: %v", problems)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the record was moved: %v", err)
	}
}
