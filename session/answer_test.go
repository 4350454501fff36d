package session

import (
	"strings"
	"testing"
)

func TestCheckAnswer(t *testing.T) {
	tests := []struct {
		in, want string
		err      string // part of the error, or "" for none
	}{
		{"Say back my key words", "Say back my key words", ""},
		{"  Just keep me company  ", "Just keep me company", ""},
		{"Ça me va, merci", "Ça me va, merci", ""},
		{strings.Repeat("é", MaxAnswer), strings.Repeat("é", MaxAnswer), ""},
		{"", "", "empty"},
		{"   ", "", "empty"},
		{strings.Repeat("a", MaxAnswer+1), "", "301 characters long (expected at most 300)"},
		{"quiet\tplease", "", "a tab at character 6"},
		{"one\ntwo", "", "a line break at character 4"},
		{"\x1b[31mred", "", `the escape character (\x1b) at character 1`},
		{"bad \xff byte", "", "at character 5"},
	}
	for _, tt := range tests {
		got, err := CheckAnswer(tt.in)
		switch {
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("CheckAnswer(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("CheckAnswer(%q) error %v, want one saying %q", tt.in, err, tt.err)
		}
	}
}

func TestTextAnswers(t *testing.T) {
	tests := []struct {
		name    string
		a       Answer
		changed bool
		want    string
	}{
		{"text", Answer{Item: 2, Text: " Say back my key words "}, true, "Say back my key words"},
		{"empty text", Answer{Item: 2}, false, ""},
		{"minutes for a text item", Answer{Item: 2, Minutes: 3}, false, ""},
		{"a control character", Answer{Item: 2, Text: "quiet\x1b[2J"}, false, ""},
		{"text for a minutes item", Answer{Item: 1, Minutes: 3, Text: "three"}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := start(t, "followup")
			goTo(t, s, "three-questions", base)
			evs := s.Apply(tt.a, at(minute))
			if (len(evs) > 0) != tt.changed {
				t.Fatalf("events %s, want a change: %v", fmtEvents(evs), tt.changed)
			}
			got, ok := s.Answer("three-questions", tt.a.Item)
			if ok != tt.changed || got != tt.want || s.Checked("three-questions", tt.a.Item) != tt.changed {
				t.Errorf("answer %q, %v, checked %v", got, ok, s.Checked("three-questions", tt.a.Item))
			}
		})
	}
}

// The newcomer's answer to the third question is shown during their
// turn, the coach's own answer during the coach's turn, in either order
// of the turns, and both are kept in the record and the snapshot.
func TestTurnAnswers(t *testing.T) {
	for _, option := range []int{0, 1} {
		s := start(t, "followup")
		goTo(t, s, "who-first", base)
		s.Apply(Choose{Option: option}, base)
		want := map[string]string{
			"newcomer-turn": "Say back my key words",
			"coach-turn":    "Mostly quiet, please",
		}
		for p := s.Pos(); p < s.Len(); p++ {
			id := s.Current().ID
			switch id {
			case "three-questions":
				if len(s.TurnAnswers()) != 0 {
					t.Errorf("answers shown at a step without a turn")
				}
				s.Apply(Answer{Item: 2, Text: want["newcomer-turn"]}, at(minute))
			case "coach-turn":
				s.Apply(Answer{Item: 1, Text: want["coach-turn"]}, at(minute))
			}
			if w, ok := want[id]; ok {
				got := s.TurnAnswers()
				if len(got) != 1 || got[0].Text != w || got[0].Question == "" {
					t.Errorf("option %d, %s: TurnAnswers = %+v, want %q", option, id, got, w)
				}
			} else if got := s.TurnAnswers(); len(got) != 0 {
				t.Errorf("option %d, %s: TurnAnswers = %+v, want none", option, id, got)
			}
			s.Apply(Next{}, at(minute))
		}
		back, err := Restore(saved(t, s, at(2*minute)))
		if err != nil {
			t.Fatal(err)
		}
		rec := back.Record("x", Closing{Outcome: Held}, at(3*minute))
		for _, st := range rec.Steps {
			if w, ok := want[st.ID]; ok && (len(st.Turn.Answers) != 1 || mapValues(st.Turn.Answers)[0] != w) {
				t.Errorf("option %d: record of %s: turn answers %v, want %q", option, st.ID, st.Turn.Answers, w)
			}
			if st.ID == "three-questions" && st.Answers["What would you like from me as your partner?"] != want["newcomer-turn"] {
				t.Errorf("option %d: record of three-questions: answers %v", option, st.Answers)
			}
		}
	}
}
