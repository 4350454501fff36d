package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"partnercoach/script"
	"partnercoach/timer"
)

const (
	minute = time.Minute
	second = time.Second
)

var base = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// at returns base plus d.
func at(d time.Duration) time.Time { return base.Add(d) }

// The steps of the built-in scripts in their planned order.
var (
	firstOrder = []string{
		"welcome", "privacy", "plan", "instructions", "listening", "who-first",
		"coach-turn", "coach-feedback", "newcomer-turn", "newcomer-feedback", "wrap-up",
	}
	followupOrder = []string{
		"since-last-time", "theme", "who-first", "three-questions", "newcomer-turn",
		"newcomer-feedback", "coach-turn", "coach-feedback", "safety", "wrap-up",
	}
)

const newcomerName = "Alex"

func load(t testing.TB, name string) *script.Script {
	t.Helper()
	s, err := script.Builtin(name)
	if err != nil {
		t.Fatalf("script.Builtin(%q): %v", name, err)
	}
	return s
}

// start starts a session of a built-in script at base, with the call's
// clock started then by key.
func start(t *testing.T, name string) *Session {
	t.Helper()
	s := New(load(t, name), Options{Newcomer: newcomerName}, base)
	s.startCall(CallByKey, base)
	return s
}

// goTo moves forward to the step with the given id at now.
func goTo(t *testing.T, s *Session, id string, now time.Time) {
	t.Helper()
	for s.Current().ID != id {
		if len(s.Apply(Next{}, now)) == 0 {
			t.Fatalf("step %q not found ahead", id)
		}
	}
}

// ids lists the step ids in the session's current order.
func ids(s *Session) []string {
	out := make([]string, s.Len())
	for i := range out {
		out[i] = s.Step(i).ID
	}
	return out
}

func fmtEvents(evs []Event) string {
	var b strings.Builder
	b.WriteString("[")
	for i, e := range evs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "{Kind=%d At=base+%v Step=%q Turn=%q Segment=%d/%d Left=%v Ends=%v Undid=%q}",
			e.Kind, e.At.Sub(base), e.Step, e.Turn, e.Segment, e.Segments, e.Left, e.Ends.Format("15:04:05"), e.Undid)
	}
	b.WriteString("]")
	return b.String()
}

func sameEvent(a, b Event) bool {
	return a.Kind == b.Kind && a.At.Equal(b.At) && a.Step == b.Step && a.Turn == b.Turn &&
		a.Segment == b.Segment && a.Segments == b.Segments && a.Left == b.Left &&
		(b.Ends.IsZero() || a.Ends.Equal(b.Ends)) && a.Undid == b.Undid
}

// wantEvents fails the test unless got equals want exactly, in order; an
// event's Ends is compared where want gives one.
func wantEvents(t *testing.T, what string, got, want []Event) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = sameEvent(got[i], want[i])
	}
	if !ok {
		t.Errorf("%s:\n got  %s\n want %s", what, fmtEvents(got), fmtEvents(want))
	}
}

func TestNew(t *testing.T) {
	sc := load(t, "first")
	s := New(sc, Options{Newcomer: newcomerName}, base)
	if at, how := s.CallStarted(); !s.Started().IsZero() || !at.IsZero() || how != CallWaiting {
		t.Errorf("Started = %v, CallStarted = %v, %v; want the clock waiting for the call", s.Started(), at, how)
	}
	if s.Pos() != 0 || s.Current().ID != "welcome" {
		t.Errorf("Pos = %d, Current = %q; want 0, welcome", s.Pos(), s.Current().ID)
	}
	if s.Len() != 11 {
		t.Errorf("Len = %d, want 11", s.Len())
	}
	if got := ids(s); fmt.Sprint(got) != fmt.Sprint(firstOrder) {
		t.Errorf("order = %v, want %v", got, firstOrder)
	}
	if s.UnderWay() {
		t.Errorf("UnderWay at the start")
	}
	if s.Script() != sc {
		t.Errorf("Script() is not the script passed to New")
	}
	if o := s.Options(); o.Warn != DefaultWarn || o.Newcomer != newcomerName {
		t.Errorf("Options = %+v, want Warn %v Newcomer %q", o, DefaultWarn, newcomerName)
	}
	if got := s.Planned(); got != 50*minute {
		t.Errorf("Planned = %v, want 50m", got)
	}
	if got := s.Elapsed(at(7 * minute)); got != 0 {
		t.Errorf("Elapsed(base+7m) before the call = %v, want 0", got)
	}
	if _, ok := s.NextDue(); ok {
		t.Errorf("NextDue reports an event with no turn running")
	}
	if _, ok := s.Chosen("who-first"); ok {
		t.Errorf("Chosen reports a choice at the start")
	}
	if _, ok := s.Answer("welcome", 0); ok {
		t.Errorf("Answer reports an answer at the start")
	}
	for _, st := range sc.Steps {
		for i := range st.Checklist {
			if s.Checked(st.ID, i) {
				t.Errorf("%s item %d checked at the start", st.ID, i)
			}
		}
	}
}

