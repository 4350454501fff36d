package session

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"partnercoach/script"
)

// partnerRun is what one partner asks for before their turn in
// TestPartnershipSession: the warning, in minutes, and the listening.
type partnerRun struct {
	id      string // "a" or "b"
	name    string // the turn's name
	warn    int
	wish    string
	focuser script.Role
}

var (
	partnerA = partnerRun{"a", "Partner A's turn", 3, "Say back my key words", script.PartnerA}
	partnerB = partnerRun{"b", "Partner B's turn", 1, "Mostly quiet, please", script.PartnerB}
)

const (
	hearQ = "Can you hear me OK?"
	warnQ = "How many minutes signal would you like before the end?"
	wishQ = "What would you like from me as your partner?"
)

// TestPartnershipSession runs a whole peer session of the partnership
// script on a fake clock, for each length of the halves and each partner
// first: the turns' lengths and planned times, the warnings each asked
// for, what each would like kept for their own turn only, the roles in
// the turns' names, and a record with no fee.
func TestPartnershipSession(t *testing.T) {
	for _, tc := range []struct {
		lengthOption, orderOption int
		half                      time.Duration
		planned                   time.Duration
		first, second             partnerRun
	}{
		{0, 0, 20 * minute, 50 * minute, partnerA, partnerB},
		{0, 1, 20 * minute, 50 * minute, partnerB, partnerA},
		{1, 0, 25 * minute, 60 * minute, partnerA, partnerB},
		{1, 1, 25 * minute, 60 * minute, partnerB, partnerA},
	} {
		t.Run(fmt.Sprintf("%v halves, %s first", tc.half, tc.first.id), func(t *testing.T) {
			runPartnership(t, tc.lengthOption, tc.orderOption, tc.half, tc.planned, tc.first, tc.second)
		})
	}
}

func runPartnership(t *testing.T, lengthOption, orderOption int, half, planned time.Duration, first, second partnerRun) {
	s := New(load(t, "partnership"), Options{}, base)
	now := base
	step := func(d time.Duration) { now = now.Add(d) }
	s.Apply(Toggle{Item: 0}, now) // starts the call
	step(minute)
	goTo(t, s, "turn-length", now)
	s.Apply(Choose{Option: lengthOption}, now)
	if got := s.Planned(); got != planned {
		t.Errorf("planned session %v, want %v", got, planned)
	}
	for _, id := range []string{"a-turn", "b-turn"} {
		if got := s.PlannedFor(id); got != half {
			t.Errorf("%s planned %v, want %v", id, got, half)
		}
		if got := s.Turn(id).Length(); got != half {
			t.Errorf("%s timer length %v, want %v", id, got, half)
		}
	}
	step(minute)
	goTo(t, s, "who-first", now)
	s.Apply(Choose{Option: orderOption}, now)
	p1, p2 := first.id, second.id
	want := []string{"settle", "turn-length", "who-first",
		p1 + "-questions", p1 + "-turn", p1 + "-feedback",
		p2 + "-questions", p2 + "-turn", p2 + "-feedback", "next-time"}
	if got := ids(s); !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	step(minute)
	runHalf(t, s, first, half, DefaultWarn, &now)
	step(minute)
	runHalf(t, s, second, half, time.Duration(first.warn)*minute, &now)
	step(minute)
	goTo(t, s, "next-time", now)
	s.Apply(Answer{Item: 0, Text: "Thursday at 18:00"}, now)
	s.Apply(End{}, now)
	rec := s.Record("peer-1", Closing{Outcome: Held, FeeCents: 5000}, now)
	checkPartnershipRecord(t, rec, half, first, second)
}

