package session

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"partnercoach/script"
)

// timedAction is an action and the time it is taken at.
type timedAction struct {
	at time.Duration
	a  Action
}

// followupRun is a stretch of a follow-up session touching every kind of
// state a snapshot keeps.
var followupRun = []timedAction{
	{10 * second, Toggle{Item: 0}},
	{20 * second, AddNote{Text: "slept badly, wants a short turn"}},
	{1 * minute, Next{}},
	{2 * minute, Next{}},
	{2*minute + 5*second, Choose{Option: 1}}, // the coach focuses first
	{3 * minute, Next{}},
	{3*minute + 10*second, StartPause{}},
	{3*minute + 20*second, MarkMoment{}},
	{6 * minute, Extend{By: time.Minute}},
	{7 * minute, Next{}}, // the coach's turn keeps running
	{7*minute + 20*second, Next{}},
	{7*minute + 30*second, Answer{Item: 1, Minutes: 3}},
	{7*minute + 40*second, AddNote{Text: "second note"}},
}

// saved returns the session's snapshot at now, through JSON.
func saved(t *testing.T, s *Session, now time.Time) Snapshot {
	t.Helper()
	snap := s.Snapshot(now)
	b, err := json.Marshal(snap)
	if err != nil {
		t.Fatal(err)
	}
	var back Snapshot
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	return back
}

// sameJSON fails unless two values encode to the same JSON.
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Fatalf("%s differs:\n got %s\nwant %s", what, g, w)
	}
}

func TestRestoreAfterEveryActionCarriesOnTheSame(t *testing.T) {
	for n := range len(followupRun) + 1 {
		orig := start(t, "followup")
		for _, ta := range followupRun[:n] {
			orig.Apply(ta.a, at(ta.at))
		}
		crash := at(8 * minute)
		back, err := Restore(saved(t, orig, crash))
		if err != nil {
			t.Fatalf("after %d actions: %v", n, err)
		}
		sameJSON(t, "snapshot", saved(t, back, crash), saved(t, orig, crash))
		// Both go on alike: the same events, the same time left.
		for _, d := range []time.Duration{9 * minute, 15 * minute, 30 * minute} {
			wantEvents(t, "events after restore", back.Advance(at(d)), orig.Advance(at(d)))
			sameJSON(t, "snapshot later", saved(t, back, at(d)), saved(t, orig, at(d)))
		}
	}
}

func TestRestoredRunningTurnKeptGoingWhileDown(t *testing.T) {
	s := start(t, "first")
	goTo(t, s, "coach-turn", at(0))
	s.Apply(StartPause{}, at(time.Minute))
	snap := saved(t, s, at(2*time.Minute))
	back, err := Restore(snap)
	if err != nil {
		t.Fatal(err)
	}
	// The program was down from minute 2 to minute 3.
	if left := back.Turn("coach-turn").Left(at(3 * time.Minute)); left != 13*time.Minute {
		t.Fatalf("left %v after the restart, want 13m", left)
	}
	if back.Current().ID != "coach-turn" || back.Options().Newcomer != newcomerName {
		t.Fatalf("restored at %q for %q", back.Current().ID, back.Options().Newcomer)
	}
}

