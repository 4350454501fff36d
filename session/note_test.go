package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"partnercoach/timer"
)

func TestLeftPhrase(t *testing.T) {
	tests := map[time.Duration]string{
		2 * time.Minute:         "2 minutes left",
		time.Minute:             "1 minute left",
		90 * time.Second:        "1:30 left",
		1500 * time.Millisecond: "0:02 left",
	}
	for d, want := range tests {
		if got := LeftPhrase(d); got != want {
			t.Errorf("LeftPhrase(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestNotesOfARealTurn(t *testing.T) {
	s := toCoachTurn(t)
	s.Apply(StartPause{}, at(minute))
	evs := s.Advance(at(6 * minute)) // the first segment's end
	s.Apply(StartPause{}, at(6*minute))
	s.Advance(at(11 * minute))
	s.Apply(StartPause{}, at(11*minute))
	evs = append(evs, s.Advance(at(20*minute))...) // the warning and the end
	want := []string{
		"Coach's turn: segment 1 of 3 done|Time to check in. The timer is paused until you press space.|false",
		"Coach's turn: 2 minutes left|The turn ends at " + at(16*minute).Format("15:04") + ".|false",
		"Coach's turn: time is up|Overtime now counts up.|true",
	}
	var got []string
	for _, ev := range evs {
		if ev.Alert() {
			n := ev.Note(false, "press space")
			got = append(got, fmt.Sprintf("%s|%s|%v", n.Title, n.Body, n.Urgent))
			if strings.Contains(n.Title+n.Body, newcomerName) {
				t.Errorf("a note names the newcomer: %+v", n)
			}
			if ev.Note(true, "press space").Urgent {
				t.Errorf("%q is urgent in a silent run", n.Title)
			}
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("notes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := (Event{Kind: StepEntered}).Note(false, "x"); n != (timer.Note{}) {
		t.Fatalf("a step change gave a note: %+v", n)
	}
}
