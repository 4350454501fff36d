package session

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"partnercoach/script"
)

func TestTheClockWaitsForTheCall(t *testing.T) {
	s := New(load(t, "first"), Options{}, base)
	now := at(4 * minute) // the coach opened early to prepare
	if s.Elapsed(now) != 0 || s.Over(now) != 0 || s.Spent("welcome", now) != 0 {
		t.Errorf("before the call: elapsed %v, over %v, spent %v; want all 0",
			s.Elapsed(now), s.Over(now), s.Spent("welcome", now))
	}
	if !s.Started().IsZero() {
		t.Errorf("Started = %v before the call", s.Started())
	}
	if got, want := s.Projected(now), now.Add(50*minute); !got.Equal(want) {
		t.Errorf("Projected = base+%v, want base+%v", got.Sub(base), want.Sub(base))
	}
	// An action that changes nothing does not start the call.
	if evs := s.Apply(Prev{}, at(5*minute)); len(evs) != 0 {
		t.Errorf("Prev at the first step: %s", fmtEvents(evs))
	}
	if _, how := s.CallStarted(); how != CallWaiting {
		t.Errorf("a change of nothing started the call: %v", how)
	}
}

func TestTheCallStarts(t *testing.T) {
	tests := []struct {
		name   string
		a      Action
		want   CallStart
		phrase string
		events []EventKind
	}{
		{"at the first tick", Toggle{Item: 0}, CallAtFirstAction, "at your first key", []EventKind{CallStarted, ItemToggled}},
		{"at the first move", Next{}, CallAtFirstAction, "at your first key", []EventKind{CallStarted, StepEntered}},
		{"at the first note", AddNote{Text: "early"}, CallAtFirstAction, "at your first key", []EventKind{CallStarted, NoteAdded}},
		{"by key", StartCall{}, CallByKey, "by key", []EventKind{CallStarted}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(load(t, "first"), Options{}, base)
			evs := s.Apply(tt.a, at(4*minute))
			var kinds []EventKind
			for _, e := range evs {
				kinds = append(kinds, e.Kind)
			}
			if len(kinds) != len(tt.events) || kinds[0] != tt.events[0] || kinds[len(kinds)-1] != tt.events[len(tt.events)-1] {
				t.Errorf("events %v, want %v", kinds, tt.events)
			}
			when, how := s.CallStarted()
			if !when.Equal(at(4*minute)) || how != tt.want || how.Phrase() != tt.phrase || !s.Started().Equal(when) {
				t.Errorf("CallStarted = base+%v, %v (%q); want base+4m, %v (%q)", when.Sub(base), how, how.Phrase(), tt.want, tt.phrase)
			}
			later := at(9 * minute)
			if s.Elapsed(later) != 5*minute || s.Spent(s.Current().ID, later) != 5*minute {
				t.Errorf("at base+9m: elapsed %v, spent %v; want 5m each", s.Elapsed(later), s.Spent(s.Current().ID, later))
			}
			if evs := s.Apply(StartCall{}, at(6*minute)); len(evs) != 0 {
				t.Errorf("StartCall once started: %s", fmtEvents(evs))
			}
			if when, _ := s.CallStarted(); !when.Equal(at(4 * minute)) {
				t.Errorf("a second start moved the call's start to base+%v", when.Sub(base))
			}
		})
	}
}

func TestEndingDoesNotStartTheCall(t *testing.T) {
	s := New(load(t, "first"), Options{}, base)
	s.Apply(End{}, at(10*minute)) // the newcomer never came
	if _, how := s.CallStarted(); how != CallWaiting {
		t.Errorf("ending started the call: %v", how)
	}
	rec := s.Record("x", Closing{Outcome: NoShow}, at(10*minute))
	if !rec.Started.Equal(rec.Ended) || rec.CallStart != "waiting" || rec.Steps[0].Actual != 0 {
		t.Errorf("record of a call that never started: %v–%v, %q, first step %v",
			rec.Started, rec.Ended, rec.CallStart, rec.Steps[0].Actual)
	}
}