func TestNewTurns(t *testing.T) {
	s := start(t, "first")
	tests := []struct {
		step     string
		length   time.Duration
		segments int
	}{
		{"coach-turn", 15 * minute, 3},
		{"newcomer-turn", 12 * minute, 1},
	}
	for _, tt := range tests {
		tr := s.Turn(tt.step)
		if tr == nil {
			t.Errorf("Turn(%q) = nil", tt.step)
			continue
		}
		if tr.Length() != tt.length || tr.Segments() != tt.segments || tr.Warn() != DefaultWarn {
			t.Errorf("Turn(%q): Length %v Segments %d Warn %v; want %v %d %v",
				tt.step, tr.Length(), tr.Segments(), tr.Warn(), tt.length, tt.segments, DefaultWarn)
		}
		if tr.Started() {
			t.Errorf("Turn(%q) started at New", tt.step)
		}
	}
	for _, id := range []string{"welcome", "who-first", "wrap-up", "no-such-step"} {
		if s.Turn(id) != nil {
			t.Errorf("Turn(%q) is not nil", id)
		}
	}
}

func TestNewWarnOption(t *testing.T) {
	tests := []struct {
		name string
		warn time.Duration
		want time.Duration
	}{
		{"default", 0, DefaultWarn},
		{"negative is default", -minute, DefaultWarn},
		{"set", 3 * minute, 3 * minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(load(t, "followup"), Options{Warn: tt.warn}, base)
			if got := s.Options().Warn; got != tt.want {
				t.Errorf("Options().Warn = %v, want %v", got, tt.want)
			}
			for _, id := range []string{"coach-turn", "newcomer-turn"} {
				if got := s.Turn(id).Warn(); got != tt.want {
					t.Errorf("Turn(%q).Warn() = %v, want %v", id, got, tt.want)
				}
			}
		})
	}
}

func TestNewScriptWarnWins(t *testing.T) {
	sc := &script.Script{
		Name: "t", Length: script.Duration(20 * minute),
		Steps: []script.Step{
			{ID: "own", Turn: &script.Turn{Focuser: script.Coach, Listener: script.Newcomer,
				Length: script.Duration(10 * minute), Warn: script.Duration(minute)}},
			{ID: "default", Turn: &script.Turn{Focuser: script.Newcomer, Listener: script.Coach,
				Length: script.Duration(10 * minute)}},
		},
	}
	s := New(sc, Options{Warn: 3 * minute}, base)
	if got := s.Turn("own").Warn(); got != minute {
		t.Errorf("turn with its own warning: Warn = %v, want 1m", got)
	}
	if got := s.Turn("default").Warn(); got != 3*minute {
		t.Errorf("turn without: Warn = %v, want 3m", got)
	}
}

func TestPlannedWithoutLength(t *testing.T) {
	sc := &script.Script{
		Name: "t",
		Steps: []script.Step{
			{ID: "a", Time: script.Duration(3 * minute)},
			{ID: "b", Turn: &script.Turn{Focuser: script.Coach, Length: script.Duration(10 * minute)}},
		},
	}
	if got := New(sc, Options{}, base).Planned(); got != 13*minute {
		t.Errorf("Planned = %v, want 13m (the sum of the steps)", got)
	}
}

func TestNextPrev(t *testing.T) {
	s := start(t, "first")
	wantEvents(t, "Next", s.Apply(Next{}, at(minute)), []Event{
		{Kind: StepEntered, At: at(minute), Step: "privacy"},
	})
	if s.Pos() != 1 || s.Current().ID != "privacy" {
		t.Errorf("after Next: Pos %d Current %q, want 1 privacy", s.Pos(), s.Current().ID)
	}
	wantEvents(t, "Prev", s.Apply(Prev{}, at(2*minute)), []Event{
		{Kind: StepEntered, At: at(2 * minute), Step: "welcome"},
	})
	if s.Pos() != 0 {
		t.Errorf("after Prev: Pos %d, want 0", s.Pos())
	}
	wantEvents(t, "Prev at the first step", s.Apply(Prev{}, at(3*minute)), nil)
	if s.Pos() != 0 {
		t.Errorf("Prev moved before the first step: Pos %d", s.Pos())
	}
	for i := 1; i < s.Len(); i++ {
		wantEvents(t, "Next", s.Apply(Next{}, at(4*minute)), []Event{
			{Kind: StepEntered, At: at(4 * minute), Step: firstOrder[i]},
		})
	}
	if s.Pos() != 10 || s.Current().ID != "wrap-up" {
		t.Errorf("at the end: Pos %d Current %q, want 10 wrap-up", s.Pos(), s.Current().ID)
	}
	wantEvents(t, "Next at the last step", s.Apply(Next{}, at(5*minute)), nil)
	if s.Pos() != 10 {
		t.Errorf("Next moved past the last step: Pos %d", s.Pos())
	}
}

