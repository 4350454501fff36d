package app

import "strings"

// This file holds the rule of a question asked before something that
// ends or discards: quitting, ending the session, restarting a turn,
// discarding an unfinished session. Such a question is never answered by
// a letter, since a letter can come in the flow of typing: it opens with
// staying chosen, the full screen's arrows (or tab) move the choice and
// Enter takes it, and any other key closes it, staying, and is not acted
// on. In the accessible mode, where a line is typed and Enter sent, the
// answer is the whole word of what is done ("end", "restart", "quit",
// "discard"); any other line stays.

// Asking is a question asked before something that ends or discards,
// with its answers and the one chosen. The zero choice is staying.
type Asking struct {
	// Text asks the question: "End the session now and write the coach log?".
	Text string
	// Spoken is Text in words for the accessible mode, where Text writes a
	// time in digits as the screen shows it; "" when Text has none.
	Spoken string
	// Options are its answers, staying first.
	Options []Option
	chosen  int
}

// Option is one answer to an Asking.
type Option struct {
	// Command is what the answer does: CmdNo stays, CmdYes does what was
	// asked about, CmdEndInstead ends the session instead of quitting.
	Command Command
	// Label names the answer on the full screen: "Stay", "End the session".
	Label string
	// Word is the accessible mode's answer, the word typed alone on its
	// line: "end", "quit"; "" for staying, which any other line answers.
	Word string
}

// stayOption is the answer every Asking opens with.
var stayOption = Option{Command: CmdNo, Label: "Stay"}

// newAsking asks text with staying chosen, then the given answers.
func newAsking(text string, answers ...Option) Asking {
	return Asking{Text: text, Options: append([]Option{stayOption}, answers...)}
}

// Said returns the question as the accessible mode says it: Spoken, or
// Text when that has no time in digits.
func (a Asking) Said() string {
	if a.Spoken != "" {
		return a.Spoken
	}
	return a.Text
}

// Chosen returns the index of the answer chosen now.
func (a Asking) Chosen() int { return a.chosen }

// Key takes a key of the full screen, named as the key table names keys,
// pressed while the question is on show. It reports the command decided
// and true when the question is over: Enter takes the answer chosen, and
// any key but the question's own closes it, staying (CmdNo); a key that
// moves the choice returns false.
func (a *Asking) Key(name string) (Command, bool) {
	switch c, _ := keyCommand(OnQuestion, name); c {
	case CmdPrevAnswer:
		a.chosen = (a.chosen + len(a.Options) - 1) % len(a.Options)
		return 0, false
	case CmdNextAnswer:
		a.chosen = (a.chosen + 1) % len(a.Options)
		return 0, false
	case CmdAnswer:
		return a.Options[a.chosen].Command, true
	}
	return CmdNo, true
}

// Answer reads a typed line as the answer: the command of the option
// whose word it is, alone on the line in any case, else staying.
func (a Asking) Answer(line string) Command {
	word := strings.ToLower(strings.TrimSpace(line))
	for _, o := range a.Options {
		if o.Word != "" && o.Word == word {
			return o.Command
		}
	}
	return CmdNo
}

// Typed says the answers for the accessible mode: "Type end to end the
// session; anything else stays."
func (a Asking) Typed() string {
	var parts []string
	for _, o := range a.Options {
		if o.Word != "" {
			parts = append(parts, o.Word+" to "+LowerFirst(o.Label))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Type " + strings.Join(parts, ", or ") + "; anything else stays."
}

// wordOf returns the accessible mode's first word of a command of a
// group: the word an Asking takes for doing it.
func wordOf(g KeyGroup, c Command) string {
	k, _ := KeyOf(g, c)
	if len(k.Words) == 0 {
		return ""
	}
	return k.Words[0]
}

// keyCommand returns the command of a group that a full-screen key asks
// for, by its letter or its other keys, and false for none.
func keyCommand(g KeyGroup, name string) (Command, bool) {
	for _, k := range Commands(g, FullScreen) {
		if k.Letter != "" && k.Letter == name {
			return k.Command, true
		}
		for _, n := range k.Keys {
			if n == name {
				return k.Command, true
			}
		}
	}
	return 0, false
}

// Ask returns the quit question as an Asking: staying, quitting and, in
// a running session, ending it instead.
func (q QuitQuestion) Ask() Asking {
	quit := Option{Command: CmdYes, Label: "Quit", Word: wordOf(Everywhere, CmdQuit)}
	if !q.CanEnd {
		return newAsking(q.Question, quit)
	}
	end := Option{Command: CmdEndInstead, Label: "End and write the log", Word: wordOf(OnSession, CmdEnd)}
	return newAsking(q.Question, quit, end)
}

// ReplaceQuestion is the question asked before a new session starts while
// an unfinished one is on offer: the autosave holds one session, so the
// new one takes its place.
func ReplaceQuestion() Asking {
	return newAsking("Start a new session? The unfinished session is then discarded for good: nothing of it will be kept.",
		Option{Command: CmdYes, Label: "Start, discarding it", Word: "start"})
}

// DiscardQuestion is the question asked before an unfinished session is
// discarded for good.
func DiscardQuestion() Asking {
	return newAsking("Discard the unfinished session for good? Nothing of it will be kept.",
		Option{Command: CmdYes, Label: "Discard it", Word: "discard"})
}