func TestRestoreRefusesASnapshotThatDoesNotFit(t *testing.T) {
	s := start(t, "followup")
	s.Apply(Toggle{Item: 0}, at(0))
	good := saved(t, s, at(time.Minute))
	two := 7
	tests := []struct {
		name string
		edit func(*Snapshot)
		want string
	}{
		{"format", func(p *Snapshot) { p.Format = 9 }, "format 9"},
		{"script", func(p *Snapshot) { p.Source = "name: [" }, "the saved script"},
		{"order length", func(p *Snapshot) { p.Order = p.Order[1:] }, "saved order has 9 steps"},
		{"order twice", func(p *Snapshot) { p.Order[1] = p.Order[0] }, "named twice"},
		{"position", func(p *Snapshot) { p.Pos = 10 }, "position 11"},
		{"unknown step", func(p *Snapshot) { p.Steps["nope"] = StepState{} }, "step nope"},
		{"checks", func(p *Snapshot) { p.Steps["theme"] = StepState{Checks: []bool{true}} }, "1 check is saved for a checklist of 2 items"},
		{"choice", func(p *Snapshot) {
			ss := p.Steps["who-first"]
			ss.Chosen = &two
			p.Steps["who-first"] = ss
		}, "saved choice 8"},
		{"turn missing", func(p *Snapshot) {
			ss := p.Steps["coach-turn"]
			ss.Turn = nil
			p.Steps["coach-turn"] = ss
		}, "saved turn does not match"},
	}
	for _, tc := range tests {
		snap := saved(t, s, at(time.Minute))
		tc.edit(&snap)
		if _, err := Restore(snap); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	if _, err := Restore(good); err != nil {
		t.Fatalf("the unedited snapshot: %v", err)
	}
}

func TestNotesAndMarks(t *testing.T) {
	s := start(t, "first")
	if evs := s.Apply(AddNote{Text: "   "}, at(0)); len(evs) != 0 || len(s.Notes()) != 0 {
		t.Fatalf("a blank note was kept: %v", s.Notes())
	}
	s.Apply(AddNote{Text: " likes the body card "}, at(time.Second))
	s.Apply(Next{}, at(time.Minute))
	s.Apply(MarkMoment{}, at(2*time.Minute))
	notes, marks := s.Notes(), s.Marks()
	if len(notes) != 1 || notes[0].Text != "likes the body card" || notes[0].Step != "welcome" {
		t.Fatalf("notes %+v", notes)
	}
	if len(marks) != 1 || marks[0].Step != "privacy" || !marks[0].At.Equal(at(2*time.Minute)) {
		t.Fatalf("marks %+v", marks)
	}
	if !s.UnderWay() {
		t.Fatal("a note did not put the session under way")
	}
}

// BenchmarkSnapshot measures taking a snapshot, which the interface does
// on its update loop after every change (the writing happens off it).
func BenchmarkSnapshot(b *testing.B) {
	s := New(load(b, "followup"), Options{Newcomer: newcomerName}, base)
	for _, ta := range followupRun {
		s.Apply(ta.a, at(ta.at))
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s.Snapshot(at(9 * time.Minute))
	}
}

func TestEndedSessionAndDraftsComeBack(t *testing.T) {
	s := start(t, "first")
	s.Apply(Next{}, at(time.Minute))
	s.SetNoteDraft("half a tho")
	if evs := s.Apply(End{}, at(3*time.Minute)); len(evs) != 1 || evs[0].Kind != SessionEnded {
		t.Fatalf("End gave %v", evs)
	}
	if evs := s.Apply(End{}, at(4*time.Minute)); len(evs) != 0 {
		t.Fatal("a second End moved the end")
	}
	s.SetLogAnswers(Closing{Outcome: NoShow, Summary: "they did not call"})
	back, err := Restore(saved(t, s, at(5*time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
	ended, ok := back.Ended()
	draft, has := back.LogAnswers()
	if !ok || !ended.Equal(at(3*time.Minute)) || !has || draft.Outcome != NoShow ||
		draft.Summary != "they did not call" || back.NoteDraft() != "half a tho" {
		t.Fatalf("ended %v %v, draft %+v %v, note %q", ended, ok, draft, has, back.NoteDraft())
	}
	// The time on the step stops at the end.
	if got := back.Spent("privacy", at(30*time.Minute)); got != 2*time.Minute {
		t.Fatalf("spent %v on the step after the end, want 2m", got)
	}
}

func TestRehearsalClockComesBack(t *testing.T) {
	origin := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	sc := start(t, "first")
	plain, err := Restore(saved(t, sc, at(time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
	if plain.Options().Rehearsal.On() {
		t.Fatal("a session in real time came back as a rehearsal")
	}
	sc.opts.Rehearsal = Rehearsal{Speed: 60, Origin: origin}
	back, err := Restore(saved(t, sc, at(time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
	r := back.Options().Rehearsal
	if !r.On() || r.Speed != 60 || !r.Origin.Equal(origin) {
		t.Fatalf("rehearsal came back as %+v", r)
	}
}

// TestPartnersComeBack: the partners' names of a peer session are in its
// autosave and come back with it; a session with none saves none.
func TestPartnersComeBack(t *testing.T) {
	sc := start(t, "partnership")
	if snap := saved(t, sc, at(time.Minute)); snap.Partners != nil {
		t.Fatalf("no names saved as %+v", snap.Partners)
	}
	sc.opts.Partners = Partners{Me: "Sam", Partner: "Alex"}
	back, err := Restore(saved(t, sc, at(time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
	if p := back.Options().Partners; p != sc.opts.Partners {
		t.Fatalf("partners came back as %+v", p)
	}
}

// trickyScript is a script whose texts a careless YAML writer would have
// changed: quotes, a comment sign, a key, yes and a number, spaces at the
// ends, a hidden character and a card of several lines.
const trickyScript = `name: tricky
title: "yes"
summary: |
  Two lines,
    the second indented.
length: 10m
steps:
  - id: "007"
    title: '# not a comment: "quoted" \\ back'
    time: 10m
    points:
      - "  spaced out  "
      - "no"
      - "- a dash \u200e and a mark"
    cards: [own]
cards:
  - id: own
    title: "~"
    text: "first\n\n- second: 1e3\n"
`

// TestRestoreKeepsTheScriptAsItWas saves sessions of each built-in script
// and of trickyScript through JSON and restores them: each comes back with
// the very script it ran.
func TestRestoreKeepsTheScriptAsItWas(t *testing.T) {
	tricky, err := script.Load("tricky.yaml", []byte(trickyScript))
	if err != nil {
		t.Fatal(err)
	}
	scripts := []*script.Script{tricky}
	for _, name := range script.BuiltinNames() {
		scripts = append(scripts, load(t, name))
	}
	for _, sc := range scripts {
		back, err := Restore(saved(t, New(sc, Options{}, base), at(time.Minute)))
		if err != nil {
			t.Fatalf("%s: %v", sc.Name, err)
		}
		if !reflect.DeepEqual(back.Script(), sc) {
			t.Errorf("%s: restored script\n got %#v\nwant %#v", sc.Name, back.Script(), sc)
		}
	}
	st := tricky.Steps[0]
	if tricky.Title != "yes" || st.ID != "007" || st.Title != `# not a comment: "quoted" \\ back` ||
		st.Points[0] != "  spaced out  " || st.Points[2] != "- a dash \u200e and a mark" ||
		tricky.Cards[0].Title != "~" || tricky.Cards[0].Text != "first\n\n- second: 1e3\n" {
		t.Errorf("the tricky script read as %#v", tricky)
	}
}