func TestSpentAccumulatesAcrossVisits(t *testing.T) {
	s := start(t, "first")
	s.Apply(Next{}, at(3*minute)) // welcome 3m
	s.Apply(Prev{}, at(5*minute)) // privacy 2m
	s.Apply(Next{}, at(6*minute)) // welcome 1m more
	s.Apply(Prev{}, at(6*minute)) // privacy 0s more
	s.Apply(Next{}, at(7*minute)) // welcome 1m more
	now := at(10 * minute)
	tests := []struct {
		step string
		want time.Duration
	}{
		{"welcome", 5 * minute},
		{"privacy", 2*minute + 3*minute}, // current: counted up to now
		{"plan", 0},
		{"no-such-step", 0},
	}
	for _, tt := range tests {
		if got := s.Spent(tt.step, now); got != tt.want {
			t.Errorf("Spent(%q) = %v, want %v", tt.step, got, tt.want)
		}
	}
	// A move that did nothing records nothing.
	s.Apply(Prev{}, at(11*minute))
	s.Apply(Prev{}, at(11*minute))
	if got := s.Spent("privacy", at(20*minute)); got != 6*minute {
		t.Errorf("Spent(privacy) after leaving = %v, want 6m", got)
	}
	if got := s.Spent("welcome", at(20*minute)); got != 5*minute+9*minute {
		t.Errorf("Spent(welcome) while current again = %v, want 14m", got)
	}
}

func TestToggleItems(t *testing.T) {
	s := start(t, "first") // welcome has three items
	wantEvents(t, "Toggle 1", s.Apply(Toggle{Item: 1}, at(minute)), []Event{
		{Kind: ItemToggled, At: at(minute), Step: "welcome"},
	})
	if !s.Checked("welcome", 1) || s.Checked("welcome", 0) || s.Checked("welcome", 2) {
		t.Errorf("after toggling item 1: %v %v %v, want false true false",
			s.Checked("welcome", 0), s.Checked("welcome", 1), s.Checked("welcome", 2))
	}
	wantEvents(t, "Toggle 1 again", s.Apply(Toggle{Item: 1}, at(2*minute)), []Event{
		{Kind: ItemToggled, At: at(2 * minute), Step: "welcome"},
	})
	if s.Checked("welcome", 1) {
		t.Errorf("item 1 still checked after a second toggle")
	}
	for _, item := range []int{-1, 3, 100} {
		wantEvents(t, fmt.Sprintf("Toggle %d", item), s.Apply(Toggle{Item: item}, at(3*minute)), nil)
		if s.Checked("welcome", item) {
			t.Errorf("Checked(welcome, %d) = true", item)
		}
	}
	s.Apply(Toggle{Item: 2}, at(4*minute))
	goTo(t, s, "plan", at(5*minute)) // no checklist
	wantEvents(t, "Toggle on a step without a checklist", s.Apply(Toggle{Item: 0}, at(6*minute)), nil)
	if !s.Checked("welcome", 2) {
		t.Errorf("welcome item 2 lost its tick when the coach moved on")
	}
	if s.Checked("plan", 0) {
		t.Errorf("Checked(plan, 0) = true")
	}
}

func TestAnswerWarningMinutes(t *testing.T) {
	tests := []struct {
		minutes int
		text    string
	}{
		{3, "3 minutes"},
		{1, "1 minute"},
		{0, "0 minutes"},
		{10, "10 minutes"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := start(t, "followup")
			goTo(t, s, "three-questions", base)
			wantEvents(t, "Answer", s.Apply(Answer{Item: 1, Minutes: tt.minutes}, at(minute)), []Event{
				{Kind: AnswerSet, At: at(minute), Step: "three-questions"},
			})
			if got := s.Turn("newcomer-turn").Warn(); got != time.Duration(tt.minutes)*minute {
				t.Errorf("newcomer's turn Warn = %v, want %dm", got, tt.minutes)
			}
			if got := s.Turn("coach-turn").Warn(); got != DefaultWarn {
				t.Errorf("coach's turn Warn = %v, want %v (unchanged)", got, DefaultWarn)
			}
			if !s.Checked("three-questions", 1) {
				t.Errorf("the answered item is not ticked off")
			}
			if s.Checked("three-questions", 0) || s.Checked("three-questions", 2) {
				t.Errorf("answering ticked another item")
			}
			if got, ok := s.Answer("three-questions", 1); !ok || got != tt.text {
				t.Errorf("Answer = %q, %v; want %q, true", got, ok, tt.text)
			}
			if _, ok := s.Answer("three-questions", 0); ok {
				t.Errorf("item 0 has an answer")
			}
		})
	}
}

func TestAnsweredWarningFiresInNewcomerTurn(t *testing.T) {
	s := start(t, "followup")
	goTo(t, s, "three-questions", base)
	s.Apply(Answer{Item: 1, Minutes: 3}, base)
	goTo(t, s, "newcomer-turn", at(minute))
	s.Apply(StartPause{}, at(2*minute)) // 15m turn: ends at 17m
	if due, ok := s.NextDue(); !ok || !due.Equal(at(14*minute)) {
		t.Errorf("NextDue = base+%v, %v; want base+14m, true", due.Sub(base), ok)
	}
	wantEvents(t, "Advance", s.Advance(at(14*minute)), []Event{
		{Kind: WarningDue, At: at(14 * minute), Step: "newcomer-turn", Turn: "Newcomer's turn", Segments: 1, Left: 3 * minute},
	})
}

func TestAnswerZeroMinutesMeansNoWarning(t *testing.T) {
	s := start(t, "followup")
	goTo(t, s, "three-questions", base)
	s.Apply(Answer{Item: 1, Minutes: 0}, base)
	goTo(t, s, "newcomer-turn", base)
	s.Apply(StartPause{}, base)
	wantEvents(t, "Advance", s.Advance(at(20*minute)), []Event{
		{Kind: TurnEnded, At: at(15 * minute), Step: "newcomer-turn", Turn: "Newcomer's turn", Segments: 1, Left: 0},
	})
}