// runHalf asks one partner the three questions, then runs their turn to
// its end and moves on to the feedback. The other partner's turn must
// keep the warning otherWarn.
func runHalf(t *testing.T, s *Session, p partnerRun, half, otherWarn time.Duration, now *time.Time) {
	t.Helper()
	other := map[string]string{"a": "b-turn", "b": "a-turn"}[p.id]
	goTo(t, s, p.id+"-questions", *now)
	if got := s.WarnLimit(1); got != half {
		t.Errorf("%s: WarnLimit %v, want the turn's %v", p.id, got, half)
	}
	if evs := s.Apply(Answer{Item: 1, Minutes: int(half / minute)}, *now); len(evs) != 0 {
		t.Errorf("%s: a warning as long as the turn was taken: %s", p.id, fmtEvents(evs))
	}
	s.Apply(Toggle{Item: 0}, *now)
	s.Apply(Answer{Item: 1, Minutes: p.warn}, *now)
	s.Apply(Answer{Item: 2, Text: "  " + p.wish + " "}, *now)
	if got := s.Turn(p.id + "-turn").Warn(); got != time.Duration(p.warn)*minute {
		t.Errorf("%s-turn warns %v before its end, want %dm", p.id, got, p.warn)
	}
	if got := s.Turn(other).Warn(); got != otherWarn {
		t.Errorf("%s: the other turn, %s, warns %v before its end, want %v", p.id, other, got, otherWarn)
	}
	goTo(t, s, p.id+"-turn", *now)
	wantAnswers := []TurnAnswer{{Step: p.id + "-questions", Item: 2, Question: wishQ, Text: p.wish}}
	if got := s.TurnAnswers(); !reflect.DeepEqual(got, wantAnswers) {
		t.Errorf("%s-turn shows answers %+v, want %+v", p.id, got, wantAnswers)
	}
	start := *now
	wantEvents(t, p.id+" starts", s.Apply(StartPause{}, start), []Event{
		{Kind: TurnStarted, At: start, Step: p.id + "-turn", Turn: p.name, Left: half},
	})
	warnAt := start.Add(half - time.Duration(p.warn)*minute)
	*now = start.Add(half)
	wantEvents(t, p.id+" runs", s.Advance(*now), []Event{
		{Kind: WarningDue, At: warnAt, Step: p.id + "-turn", Turn: p.name, Segments: 1, Left: time.Duration(p.warn) * minute},
		{Kind: TurnEnded, At: *now, Step: p.id + "-turn", Turn: p.name, Segments: 1},
	})
	if st := s.Current(); st.Turn.Focuser != p.focuser || st.Turn.Listener == p.focuser {
		t.Errorf("%s-turn: focuser %s, listener %s", p.id, st.Turn.Focuser, st.Turn.Listener)
	}
	s.Apply(Next{}, *now)
	s.Apply(Toggle{Item: 0}, *now)
	s.Apply(Toggle{Item: 1}, *now)
}

// checkPartnershipRecord checks what the record keeps of a partnership
// session: a peer session without a fee, each turn at its length and
// with its focuser's wish, and the time of the next exchange.
func checkPartnershipRecord(t *testing.T, rec Record, half time.Duration, first, second partnerRun) {
	t.Helper()
	if !rec.Peer() || rec.Kind != "peer" || rec.FeeCents != 0 || rec.Newcomer != "" || rec.Number != 0 {
		t.Errorf("record kind %q, fee %d, newcomer %q, number %d; want a peer session with no fee and no newcomer",
			rec.Kind, rec.FeeCents, rec.Newcomer, rec.Number)
	}
	steps := map[string]StepRecord{}
	for _, st := range rec.Steps {
		steps[st.ID] = st
	}
	for _, p := range []partnerRun{first, second} {
		turn := steps[p.id+"-turn"]
		if turn.Planned != script.Duration(half) || turn.Turn == nil ||
			turn.Turn.Length != script.Duration(half) || turn.Turn.Used != script.Duration(half) || turn.Turn.Name != p.name {
			t.Errorf("%s-turn record %+v (turn %+v), want %v planned and used, named %q", p.id, turn, turn.Turn, half, p.name)
			continue
		}
		if want := script.Duration(half - time.Duration(p.warn)*minute); turn.Turn.WarnedAt != want {
			t.Errorf("%s-turn warned at %v, want %v (its warning of %d minutes)", p.id, turn.Turn.WarnedAt.D(), want.D(), p.warn)
		}
		if want := map[string]string{wishQ: p.wish}; !reflect.DeepEqual(turn.Turn.Answers, want) {
			t.Errorf("%s-turn keeps answers %v, want %v", p.id, turn.Turn.Answers, want)
		}
		q := steps[p.id+"-questions"]
		want := map[string]string{warnQ: fmt.Sprintf("%d minute", p.warn), wishQ: p.wish}
		if p.warn != 1 {
			want[warnQ] += "s"
		}
		if !reflect.DeepEqual(q.Answers, want) || !slices.Equal(q.Covered, []string{hearQ, warnQ, wishQ}) {
			t.Errorf("%s-questions record answers %v, covered %v; want %v and all three", p.id, q.Answers, q.Covered, want)
		}
		if fb := steps[p.id+"-feedback"]; len(fb.Covered) != 2 || len(fb.Missed) != 0 {
			t.Errorf("%s-feedback record covered %v, missed %v", p.id, fb.Covered, fb.Missed)
		}
	}
	next := steps["next-time"]
	if next.Answers["When is our next exchange?"] != "Thursday at 18:00" {
		t.Errorf("next-time keeps answers %v", next.Answers)
	}
	if rec.Steps[4].ID != first.id+"-turn" || rec.Steps[7].ID != second.id+"-turn" {
		t.Errorf("record steps out of order: %s then %s", rec.Steps[4].ID, rec.Steps[7].ID)
	}
}

