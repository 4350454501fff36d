package app

import "testing"

// TestAskingTakesNoLetter: a question that ends or discards opens on
// staying; the arrows and tab move the choice and Enter takes it; any
// other key, every letter among them, closes it staying.
func TestAskingTakesNoLetter(t *testing.T) {
	q := QuitQuestion{Kind: QuitAsk, Question: "Quit?", CanEnd: true}.Ask()
	tests := []struct {
		keys []string
		want Command
	}{
		{[]string{"enter"}, CmdNo},
		{[]string{"right", "enter"}, CmdYes},
		{[]string{"tab", "tab", "enter"}, CmdEndInstead},
		{[]string{"left", "enter"}, CmdEndInstead},
		{[]string{"right", "shift+tab", "enter"}, CmdNo},
		{[]string{"right", "y"}, CmdNo},
		{[]string{"right", "e"}, CmdNo},
		{[]string{"right", "E"}, CmdNo},
		{[]string{"right", "q"}, CmdNo},
		{[]string{"right", "space"}, CmdNo},
		{[]string{"right", "esc"}, CmdNo},
		{[]string{"right", "ctrl+c"}, CmdNo},
	}
	for _, tt := range tests {
		a := q
		got, done := Command(0), false
		for _, k := range tt.keys {
			if done {
				t.Fatalf("%v: the question closed before %q", tt.keys, k)
			}
			got, done = a.Key(k)
		}
		if !done || got != tt.want {
			t.Errorf("%v: %v (done %v), want %v", tt.keys, got, done, tt.want)
		}
	}
}

// TestAskingTypedAnswers: the accessible mode answers with the whole
// word of what is done; any other line stays.
func TestAskingTypedAnswers(t *testing.T) {
	q := QuitQuestion{Kind: QuitAsk, Question: "Quit?", CanEnd: true}.Ask()
	for line, want := range map[string]Command{
		"quit": CmdYes, " QUIT ": CmdYes, "end": CmdEndInstead, "y": CmdNo, "yes": CmdNo,
		"e": CmdNo, "q": CmdNo, "": CmdNo, "quiet": CmdNo, "end it": CmdNo,
	} {
		if got := q.Answer(line); got != want {
			t.Errorf("%q: %v, want %v", line, got, want)
		}
	}
	if got := q.Typed(); got != "Type quit to quit, or end to end and write the log; anything else stays." {
		t.Errorf("Typed: %q", got)
	}
	if got := DiscardQuestion().Answer("d"); got != CmdNo {
		t.Error("a letter discards nothing")
	}
}