func TestAnswerPlainItem(t *testing.T) {
	s := start(t, "followup")
	goTo(t, s, "three-questions", base)
	wantEvents(t, "Answer item 0", s.Apply(Answer{Item: 0, Minutes: 5}, at(minute)), []Event{
		{Kind: AnswerSet, At: at(minute), Step: "three-questions"},
	})
	if got, ok := s.Answer("three-questions", 0); !ok || got != "5 minutes" {
		t.Errorf("Answer = %q, %v; want \"5 minutes\", true", got, ok)
	}
	if !s.Checked("three-questions", 0) {
		t.Errorf("item 0 not ticked")
	}
	if got := s.Turn("newcomer-turn").Warn(); got != DefaultWarn {
		t.Errorf("an item without warning-minutes changed the warning to %v", got)
	}
}

func TestAnswerIgnored(t *testing.T) {
	tests := []struct {
		name string
		a    Answer
	}{
		{"negative minutes", Answer{Item: 1, Minutes: -1}},
		{"item past the end", Answer{Item: 3, Minutes: 3}},
		{"negative item", Answer{Item: -1, Minutes: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := start(t, "followup")
			goTo(t, s, "three-questions", base)
			wantEvents(t, "Answer", s.Apply(tt.a, at(minute)), nil)
			if got := s.Turn("newcomer-turn").Warn(); got != DefaultWarn {
				t.Errorf("Warn = %v, want %v", got, DefaultWarn)
			}
			if _, ok := s.Answer("three-questions", tt.a.Item); ok {
				t.Errorf("an answer was recorded")
			}
			if s.Checked("three-questions", tt.a.Item) {
				t.Errorf("the item was ticked")
			}
		})
	}
}

func TestChooseReorders(t *testing.T) {
	tests := []struct {
		script string
		option int
		want   []string
	}{
		{"first", 0, firstOrder},
		{"first", 1, []string{
			"welcome", "privacy", "plan", "instructions", "listening", "who-first",
			"newcomer-turn", "newcomer-feedback", "coach-turn", "coach-feedback", "wrap-up",
		}},
		{"followup", 0, followupOrder},
		{"followup", 1, []string{
			"since-last-time", "theme", "who-first", "coach-turn", "coach-feedback",
			"three-questions", "newcomer-turn", "newcomer-feedback", "safety", "wrap-up",
		}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s option %d", tt.script, tt.option), func(t *testing.T) {
			s := start(t, tt.script)
			goTo(t, s, "who-first", base)
			pos := s.Pos()
			wantEvents(t, "Choose", s.Apply(Choose{Option: tt.option}, at(minute)), []Event{
				{Kind: OptionChosen, At: at(minute), Step: "who-first"},
			})
			if got := ids(s); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("order = %v\nwant %v", got, tt.want)
			}
			if s.Pos() != pos || s.Current().ID != "who-first" {
				t.Errorf("after Choose: Pos %d Current %q, want %d who-first", s.Pos(), s.Current().ID, pos)
			}
			if got, ok := s.Chosen("who-first"); !ok || got != tt.option {
				t.Errorf("Chosen = %d, %v; want %d, true", got, ok, tt.option)
			}
			s.Apply(Next{}, at(2*minute))
			if got := s.Current().ID; got != tt.want[pos+1] {
				t.Errorf("step after the choice = %q, want %q", got, tt.want[pos+1])
			}
		})
	}
}

func TestChooseNewcomerFirstThenBack(t *testing.T) {
	s := start(t, "first")
	goTo(t, s, "who-first", base)
	s.Apply(Choose{Option: 1}, at(minute))
	s.Apply(Next{}, at(2*minute))
	if got := s.Current().ID; got != "newcomer-turn" {
		t.Fatalf("after choosing newcomer first, the next step is %q, want newcomer-turn", got)
	}
	s.Apply(Prev{}, at(3*minute))
	wantEvents(t, "Choose 0", s.Apply(Choose{Option: 0}, at(4*minute)), []Event{
		{Kind: OptionChosen, At: at(4 * minute), Step: "who-first"},
	})
	if got := ids(s); fmt.Sprint(got) != fmt.Sprint(firstOrder) {
		t.Errorf("order after choosing back = %v, want %v", got, firstOrder)
	}
	if got, _ := s.Chosen("who-first"); got != 0 {
		t.Errorf("Chosen = %d, want 0", got)
	}
	s.Apply(Next{}, at(5*minute))
	if got := s.Current().ID; got != "coach-turn" {
		t.Errorf("next step = %q, want coach-turn", got)
	}
}

func TestChooseIgnored(t *testing.T) {
	s := start(t, "first")
	wantEvents(t, "Choose on a step without a choice", s.Apply(Choose{Option: 0}, base), nil)
	goTo(t, s, "who-first", base)
	for _, opt := range []int{-1, 2, 9} {
		wantEvents(t, fmt.Sprintf("Choose %d", opt), s.Apply(Choose{Option: opt}, at(minute)), nil)
	}
	if _, ok := s.Chosen("who-first"); ok {
		t.Errorf("an invalid option was recorded")
	}
	if got := ids(s); fmt.Sprint(got) != fmt.Sprint(firstOrder) {
		t.Errorf("order changed: %v", got)
	}
}

