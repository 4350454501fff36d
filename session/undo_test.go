package session

import (
	"encoding/json"
	"testing"
	"time"
)

// stateJSON is the session's state as its snapshot holds it, without the
// instant of saving and the instants the turns last changed, which
// undoing a change of length or warning moves to the undo.
func stateJSON(t *testing.T, s *Session, now time.Time) string {
	t.Helper()
	snap := saved(t, s, now)
	snap.Saved = time.Time{}
	for id, ss := range snap.Steps {
		if ss.Turn != nil {
			ss.Turn.Changed = time.Time{}
			snap.Steps[id] = ss
		}
	}
	b, err := json.Marshal(snap)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// undoRun touches every kind of change, in a follow-up session whose
// clock waits for the call, with no alert falling due between the
// changes and their undoing (a pause is reminded of after
// timer.PauseRemind: the one pause is short and late).
var undoRun = []timedAction{
	{10 * second, Toggle{Item: 0}}, // starts the call
	{20 * second, AddNote{Text: "slept badly"}},
	{30 * second, Toggle{Item: 0}},
	{1 * minute, Next{}},
	{2 * minute, Next{}},
	{2*minute + 5*second, Choose{Option: 1}}, // the coach focuses first
	{3 * minute, Next{}},
	{3*minute + 5*second, Answer{Item: 1, Text: "Say back my key words"}},
	{3*minute + 10*second, StartPause{}},
	{3*minute + 20*second, MarkMoment{}},
	{4 * minute, Extend{By: time.Minute}},
	{4*minute + 10*second, Extend{By: -2 * time.Minute}},
	{5*minute + 50*second, StartPause{}}, // paused
	{5*minute + 55*second, StartPause{}},
	{6 * minute, Restart{}},
	{6*minute + 10*second, StartPause{}},
	{7 * minute, Next{}}, // ends the coach's turn
	{7*minute + 20*second, Next{}},
	{7*minute + 30*second, Answer{Item: 1, Minutes: 3}},
	{7*minute + 35*second, Answer{Item: 2, Text: "Just keep me company"}},
	{7*minute + 40*second, AddNote{Text: "second note"}},
	{8 * minute, End{}},
}

func TestUndoGoesBackThroughEveryChange(t *testing.T) {
	s := New(load(t, "followup"), Options{Newcomer: newcomerName}, base)
	states := []string{stateJSON(t, s, base)}
	for _, ta := range undoRun {
		if len(s.Apply(ta.a, at(ta.at))) == 0 {
			t.Fatalf("%T at %v changed nothing", ta.a, ta.at)
		}
		states = append(states, stateJSON(t, s, at(ta.at)))
	}
	now := at(8*minute + 30*second)
	for i := len(undoRun) - 1; i >= 0; i-- {
		evs := s.Apply(Undo{}, now)
		if len(evs) != 1 || evs[0].Kind != Undone || evs[0].Undid == "" {
			t.Fatalf("undo of %T: events %s", undoRun[i].a, fmtEvents(evs))
		}
		if got := stateJSON(t, s, now); got != states[i] {
			t.Fatalf("after undoing %T (%s):\n got %s\nwant %s", undoRun[i].a, evs[0].Undid, got, states[i])
		}
	}
	if evs := s.Apply(Undo{}, now); len(evs) != 0 {
		t.Errorf("undo with nothing left: %s", fmtEvents(evs))
	}
	if _, ok := s.CanUndo(); ok || s.UnderWay() {
		t.Errorf("CanUndo or UnderWay after undoing everything")
	}
	if _, how := s.CallStarted(); how != CallWaiting {
		t.Errorf("the call is %v after undoing the change that started it", how)
	}
}

func TestUndoSaysWhatItUndid(t *testing.T) {
	tests := []struct {
		name   string
		script string
		to     string // the step to go to first
		prep   []Action
		a      Action
		want   string
	}{
		{"tick", "first", "coach-turn", nil, Toggle{Item: 0}, "ticked 'Self-guided out loud'"},
		{"untick", "first", "coach-turn", []Action{Toggle{Item: 0}}, Toggle{Item: 0}, "unticked 'Self-guided out loud'"},
		{"next", "first", "welcome", nil, Next{}, "moved to 'Confidentiality and what to share'"},
		{"prev", "first", "privacy", nil, Prev{}, "moved to 'Welcome and introductions'"},
		{"next from a running turn", "first", "coach-turn", []Action{StartPause{}}, Next{},
			"moved to 'Feedback on my turn' (ending the coach's turn)"},
		{"start", "first", "coach-turn", nil, StartPause{}, "started the coach's turn"},
		{"pause", "first", "coach-turn", []Action{StartPause{}}, StartPause{}, "paused the coach's turn"},
		{"resume", "first", "coach-turn", []Action{StartPause{}, StartPause{}}, StartPause{}, "resumed the coach's turn"},
		{"add", "first", "coach-turn", nil, Extend{By: time.Minute}, "added 1 minute to the coach's turn"},
		{"take off", "first", "coach-turn", nil, Extend{By: -2 * time.Minute}, "took 2 minutes off the coach's turn"},
		{"add seconds", "first", "coach-turn", nil, Extend{By: 30 * time.Second}, "added 30 seconds to the coach's turn"},
		{"restart", "first", "coach-turn", []Action{StartPause{}}, Restart{}, "restarted the coach's turn"},
		{"choose", "first", "who-first", nil, Choose{Option: 1}, "chose 'Newcomer focuses first, coach guides'"},
		{"minutes", "followup", "three-questions", nil, Answer{Item: 1, Minutes: 3},
			"answered 'How many minutes signal would you like before the end?': 3 minutes"},
		{"text", "followup", "three-questions", nil, Answer{Item: 2, Text: "Keep me company"},
			"answered 'What would you like from me as your partner?': Keep me company"},
		{"note", "first", "welcome", nil, AddNote{Text: "she needs pacing. Expect more of this in her turn, surely"},
			"added the note 'she needs pacing. Expect more of this i…'"},
		{"mark", "first", "welcome", nil, MarkMoment{}, "marked a partnering moment"},
		{"end", "first", "welcome", nil, End{}, "ended the session"},
		{"start call", "first", "welcome", nil, StartCall{}, "started the session clock"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(load(t, tt.script), Options{}, base)
			if _, ok := tt.a.(StartCall); !ok {
				s.Apply(StartCall{}, base)
			}
			if tt.to != "welcome" && tt.to != "since-last-time" {
				goTo(t, s, tt.to, base)
			}
			for _, a := range tt.prep {
				s.Apply(a, at(minute))
			}
			if len(s.Apply(tt.a, at(2*minute))) == 0 {
				t.Fatalf("%T changed nothing", tt.a)
			}
			if next, ok := s.CanUndo(); !ok || next != tt.want {
				t.Errorf("CanUndo = %q, %v; want %q", next, ok, tt.want)
			}
			evs := s.Apply(Undo{}, at(3*minute))
			if len(evs) != 1 || evs[0].Undid != tt.want {
				t.Errorf("Undo: %s; want Undid %q", fmtEvents(evs), tt.want)
			}
		})
	}
}