// TestTurnLengthsChosenAgain checks that the halves can be chosen again,
// keeping minutes added to a turn; that Undo puts the lengths back; and
// that a session brought back from its autosave keeps them.
func TestTurnLengthsChosenAgain(t *testing.T) {
	s := New(load(t, "partnership"), Options{}, base)
	goTo(t, s, "turn-length", base)
	s.Apply(Choose{Option: 1}, at(minute))
	goTo(t, s, "a-turn", at(2*minute))
	s.Apply(Extend{By: minute}, at(2*minute))
	for s.Current().ID != "turn-length" {
		s.Apply(Prev{}, at(3*minute))
	}
	s.Apply(Choose{Option: 0}, at(3*minute))
	lengths := func(what string, a, b, planned time.Duration) {
		t.Helper()
		if got := s.Turn("a-turn").Length(); got != a {
			t.Errorf("%s: a-turn %v, want %v", what, got, a)
		}
		if got := s.Turn("b-turn").Length(); got != b {
			t.Errorf("%s: b-turn %v, want %v", what, got, b)
		}
		if got := s.Planned(); got != planned {
			t.Errorf("%s: planned %v, want %v", what, got, planned)
		}
	}
	lengths("chosen again", 21*minute, 20*minute, 50*minute)
	s.Apply(Undo{}, at(4*minute))
	lengths("undone", 26*minute, 25*minute, 60*minute)
	snap := s.Snapshot(at(4 * minute))
	s, err := Restore(snap)
	if err != nil {
		t.Fatalf("Restore: %v", err)
	}
	lengths("brought back", 26*minute, 25*minute, 60*minute)
	if got := s.PlannedFor("b-turn"); got != 25*minute {
		t.Errorf("brought back: b-turn planned %v, want 25m", got)
	}
	if !s.Script().Peer() || s.Script().Steps[s.Script().StepIndex("a-questions")].Checklist[1].For != "a-turn" {
		t.Error("the script brought back lost kind: or for:")
	}
}

// TestUndoAPartnersWarning checks that undoing the answer to the second
// question puts back the warning of that partner's turn alone.
func TestUndoAPartnersWarning(t *testing.T) {
	s := New(load(t, "partnership"), Options{}, base)
	goTo(t, s, "b-questions", base)
	s.Apply(Answer{Item: 1, Minutes: 4}, at(minute))
	if got := s.Turn("b-turn").Warn(); got != 4*minute {
		t.Fatalf("b-turn warns %v before its end, want 4m", got)
	}
	wantEvents(t, "Undo", s.Apply(Undo{}, at(2*minute)), []Event{
		{Kind: Undone, At: at(2 * minute), Step: "b-questions", Undid: "answered '" + warnQ + "': 4 minutes"},
	})
	if a, b := s.Turn("a-turn").Warn(), s.Turn("b-turn").Warn(); a != DefaultWarn || b != DefaultWarn {
		t.Errorf("after Undo: a-turn warns %v, b-turn %v; want %v both", a, b, DefaultWarn)
	}
	if _, ok := s.Answer("b-questions", 1); ok {
		t.Error("the answer is still recorded after Undo")
	}
}