// toCoachTurn starts a first session and moves to the coach's turn, all
// at base.
func toCoachTurn(t *testing.T) *Session {
	t.Helper()
	s := start(t, "first")
	goTo(t, s, "coach-turn", base)
	return s
}

const coachName = "Coach's turn"

func TestStartPauseResume(t *testing.T) {
	s := toCoachTurn(t)
	wantEvents(t, "start", s.Apply(StartPause{}, at(minute)), []Event{
		{Kind: TurnStarted, At: at(minute), Step: "coach-turn", Turn: coachName, Left: 15 * minute},
	})
	if !s.Turn("coach-turn").Running() {
		t.Errorf("turn not running after start")
	}
	wantEvents(t, "pause", s.Apply(StartPause{}, at(3*minute)), []Event{
		{Kind: TurnPaused, At: at(3 * minute), Step: "coach-turn", Turn: coachName, Left: 13 * minute},
	})
	if s.Turn("coach-turn").Running() {
		t.Errorf("turn running after pause")
	}
	wantEvents(t, "resume", s.Apply(StartPause{}, at(10*minute)), []Event{
		{Kind: StillPaused, At: at(3*minute + timer.PauseRemind), Step: "coach-turn", Turn: coachName, Segments: 3, Left: 13 * minute,
			Ends: at(3*minute + timer.PauseRemind + 13*minute)},
		{Kind: TurnResumed, At: at(10 * minute), Step: "coach-turn", Turn: coachName, Left: 13 * minute},
	})
	if got := s.Turn("coach-turn").Left(at(11 * minute)); got != 12*minute {
		t.Errorf("Left a minute after resuming = %v, want 12m", got)
	}
}

func TestTurnActionsOnStepWithoutTurn(t *testing.T) {
	actions := []Action{StartPause{}, Extend{By: minute}, Extend{By: -minute}, Restart{}}
	for _, a := range actions {
		s := start(t, "first")
		if evs := s.Apply(a, at(minute)); len(evs) != 0 {
			t.Errorf("%T%+v on a step without a turn = %s, want none", a, a, fmtEvents(evs))
		}
		if s.UnderWay() {
			t.Errorf("%T%+v made the session under way", a, a)
		}
	}
}

func TestExtend(t *testing.T) {
	s := toCoachTurn(t)
	s.Apply(StartPause{}, at(minute))
	wantEvents(t, "Extend +1m", s.Apply(Extend{By: minute}, at(2*minute)), []Event{
		{Kind: TurnChanged, At: at(2 * minute), Step: "coach-turn", Turn: coachName, Left: 15 * minute},
	})
	if got := s.Turn("coach-turn").Length(); got != 16*minute {
		t.Errorf("Length after +1m = %v, want 16m", got)
	}
	wantEvents(t, "Extend -2m", s.Apply(Extend{By: -2 * minute}, at(3*minute)), []Event{
		{Kind: TurnChanged, At: at(3 * minute), Step: "coach-turn", Turn: coachName, Left: 12 * minute},
	})
	if got := s.Turn("coach-turn").Length(); got != 14*minute {
		t.Errorf("Length after -2m = %v, want 14m", got)
	}
	wantEvents(t, "Extend 0", s.Apply(Extend{}, at(4*minute)), nil)
	if got := s.Turn("coach-turn").Length(); got != 14*minute {
		t.Errorf("Length after Extend 0 = %v, want 14m", got)
	}
}

func TestExtendBeforeStart(t *testing.T) {
	s := toCoachTurn(t)
	wantEvents(t, "Extend +1m", s.Apply(Extend{By: minute}, at(minute)), []Event{
		{Kind: TurnChanged, At: at(minute), Step: "coach-turn", Turn: coachName, Left: 16 * minute},
	})
	if tr := s.Turn("coach-turn"); tr.Started() || tr.Length() != 16*minute {
		t.Errorf("Started %v Length %v; want false 16m", tr.Started(), tr.Length())
	}
}

func TestRestart(t *testing.T) {
	s := toCoachTurn(t)
	wantEvents(t, "Restart before start", s.Apply(Restart{}, at(minute)), nil)
	s.Apply(StartPause{}, at(minute))
	s.Apply(Extend{By: minute}, at(2*minute))
	wantEvents(t, "Restart", s.Apply(Restart{}, at(4*minute)), []Event{
		{Kind: TurnRestarted, At: at(4 * minute), Step: "coach-turn", Turn: coachName, Left: 16 * minute},
	})
	tr := s.Turn("coach-turn")
	if tr.Started() || tr.Running() {
		t.Errorf("after Restart: Started %v Running %v, want false false", tr.Started(), tr.Running())
	}
	if _, ok := s.NextDue(); ok {
		t.Errorf("NextDue reports an event after Restart")
	}
	wantEvents(t, "Restart again", s.Apply(Restart{}, at(5*minute)), nil)
	wantEvents(t, "start after Restart", s.Apply(StartPause{}, at(6*minute)), []Event{
		{Kind: TurnStarted, At: at(6 * minute), Step: "coach-turn", Turn: coachName, Left: 16 * minute},
	})
}