// The turn's state after undoing a change to it, against the clock: the
// newcomer's turn of a first session is 12 minutes with a warning 2
// minutes before its end.
func TestUndoTurnAgainstTheClock(t *testing.T) {
	tests := []struct {
		name    string
		run     []timedAction // from the start of the turn's step at base
		undoAt  time.Duration
		running bool
		started bool
		left    time.Duration // at undoAt
		step    string
	}{
		{"a start: not started, whole again",
			[]timedAction{{minute, StartPause{}}}, 2 * minute, false, false, 12 * minute, "newcomer-turn"},
		{"a pause: runs on as if never paused",
			[]timedAction{{minute, StartPause{}}, {3 * minute, StartPause{}}}, 5 * minute, true, true, 8 * minute, "newcomer-turn"},
		{"a resume: paused as it was, the time since not counted",
			[]timedAction{{minute, StartPause{}}, {2 * minute, StartPause{}}, {5 * minute, StartPause{}}}, 6 * minute, false, true, 11 * minute, "newcomer-turn"},
		{"a restart: runs on from before it",
			[]timedAction{{minute, StartPause{}}, {3 * minute, Restart{}}}, 4 * minute, true, true, 9 * minute, "newcomer-turn"},
		{"a minute added while running",
			[]timedAction{{minute, StartPause{}}, {2 * minute, Extend{By: minute}}}, 4 * minute, true, true, 9 * minute, "newcomer-turn"},
		{"a minute taken off while paused",
			[]timedAction{{minute, StartPause{}}, {2 * minute, StartPause{}}, {3 * minute, Extend{By: -minute}}}, 4 * minute, false, true, 11 * minute, "newcomer-turn"},
		{"a move that paused it: back, running as if never left",
			[]timedAction{{minute, StartPause{}}, {2 * minute, Next{}}}, 3 * minute, true, true, 10 * minute, "newcomer-turn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := start(t, "first")
			goTo(t, s, "newcomer-turn", base)
			for _, ta := range tt.run {
				s.Apply(ta.a, at(ta.at))
			}
			now := at(tt.undoAt)
			if evs := s.Apply(Undo{}, now); len(evs) == 0 || evs[len(evs)-1].Kind != Undone {
				t.Fatalf("Undo: %s", fmtEvents(evs))
			}
			tu := s.Turn("newcomer-turn")
			if tu.Running() != tt.running || tu.Started() != tt.started || tu.Left(now) != tt.left {
				t.Errorf("running %v started %v left %v; want %v %v %v",
					tu.Running(), tu.Started(), tu.Left(now), tt.running, tt.started, tt.left)
			}
			if s.Current().ID != tt.step {
				t.Errorf("current step %q, want %q", s.Current().ID, tt.step)
			}
		})
	}
}

// Undoing a move counts the time since on the step the coach is back on.
func TestUndoMoveKeepsTheTimeOnTheStep(t *testing.T) {
	s := start(t, "first")
	s.Apply(Next{}, at(2*minute))
	s.Apply(Undo{}, at(3*minute))
	if got := s.Spent("welcome", at(4*minute)); got != 4*minute {
		t.Errorf("Spent(welcome) = %v, want 4m", got)
	}
	if got := s.Spent("privacy", at(4*minute)); got != 0 {
		t.Errorf("Spent(privacy) = %v, want 0", got)
	}
}

