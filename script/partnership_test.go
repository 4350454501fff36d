package script

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPartnershipIsAPeerScript(t *testing.T) {
	if !slices.Contains(BuiltinNames(), "partnership") {
		t.Fatalf("BuiltinNames() = %v, want partnership among them", BuiltinNames())
	}
	s := loadBuiltin(t, "partnership")
	if !s.Peer() {
		t.Fatalf("kind = %q, want peer", s.Kind)
	}
	turns := map[string]Role{}
	for _, st := range s.Steps {
		if st.Turn == nil {
			continue
		}
		turns[st.ID] = st.Turn.Focuser
		if st.Turn.Length.D() != 20*time.Minute || len(st.Turn.Segments) > 0 {
			t.Errorf("%s: length %s, segments %v; want 20m in one piece", st.ID, st.Turn.Length, st.Turn.Segments)
		}
	}
	if want := map[string]Role{"a-turn": PartnerA, "b-turn": PartnerB}; !reflect.DeepEqual(turns, want) {
		t.Errorf("turns by focuser = %v, want %v", turns, want)
	}
	// Nothing of coaching: no coach, no newcomer, no fees.
	text := strings.ToLower(scriptText(s))
	for _, word := range []string{"coach", "newcomer", "fee", "fees", "invoice", "pool"} {
		if regexp.MustCompile(`\b` + word + `\b`).MatchString(text) {
			t.Errorf("the partnership script speaks of %q", word)
		}
	}
}

// TestPartnershipChoices checks the two choices: equal halves of 20 or 25
// minutes, and either partner first with their questions just before
// their turn and the feedback just after it.
func TestPartnershipChoices(t *testing.T) {
	s := loadBuiltin(t, "partnership")
	lengths := s.Steps[s.StepIndex("turn-length")].Choice
	var halves []time.Duration
	for _, o := range lengths.Options {
		if len(o.Lengths) != 2 || o.Lengths["a-turn"] != o.Lengths["b-turn"] {
			t.Errorf("option %q: lengths %v, want the same for a-turn and b-turn", o.Label, o.Lengths)
		}
		halves = append(halves, o.Lengths["a-turn"].D())
	}
	if want := []time.Duration{20 * time.Minute, 25 * time.Minute}; !slices.Equal(halves, want) {
		t.Errorf("halves = %v, want %v", halves, want)
	}
	var ids []string
	for _, st := range s.Steps {
		ids = append(ids, st.ID)
	}
	who := s.Steps[s.StepIndex("who-first")].Choice
	firsts := map[Role]bool{}
	for k, o := range who.Options {
		run := Reorder(ids, o.Order)
		if k == 0 && !slices.Equal(run, ids) {
			t.Errorf("the first option %q changes the written order: %v", o.Label, run)
		}
		for _, p := range []string{"a", "b"} {
			q, turn, fb := slices.Index(run, p+"-questions"), slices.Index(run, p+"-turn"), slices.Index(run, p+"-feedback")
			if q < 0 || turn != q+1 || fb != turn+1 {
				t.Errorf("option %q: %s-questions, %s-turn and %s-feedback do not run in a row: %v", o.Label, p, p, p, run)
			}
		}
		for _, id := range run {
			if st := s.Steps[s.StepIndex(id)]; st.Turn != nil {
				firsts[st.Turn.Focuser] = true
				break
			}
		}
	}
	if !firsts[PartnerA] || !firsts[PartnerB] {
		t.Errorf("the options do not let either partner focus first: %v", firsts)
	}
}

// TestPartnershipQuestions checks that the listener's three questions come
// before each turn, the second setting that turn's warning and the third
// kept in words for that turn.
func TestPartnershipQuestions(t *testing.T) {
	s := loadBuiltin(t, "partnership")
	for _, p := range []string{"a", "b"} {
		st := s.Steps[s.StepIndex(p+"-questions")]
		want := []Item{
			{Text: "Can you hear me OK?"},
			{Text: "How many minutes signal would you like before the end?", Answer: WarnMinutes, For: p + "-turn"},
			{Text: "What would you like from me as your partner?", Answer: TextAnswer, For: p + "-turn"},
		}
		if !reflect.DeepEqual(st.Checklist, want) {
			t.Errorf("%s: checklist %#v, want %#v", st.ID, st.Checklist, want)
		}
	}
	text := strings.ToLower(scriptText(s))
	for _, topic := range []string{"only reflects", "leads", "feedback", "next exchange", "empowered focuser, relaxed partner"} {
		if !strings.Contains(text, topic) {
			t.Errorf("the partnership script does not say %q", topic)
		}
	}
}