func TestAdvanceTurnEvents(t *testing.T) {
	s := toCoachTurn(t)
	s.Apply(StartPause{}, at(minute))
	wantEvents(t, "nothing yet", s.Advance(at(6*minute-time.Nanosecond)), nil)

	// Late by half a minute: still due at the boundary.
	seg1 := s.Advance(at(6*minute + 30*second))
	wantEvents(t, "first boundary", seg1, []Event{
		{Kind: SegmentDone, At: at(6 * minute), Step: "coach-turn", Turn: coachName, Segment: 1, Segments: 3, Left: 10 * minute},
	})
	if !s.Turn("coach-turn").AtCheckIn(at(7 * minute)) {
		t.Errorf("turn not at a check-in after the first segment")
	}
	wantEvents(t, "resume", s.Apply(StartPause{}, at(8*minute)), []Event{
		{Kind: TurnResumed, At: at(8 * minute), Step: "coach-turn", Turn: coachName, Left: 10 * minute},
	})
	seg2 := s.Advance(at(13 * minute))
	wantEvents(t, "second boundary", seg2, []Event{
		{Kind: SegmentDone, At: at(13 * minute), Step: "coach-turn", Turn: coachName, Segment: 2, Segments: 3, Left: 5 * minute},
	})
	s.Apply(StartPause{}, at(14*minute)) // ends at 19m
	rest := s.Advance(at(25 * minute))
	wantEvents(t, "warning and end", rest, []Event{
		{Kind: WarningDue, At: at(17 * minute), Step: "coach-turn", Turn: coachName, Segments: 3, Left: 2 * minute},
		{Kind: TurnEnded, At: at(19 * minute), Step: "coach-turn", Turn: coachName, Segments: 3, Left: 0},
	})
	wantEvents(t, "nothing repeats", s.Advance(at(40*minute)), nil)

	for _, ev := range append(append(seg1, seg2...), rest...) {
		if !ev.Alert() {
			t.Errorf("timer event %d is not an alert", ev.Kind)
		}
		if strings.Contains(ev.Turn, newcomerName) {
			t.Errorf("event names the newcomer: Turn %q", ev.Turn)
		}
	}
}

func TestApplyBringsTimerEventsFirst(t *testing.T) {
	s := toCoachTurn(t)
	s.Apply(StartPause{}, at(minute))
	wantEvents(t, "Next after the boundary", s.Apply(Next{}, at(7*minute)), []Event{
		{Kind: SegmentDone, At: at(6 * minute), Step: "coach-turn", Turn: coachName, Segment: 1, Segments: 3, Left: 10 * minute},
		{Kind: TurnClosed, At: at(7 * minute), Step: "coach-turn", Turn: coachName, Left: 10 * minute},
		{Kind: StepEntered, At: at(7 * minute), Step: "coach-feedback"},
	})
}

// TestMovingOnEndsATurn: moving on past a running turn ends it, and
// says so; its time is what it ran, and it brings no alert or reminder.
func TestMovingOnEndsATurn(t *testing.T) {
	s := start(t, "first")
	goTo(t, s, "newcomer-turn", base)
	s.Apply(StartPause{}, base) // 12m: warning at 10m, end at 12m
	wantEvents(t, "Next", s.Apply(Next{}, at(2*second)), []Event{
		{Kind: TurnClosed, At: at(2 * second), Step: "newcomer-turn", Turn: "Newcomer's turn", Left: 12*minute - 2*second},
		{Kind: StepEntered, At: at(2 * second), Step: "newcomer-feedback"},
	})
	if _, ok := s.NextDue(); ok {
		t.Errorf("NextDue reports an event of a turn left behind")
	}
	if _, ok := s.LiveTurn(); ok {
		t.Errorf("a turn moved past is live")
	}
	wantEvents(t, "Next late", s.Apply(Next{}, at(37*minute)), []Event{
		{Kind: StepEntered, At: at(37 * minute), Step: "wrap-up"},
	})
	tu := s.Turn("newcomer-turn")
	if tu.Running() || tu.Left(at(37*minute)) != 12*minute-2*second {
		t.Errorf("turn left behind: running %v, left %v; want paused with 11:58 left", tu.Running(), tu.Left(at(37*minute)))
	}
	for p := 0; p < s.Len(); p++ {
		if tu := s.Turn(s.Step(p).ID); tu != nil && tu.Running() {
			t.Errorf("turn of step %d still running", p+1)
		}
	}
	rec := s.Record("x", Closing{Outcome: Held}, at(40*minute))
	for _, st := range rec.Steps {
		if st.ID == "newcomer-turn" && st.Turn.Used != script.Duration(2*second) {
			t.Errorf("record: the turn used %v, want 2s", st.Turn.Used)
		}
	}
}