// An alert given after a change is not given again when the change is
// undone, and one that the undoing brings back ahead is given again.
func TestUndoGivesNoAlertTwice(t *testing.T) {
	s := start(t, "first")
	goTo(t, s, "newcomer-turn", base)
	s.Apply(StartPause{}, base)                         // warning at 10m, end at 12m
	s.Apply(Extend{By: minute}, at(9*minute+30*second)) // warning at 11m, end at 13m
	wantEvents(t, "warning", s.Advance(at(11*minute)), []Event{
		{Kind: WarningDue, At: at(11 * minute), Step: "newcomer-turn", Turn: "Newcomer's turn", Segments: 1, Left: 2 * minute,
			Ends: at(13 * minute)},
	})
	evs := s.Apply(Undo{}, at(11*minute+30*second)) // the end is at 12m again, 30s away
	if len(evs) != 1 || evs[0].Undid != "added 1 minute to the newcomer's turn" {
		t.Fatalf("Undo: %s", fmtEvents(evs))
	}
	wantEvents(t, "after the undo", s.Advance(at(12*minute+30*second)), []Event{
		{Kind: TurnEnded, At: at(12 * minute), Step: "newcomer-turn", Turn: "Newcomer's turn", Segments: 1, Ends: at(12 * minute)},
	})

	// Undoing a minute taken off after the warning moves the end 4
	// minutes ahead: the warning is due again before it.
	s = start(t, "first")
	goTo(t, s, "newcomer-turn", base)
	s.Apply(StartPause{}, base)
	s.Apply(Extend{By: -3 * minute}, at(6*minute)) // warning at 7m, end at 9m
	s.Advance(at(8 * minute))
	s.Apply(Undo{}, at(8*minute)) // end at 12m again
	wantEvents(t, "warning again", s.Advance(at(10*minute)), []Event{
		{Kind: WarningDue, At: at(10 * minute), Step: "newcomer-turn", Turn: "Newcomer's turn", Segments: 1, Left: 2 * minute,
			Ends: at(12 * minute)},
	})
}

func TestUndoWarningMinutes(t *testing.T) {
	s := start(t, "followup")
	goTo(t, s, "three-questions", base)
	s.Apply(Answer{Item: 1, Minutes: 5}, at(minute))
	if w := s.Turn("newcomer-turn").Warn(); w != 5*minute {
		t.Fatalf("warning %v, want 5m", w)
	}
	s.Apply(Undo{}, at(2*minute))
	if w := s.Turn("newcomer-turn").Warn(); w != DefaultWarn {
		t.Errorf("warning after undo %v, want %v", w, DefaultWarn)
	}
	if _, ok := s.Answer("three-questions", 1); ok || s.Checked("three-questions", 1) {
		t.Errorf("the answer is still there after undo")
	}
}

func TestUndoOfTheFirstChangeStopsTheClockAgain(t *testing.T) {
	s := New(load(t, "first"), Options{}, base)
	s.Apply(Toggle{Item: 0}, at(4*minute))
	evs := s.Apply(Undo{}, at(5*minute))
	want := "ticked 'Said I'm a partnership coach'; the session clock waits for the call again"
	if len(evs) != 1 || evs[0].Undid != want {
		t.Fatalf("Undo: %s; want %q", fmtEvents(evs), want)
	}
	if when, how := s.CallStarted(); !when.IsZero() || how != CallWaiting || s.Elapsed(at(6*minute)) != 0 {
		t.Errorf("CallStarted = %v, %v; Elapsed %v", when, how, s.Elapsed(at(6*minute)))
	}
}

// The history of changes is not saved: a session brought back from its
// snapshot has nothing to undo, and a snapshot taken after undoing brings
// back the state undone to.
func TestUndoAndSnapshots(t *testing.T) {
	s := start(t, "followup")
	for _, ta := range followupRun {
		s.Apply(ta.a, at(ta.at))
	}
	now := at(9 * minute)
	s.Apply(Undo{}, now)
	s.Apply(Undo{}, now)
	back, err := Restore(saved(t, s, now))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := back.CanUndo(); ok {
		t.Errorf("a restored session has something to undo")
	}
	if evs := back.Apply(Undo{}, now); len(evs) != 0 {
		t.Errorf("Undo in a restored session: %s", fmtEvents(evs))
	}
	if got, want := stateJSON(t, back, now), stateJSON(t, s, now); got != want {
		t.Errorf("restored after undo:\n got %s\nwant %s", got, want)
	}
}

func TestUndoHistoryIsBounded(t *testing.T) {
	s := start(t, "first")
	for i := range maxUndo + 10 {
		s.Apply(Toggle{Item: 0}, at(time.Duration(i)*second))
	}
	n := 0
	for len(s.Apply(Undo{}, at(time.Hour))) > 0 {
		n++
	}
	if n != maxUndo {
		t.Errorf("undid %d changes, want %d", n, maxUndo)
	}
}