func TestTheCallsStartComesBack(t *testing.T) {
	tests := []struct {
		name string
		a    Action
		want CallStart
	}{
		{"waiting", nil, CallWaiting},
		{"first action", Toggle{Item: 0}, CallAtFirstAction},
		{"by key", StartCall{}, CallByKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(load(t, "first"), Options{}, base)
			if tt.a != nil {
				s.Apply(tt.a, at(3*minute))
			}
			snap := saved(t, s, at(5*minute))
			if snap.CallStart != tt.want.String() {
				t.Errorf("snapshot call_start %q, want %q", snap.CallStart, tt.want)
			}
			back, err := Restore(snap)
			if err != nil {
				t.Fatal(err)
			}
			w1, h1 := s.CallStarted()
			w2, h2 := back.CallStarted()
			if !w1.Equal(w2) || h1 != h2 || back.Elapsed(at(6*minute)) != s.Elapsed(at(6*minute)) {
				t.Errorf("restored call %v, %v; want %v, %v", w2, h2, w1, h1)
			}
			if tt.want == CallWaiting {
				// A waiting session still starts its call at the first change.
				back.Apply(Next{}, at(7*minute))
				if w, h := back.CallStarted(); !w.Equal(at(7*minute)) || h != CallAtFirstAction {
					t.Errorf("restored waiting session started its call at base+%v, %v", w.Sub(base), h)
				}
			}
		})
	}
}

func TestRestoreRefusesAnUnknownCallStart(t *testing.T) {
	snap := saved(t, New(load(t, "first"), Options{}, base), base)
	snap.CallStart = "whenever"
	if _, err := Restore(snap); err == nil {
		t.Errorf("Restore took call_start %q", snap.CallStart)
	}
}

// loadFixture reads a JSON file of testdata into v.
func loadFixture(t *testing.T, name string, v any) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b
}

// An autosave of the version before the call's clock, Undo and turns
// that pause when left: its clock started when the program opened, and
// its coach's turn ran on while the coach was two steps further on.
func TestOldAutosaveComesBack(t *testing.T) {
	var snap Snapshot
	loadFixture(t, "autosave-v1.json", &snap)
	s, err := Restore(snap)
	if err != nil {
		t.Fatal(err)
	}
	if when, how := s.CallStarted(); !when.Equal(base) || how != CallAtOpen || how.Phrase() != "when the program opened" {
		t.Errorf("CallStarted = %v, %v; want %v, CallAtOpen", when, how, base)
	}
	if s.Current().ID != "three-questions" {
		t.Fatalf("current step %q", s.Current().ID)
	}
	// The coach's turn is paused as the coach entered the current step,
	// at 7:20: it had run from 3:10 with a minute added.
	tu := s.Turn("coach-turn")
	if tu.Running() || tu.Left(at(time.Hour)) != 11*minute+50*second {
		t.Errorf("coach's turn: running %v, left %v; want paused, 11:50 left", tu.Running(), tu.Left(at(time.Hour)))
	}
	rec := s.Record("x", Closing{Outcome: Held}, at(time.Hour))
	for _, st := range rec.Steps {
		if st.ID == "coach-turn" && st.Turn.Used != script.Duration(4*minute+10*second) {
			t.Errorf("coach's turn used %v, want 4m10s", st.Turn.Used)
		}
	}
	if rec.CallStart != "open" || !rec.Started.Equal(base) {
		t.Errorf("record: call start %q at %v", rec.CallStart, rec.Started)
	}
	if a, _ := s.Answer("three-questions", 1); a != "3 minutes" || len(s.Notes()) != 2 || len(s.Marks()) != 1 {
		t.Errorf("answer %q, %d notes, %d marks", a, len(s.Notes()), len(s.Marks()))
	}
}

// A record of the format-1 version reads and writes back unchanged: the
// fields added since are left out when empty.
func TestOldRecordReadsAndWritesTheSame(t *testing.T) {
	var rec Record
	b := loadFixture(t, "record-v1.json", &rec)
	if rec.CallStart != "" || rec.Format != RecordFormat || len(rec.Steps) != 10 {
		t.Fatalf("record %+v", rec)
	}
	again, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if string(again)+"\n" != string(b) {
		t.Errorf("written back differently:\n%s", again)
	}
}