// TestLookingBackIsAPeek: moving back leaves the turn running, its
// alerts falling due; no other turn starts meanwhile; going forward to
// it finds it running, and moving past it ends it.
func TestLookingBackIsAPeek(t *testing.T) {
	s := toCoachTurn(t)
	s.Apply(StartPause{}, at(minute))
	s.Apply(StartPause{}, at(7*minute)) // resumes after the 6m check-in
	wantEvents(t, "Prev", s.Apply(Prev{}, at(8*minute)), []Event{
		{Kind: StepEntered, At: at(8 * minute), Step: "who-first"},
	})
	tu := s.Turn("coach-turn")
	if p, ok := s.LiveTurn(); !ok || s.Step(p).ID != "coach-turn" || !tu.Running() {
		t.Fatalf("the turn looked back from runs on: live %v, running %v", ok, tu.Running())
	}
	wantEvents(t, "a segment ends meanwhile", s.Advance(at(12*minute)), []Event{
		{Kind: SegmentDone, At: at(12 * minute), Step: "coach-turn", Turn: coachName, Segment: 2, Segments: 3, Left: 5 * minute},
	})
	goTo(t, s, "coach-turn", at(13*minute))
	if tu.Closed() || !tu.AtCheckIn(at(13*minute)) {
		t.Fatal("back at its step, the turn waits at its check-in")
	}
	s.Apply(StartPause{}, at(13*minute))
	wantEvents(t, "Next", s.Apply(Next{}, at(15*minute)), []Event{
		{Kind: TurnClosed, At: at(15 * minute), Step: "coach-turn", Turn: coachName, Left: 3 * minute},
		{Kind: StepEntered, At: at(15 * minute), Step: "coach-feedback"},
	})
	goTo(t, s, "newcomer-turn", at(16*minute))
	s.Apply(StartPause{}, at(16*minute))
	s.Apply(Prev{}, at(17*minute))
	s.Apply(Prev{}, at(17*minute))
	if len(s.Apply(StartPause{}, at(18*minute))) != 0 || tu.Running() {
		t.Fatal("a turn starts while another runs")
	}
}

func TestNextStepPreviewsWithoutLeaving(t *testing.T) {
	s := start(t, "first")
	for p := 0; p < s.Len(); p++ {
		next, ok := s.NextStep()
		if p == s.Len()-1 {
			if ok {
				t.Errorf("NextStep at the last step = %q, want none", next.ID)
			}
			break
		}
		if !ok || next.ID != firstOrder[p+1] {
			t.Errorf("NextStep at %s = %q, %v; want %s", firstOrder[p], next.ID, ok, firstOrder[p+1])
		}
		if s.Pos() != p {
			t.Fatalf("NextStep moved to %d", s.Pos())
		}
		s.Apply(Next{}, at(time.Duration(p)*minute))
	}
}

func TestNextDue(t *testing.T) {
	s := toCoachTurn(t)
	if _, ok := s.NextDue(); ok {
		t.Errorf("NextDue before any turn started")
	}
	s.Apply(StartPause{}, at(2*minute))
	if due, ok := s.NextDue(); !ok || !due.Equal(at(7*minute)) {
		t.Errorf("NextDue = base+%v, %v; want base+7m, true", due.Sub(base), ok)
	}
	s.Apply(StartPause{}, at(3*minute)) // paused
	if due, ok := s.NextDue(); !ok || !due.Equal(at(3*minute+timer.PauseRemind)) {
		t.Errorf("NextDue with the only turn paused = base+%v, %v; want its reminder", due.Sub(base), ok)
	}
}

func TestUnderWay(t *testing.T) {
	tests := []struct {
		name string
		a    Action
		want bool
	}{
		{"Prev at the first step", Prev{}, false},
		{"Toggle out of range", Toggle{Item: 99}, false},
		{"Answer out of range", Answer{Item: 99}, false},
		{"Choose without a choice", Choose{}, false},
		{"StartPause without a turn", StartPause{}, false},
		{"Extend without a turn", Extend{By: minute}, false},
		{"Restart without a turn", Restart{}, false},
		{"Next", Next{}, true},
		{"Toggle", Toggle{Item: 0}, true},
		{"Answer", Answer{Item: 0, Minutes: 2}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := start(t, "first")
			if s.UnderWay() {
				t.Fatalf("UnderWay at the start")
			}
			s.Apply(tt.a, at(minute))
			if got := s.UnderWay(); got != tt.want {
				t.Errorf("UnderWay after %T%+v = %v, want %v", tt.a, tt.a, got, tt.want)
			}
		})
	}
}

func TestUnderWayStays(t *testing.T) {
	s := start(t, "first")
	s.Apply(Next{}, at(minute))
	s.Apply(Prev{}, at(2*minute))
	s.Apply(Prev{}, at(3*minute)) // does nothing
	if !s.UnderWay() {
		t.Errorf("UnderWay went back to false")
	}
}

func TestProjectedAndOver(t *testing.T) {
	s := start(t, "first")
	if got := s.Projected(base); !got.Equal(at(50 * minute)) {
		t.Errorf("Projected at the start = base+%v, want base+50m", got.Sub(base))
	}
	if got := s.Over(base); got != 0 {
		t.Errorf("Over at the start = %v, want 0", got)
	}
	// Within the plan of the first step (4m), nothing changes.
	if got := s.Projected(at(3 * minute)); !got.Equal(at(50 * minute)) {
		t.Errorf("Projected 3m into a 4m step = base+%v, want base+50m", got.Sub(base))
	}
	// 10 minutes on the first step, planned 4m: 6 minutes over.
	if got := s.Projected(at(10 * minute)); !got.Equal(at(56 * minute)) {
		t.Errorf("Projected after 10m on step 1 = base+%v, want base+56m", got.Sub(base))
	}
	if got := s.Over(at(10 * minute)); got != 6*minute {
		t.Errorf("Over after 10m on step 1 = %v, want 6m", got)
	}
	// Moving on keeps the lost time.
	s.Apply(Next{}, at(10*minute))
	if got := s.Over(at(10 * minute)); got != 6*minute {
		t.Errorf("Over after moving on = %v, want 6m", got)
	}
}

func TestOverIsZeroWhenAhead(t *testing.T) {
	s := start(t, "first")
	s.Apply(Next{}, at(minute)) // 3 minutes ahead
	if got := s.Projected(at(minute)); !got.Equal(at(47 * minute)) {
		t.Errorf("Projected = base+%v, want base+47m", got.Sub(base))
	}
	if got := s.Over(at(minute)); got != 0 {
		t.Errorf("Over when ahead = %v, want 0", got)
	}
}

func TestProjectedUsesTurnTimeLeft(t *testing.T) {
	s := start(t, "first")
	goTo(t, s, "coach-turn", at(20*minute)) // 6 minutes late; 21m planned after the turn
	if got := s.Projected(at(20 * minute)); !got.Equal(at(56 * minute)) {
		t.Errorf("Projected before the turn starts = base+%v, want base+56m", got.Sub(base))
	}
	s.Apply(StartPause{}, at(20*minute))
	if got := s.Projected(at(23 * minute)); !got.Equal(at(56 * minute)) {
		t.Errorf("Projected 3m into the turn = base+%v, want base+56m", got.Sub(base))
	}
	s.Apply(StartPause{}, at(23*minute)) // paused with 12m left
	if got := s.Projected(at(30 * minute)); !got.Equal(at(63 * minute)) {
		t.Errorf("Projected with the turn paused = base+%v, want base+63m", got.Sub(base))
	}
	if got := s.Over(at(30 * minute)); got != 13*minute {
		t.Errorf("Over = %v, want 13m", got)
	}
	s.Apply(StartPause{}, at(30*minute)) // its first segment ends at 32m, with 10m left
	if got := s.Projected(at(45 * minute)); !got.Equal(at(76 * minute)) {
		t.Errorf("Projected past the segment's end = base+%v, want base+76m (the turn pauses there with 10m left)", got.Sub(base))
	}
}

func TestEventAlert(t *testing.T) {
	tests := []struct {
		kind EventKind
		want bool
	}{
		{StepEntered, false},
		{ItemToggled, false},
		{AnswerSet, false},
		{OptionChosen, false},
		{TurnStarted, false},
		{TurnPaused, false},
		{TurnResumed, false},
		{TurnChanged, false},
		{TurnRestarted, false},
		{SegmentDone, true},
		{WarningDue, true},
		{TurnEnded, true},
		{0, false},
	}
	for _, tt := range tests {
		if got := (Event{Kind: tt.kind}).Alert(); got != tt.want {
			t.Errorf("Event{Kind: %d}.Alert() = %v, want %v", tt.kind, got, tt.want)
		}
	}
}

func TestTurnNamesNeverNameTheNewcomer(t *testing.T) {
	for _, name := range []string{"first", "followup"} {
		s := New(load(t, name), Options{Newcomer: newcomerName}, base)
		var evs []Event
		for i := 0; i < s.Len(); i++ {
			if i > 0 {
				evs = append(evs, s.Apply(Next{}, base)...)
			}
			evs = append(evs, s.Apply(StartPause{}, base)...)
		}
		evs = append(evs, s.Advance(at(time.Hour))...)
		want := map[string]bool{"Coach's turn": true, "Newcomer's turn": true}
		n := 0
		for _, ev := range evs {
			if ev.Turn == "" {
				continue
			}
			n++
			if !want[ev.Turn] || strings.Contains(ev.Turn, newcomerName) {
				t.Errorf("%s: event Turn = %q, want a role's turn", name, ev.Turn)
			}
		}
		if n == 0 {
			t.Errorf("%s: no turn events", name)
		}
	}
}

// TestProjectedWhileLookingBack: looking back during a turn leaves it
// running, so the projected end is the one the turn's own step gives, and
// does not jump when the coach looks back or returns.
func TestProjectedWhileLookingBack(t *testing.T) {
	s := start(t, "first")
	goTo(t, s, "coach-turn", at(20*minute)) // 6 minutes late; 21m planned after the turn
	s.Apply(StartPause{}, at(20*minute))
	s.Apply(Prev{}, at(21*minute))
	s.Apply(Prev{}, at(21*minute)) // two steps back; the turn runs on
	if got := s.Projected(at(23 * minute)); !got.Equal(at(56 * minute)) {
		t.Errorf("Projected while looking back = base+%v, want base+56m (12m left in the turn, 21m after it)", got.Sub(base))
	}
	s.Apply(Next{}, at(24*minute))
	s.Apply(Next{}, at(24*minute))
	if got := s.Projected(at(24 * minute)); !got.Equal(at(56 * minute)) {
		t.Errorf("Projected back on the turn's step = base+%v, want base+56m", got.Sub(base))
	}
}
