package app

import "strings"

// This file is the key table: every command the coach gives, on which
// screen, by which letter, for both front ends. The full screen (package
// tui) wraps each row into a key binding; the accessible mode (package
// tui/plain) reads typed letters and words by it and lists its commands
// from it. A letter means the same in both: n is the next step, s starts
// and pauses the turn, E ends the session, whichever front end is on. It
// is plain data, with no terminal types, so that both front ends can
// import it without importing each other.

// Command is something the coach asks for with a key or a typed command.
type Command int

// The commands, by the screen they belong to.
const (
	// Everywhere.
	CmdHelp Command = iota + 1
	CmdQuit
	CmdQuitNow

	// The running session.
	CmdNext
	CmdBack
	CmdStartPause
	CmdMore
	CmdLess
	CmdRestart
	CmdCheck
	CmdUp
	CmdDown
	CmdScrollUp
	CmdScrollDown
	CmdNote
	CmdMoment
	CmdEnd
	CmdUndo
	CmdCallStarts
	CmdPreview
	CmdAgenda
	CmdCards
	CmdSearch
	CmdCard
	CmdWhere
	CmdTimeLeft
	CmdRead
	CmdEscape
	CmdDrop

	// A question asked before something that ends or discards (see
	// Asking): its answers, and the keys that choose among them.
	CmdYes
	CmdNo
	CmdEndInstead
	CmdPrevAnswer
	CmdNextAnswer
	CmdAnswer

	// A field taking typed text.
	CmdKeep
	CmdCancel

	// The reference cards over the session.
	CmdCardUp
	CmdCardDown
	CmdPrevHit
	CmdNextHit
	CmdPageUp
	CmdPageDown
	CmdOpen
	CmdFind
	CmdToList
	CmdClose
	CmdLeave

	// The start screen.
	CmdPick
	CmdStart
	CmdBackToWho
	CmdNobody
	CmdMeantThem
	CmdMeantNew
	CmdResume
	CmdFinish
	CmdDiscard

	// The coach log.
	CmdReopen
	CmdRetry
	// The coach log's form on the full screen (with CmdUp, CmdDown, CmdYes
	// and CmdNo).
	CmdNextQuestion
	CmdPrevQuestion
	CmdToggle
)

// KeyGroup is a screen, or a part of one, whose commands are in force
// together: the commands of one group never share a key or a letter.
type KeyGroup int

// The groups of the key table.
const (
	// Everywhere holds the commands of every screen: help and quitting.
	Everywhere KeyGroup = iota + 1
	// OnSession is the running session's screen.
	OnSession
	// OnQuestion is a question asked before something that ends or
	// discards: quitting, ending the session, restarting a turn,
	// discarding an unfinished session (see Asking). Its keys are no
	// letters, so that typing cannot answer it.
	OnQuestion
	// OnField is a field that takes typed text: a note, an answer, a name.
	OnField
	// OnCards is the reference cards opened over the session: their list
	// or a card.
	OnCards
	// OnCardSearch is the search field of the reference cards.
	OnCardSearch
	// OnStart is the start screen's choice of whom the session is with.
	OnStart
	// OnScripts is the start screen's choice of script.
	OnScripts
	// OnLog is the coach log.
	OnLog
	// OnAfter is the screen once the coach log is written: the review of
	// the session's time and the steps after the coach log, with the
	// question whether the coach is available to coach again.
	OnAfter
)

// FrontEnd says which front ends take a command.
type FrontEnd int

// The front ends, as bits.
const (
	FullScreen FrontEnd = 1 << iota
	Accessible
	Both = FullScreen | Accessible
)

// Key is one row of the key table: a command of a group, its letter, and
// the other keys and words that ask for it.
type Key struct {
	Command Command
	Group   KeyGroup
	In      FrontEnd
	// Letter is the letter or sign that asks for the command in every
	// front end that takes it: pressed on the full screen, typed (then
	// Enter) in the accessible mode. It is "" when the command has none.
	Letter string
	// Keys are the full screen's other keys for it, as Bubble Tea names
	// them ("right", "space", "ctrl+c").
	Keys []string
	// Words are the accessible mode's other names for it, taken in any
	// case and listed in its help; Also are taken but not listed.
	Words, Also []string
	// Label names the keys in the full screen's help ("n/→"); Brief says
	// what the command does there, in a word or two ("next").
	Label, Brief string
	// Says says what the command does, for the accessible mode's list of
	// commands and the README ("the next step").
	Says string
}

// Keys is the key table.
var Keys = []Key{
	{Command: CmdHelp, Group: Everywhere, In: Both, Letter: "?", Words: []string{"h", "help"},
		Label: "?", Brief: "help", Says: "this list of the commands"},
	{Command: CmdQuit, Group: Everywhere, In: Both, Letter: "q", Words: []string{"quit"}, Also: []string{"exit"},
		Label: "q", Brief: "quit", Says: "quit, the session saved for 'partnercoach resume' (asked first while a session is under way)"},
	{Command: CmdQuitNow, Group: Everywhere, In: FullScreen, Keys: []string{"ctrl+c"}, Label: "ctrl+c", Brief: "quit now"},

	{Command: CmdNext, Group: OnSession, In: Both, Letter: "n", Keys: []string{"right"}, Words: []string{"next"},
		Label: "n/→", Brief: "next", Says: "the next step"},
	{Command: CmdBack, Group: OnSession, In: Both, Letter: "p", Keys: []string{"left"}, Words: []string{"b", "back"},
		Also: []string{"prev", "previous"}, Label: "p/←", Brief: "back", Says: "the step before"},
	{Command: CmdStartPause, Group: OnSession, In: Both, Letter: "s", Keys: []string{"space"}, Words: []string{"start", "pause"},
		Also: []string{"resume", "go"}, Label: "space/s", Brief: "start/pause",
		Says: "start, pause or go on with the turn's timer; after a segment's check-in, start the next segment"},
	{Command: CmdMore, Group: OnSession, In: Both, Letter: "+", Keys: []string{"="}, Words: []string{"more"}, Also: []string{"="},
		Label: "+", Brief: "1 min more", Says: "one minute more for the turn (+ 3 or +3: three minutes)"},
	{Command: CmdLess, Group: OnSession, In: Both, Letter: "-", Keys: []string{"_"}, Words: []string{"less"},
		Label: "-", Brief: "1 min less", Says: "one minute less for the turn (- 3 or -3: three minutes)"},
	{Command: CmdRestart, Group: OnSession, In: Both, Letter: "R", Words: []string{"restart"},
		Label: "R", Brief: "restart", Says: "the turn back to its full length, not running (asked first)"},
	{Command: CmdCheck, Group: OnSession, In: Both, Letter: "x", Keys: []string{"enter"}, Words: []string{"check"},
		Also: []string{"tick", "choose"}, Label: "x/enter", Brief: "check",
		Says: "check off the checklist item, or choose the option, of the number after it (x 2); " +
			"x 2 3 answers item 2 with 3 minutes, x 3 and words answers item 3 in words"},
	{Command: CmdUp, Group: OnSession, In: FullScreen, Keys: []string{"up", "k"}, Label: "↑", Brief: "up"},
	{Command: CmdDown, Group: OnSession, In: FullScreen, Keys: []string{"down", "j"}, Label: "↓", Brief: "down"},
	{Command: CmdScrollUp, Group: OnSession, In: FullScreen, Keys: []string{"pgup"}, Label: "pgup", Brief: "scroll up"},
	{Command: CmdScrollDown, Group: OnSession, In: FullScreen, Keys: []string{"pgdown"}, Label: "pgdn", Brief: "scroll down"},
	{Command: CmdNote, Group: OnSession, In: Both, Letter: "N", Words: []string{"note"},
		Label: "N", Brief: "note",
		Says: "a note for the coach log, its text after it (note alone keeps the note draft, or asks for the text)"},
	{Command: CmdMoment, Group: OnSession, In: Both, Letter: "m", Words: []string{"mark"},
		Label: "m", Brief: "partnering", Says: "mark a partnering moment"},
	{Command: CmdEnd, Group: OnSession, In: Both, Letter: "E", Words: []string{"end"},
		Label: "E", Brief: "end, log", Says: "end the session and write the coach log (asked first)"},
	{Command: CmdUndo, Group: OnSession, In: Both, Letter: "u", Words: []string{"undo"},
		Label: "u", Brief: "undo", Says: "undo the last change, again and again; it says what it undid"},
	{Command: CmdCallStarts, Group: OnSession, In: Both, Letter: "S", Words: []string{"call"},
		Label: "S", Brief: "call starts",
		Says: "start the session clock now: the call has begun (it starts by itself at your first change to the session)"},
	{Command: CmdPreview, Group: OnSession, In: Both, Letter: "v", Words: []string{"preview"}, Also: []string{"next?"},
		Label: "v", Brief: "next step", Says: "the next step, without leaving this one"},
	{Command: CmdAgenda, Group: OnSession, In: Both, Letter: "a", Words: []string{"l", "list"}, Also: []string{"agenda", "steps"},
		Label: "a", Brief: "agenda", Says: "the steps, with their planned and spent times"},
	{Command: CmdCards, Group: OnSession, In: Both, Letter: "c", Words: []string{"cards"},
		Label: "c", Brief: "cards", Says: "the reference cards, the current step's first"},
	{Command: CmdSearch, Group: OnSession, In: FullScreen, Letter: "/", Label: "/", Brief: "find card"},
	{Command: CmdCard, Group: OnSession, In: Accessible, Words: []string{"card"},
		Says: "one reference card, by the number or the name after it (card 2, card listening)"},
	{Command: CmdWhere, Group: OnSession, In: Accessible, Letter: "w", Words: []string{"where"},
		Says: "where the session is: the step, the turn and its time left, the session's time"},
	{Command: CmdTimeLeft, Group: OnSession, In: Accessible, Letter: "t", Words: []string{"time"},
		Says: "the time left (Enter alone too)"},
	{Command: CmdRead, Group: OnSession, In: Accessible, Words: []string{"read"}, Also: []string{"step"},
		Says: "the whole current step again"},
	{Command: CmdEscape, Group: OnSession, In: FullScreen, Keys: []string{"esc"}, Label: "esc", Brief: "back out"},
	{Command: CmdDrop, Group: OnSession, In: Accessible, Words: []string{"drop"},
		Says: "drop the text typed into the note draft: a line that is no command goes there"},

	{Command: CmdPrevAnswer, Group: OnQuestion, In: FullScreen, Keys: []string{"left", "shift+tab"}, Label: "←/→", Brief: "choose"},
	{Command: CmdNextAnswer, Group: OnQuestion, In: FullScreen, Keys: []string{"right", "tab"}, Label: "→", Brief: "next answer"},
	{Command: CmdAnswer, Group: OnQuestion, In: FullScreen, Keys: []string{"enter"}, Label: "enter", Brief: "answer"},
	{Command: CmdNo, Group: OnQuestion, In: FullScreen, Keys: []string{"esc"}, Label: "esc", Brief: "stay"},

	{Command: CmdKeep, Group: OnField, In: FullScreen, Keys: []string{"enter"}, Label: "enter", Brief: "done"},
	{Command: CmdCancel, Group: OnField, In: FullScreen, Keys: []string{"esc"}, Label: "esc", Brief: "back"},

	{Command: CmdStartPause, Group: OnCards, In: FullScreen, Letter: "s", Keys: []string{"space"}, Label: "space/s", Brief: "start/pause"},
	{Command: CmdCardUp, Group: OnCards, In: FullScreen, Keys: []string{"up", "k"}, Label: "↑/k", Brief: "up"},
	{Command: CmdCardDown, Group: OnCards, In: FullScreen, Keys: []string{"down", "j"}, Label: "↓/j", Brief: "down"},
	{Command: CmdPageUp, Group: OnCards, In: FullScreen, Keys: []string{"pgup"}, Label: "pgup", Brief: "page up"},
	{Command: CmdPageDown, Group: OnCards, In: FullScreen, Keys: []string{"pgdown"}, Label: "pgdn", Brief: "page down"},
	{Command: CmdOpen, Group: OnCards, In: FullScreen, Keys: []string{"enter"}, Label: "enter", Brief: "open card"},
	{Command: CmdFind, Group: OnCards, In: FullScreen, Letter: "/", Label: "/", Brief: "search"},
	{Command: CmdToList, Group: OnCards, In: FullScreen, Keys: []string{"backspace"}, Label: "backspace", Brief: "back to list"},
	{Command: CmdClose, Group: OnCards, In: FullScreen, Keys: []string{"esc"}, Label: "esc", Brief: "back to the session"},
	{Command: CmdLeave, Group: OnCards, In: FullScreen, Letter: "q", Label: "q", Brief: "close cards"},
	{Command: CmdPrevHit, Group: OnCardSearch, In: FullScreen, Keys: []string{"up"}, Label: "↑", Brief: "up"},
	{Command: CmdNextHit, Group: OnCardSearch, In: FullScreen, Keys: []string{"down"}, Label: "↓", Brief: "down"},
	{Command: CmdOpen, Group: OnCardSearch, In: FullScreen, Keys: []string{"enter"}, Label: "enter", Brief: "open card"},
	{Command: CmdClose, Group: OnCardSearch, In: FullScreen, Keys: []string{"esc"}, Label: "esc", Brief: "back to the session"},

	{Command: CmdUp, Group: OnStart, In: FullScreen, Keys: []string{"up", "k"}, Label: "↑", Brief: "up"},
	{Command: CmdDown, Group: OnStart, In: FullScreen, Keys: []string{"down", "j"}, Label: "↓", Brief: "down"},
	{Command: CmdPick, Group: OnStart, In: FullScreen, Letter: "x", Keys: []string{"enter"}, Label: "enter", Brief: "choose"},
	{Command: CmdNobody, Group: OnStart, In: Accessible, Words: []string{"none"}, Also: []string{"no newcomer", "nobody"},
		Says: "a session with no newcomer"},
	{Command: CmdMeantThem, Group: OnStart, In: Both, Letter: "y", Keys: []string{"Y"}, Words: []string{"yes"},
		Label: "y", Brief: "yes, them"},
	{Command: CmdMeantNew, Group: OnStart, In: Both, Letter: "n", Keys: []string{"N"}, Words: []string{"no"},
		Label: "n", Brief: "no, someone new"},
	{Command: CmdBackToWho, Group: OnStart, In: FullScreen, Keys: []string{"esc"}, Label: "esc", Brief: "back"},
	{Command: CmdUp, Group: OnScripts, In: FullScreen, Keys: []string{"up", "k"}, Label: "↑", Brief: "up"},
	{Command: CmdDown, Group: OnScripts, In: FullScreen, Keys: []string{"down", "j"}, Label: "↓", Brief: "down"},
	{Command: CmdStart, Group: OnScripts, In: FullScreen, Letter: "x", Keys: []string{"enter"}, Label: "enter", Brief: "start"},
	{Command: CmdBackToWho, Group: OnScripts, In: Both, Letter: "b", Keys: []string{"esc"}, Words: []string{"back"},
		Label: "esc", Brief: "back", Says: "choose whom again"},

	{Command: CmdResume, Group: OnStart, In: Accessible, Letter: "r", Words: []string{"resume"}, Says: "resume the unfinished session where it was"},
	{Command: CmdFinish, Group: OnStart, In: Accessible, Letter: "f", Words: []string{"finish"}, Says: "write the unfinished session's coach log"},
	{Command: CmdDiscard, Group: OnStart, In: Accessible, Letter: "d", Words: []string{"discard"}, Says: "drop the unfinished session (asked first)"},

	{Command: CmdReopen, Group: OnLog, In: Both, Keys: []string{"ctrl+b"}, Words: []string{"back"},
		Label: "ctrl+b", Brief: "back to the session", Says: "back to the session, while nothing of the log is written"},
	{Command: CmdRetry, Group: OnLog, In: Both, Letter: "r", Keys: []string{"R"}, Words: []string{"retry"},
		Label: "r", Brief: "try again", Says: "try again to write the coach log"},
	{Command: CmdNextQuestion, Group: OnLog, In: FullScreen, Keys: []string{"enter", "tab"}, Label: "enter", Brief: "next"},
	{Command: CmdPrevQuestion, Group: OnLog, In: FullScreen, Keys: []string{"esc", "shift+tab"}, Label: "esc", Brief: "previous question"},
	{Command: CmdUp, Group: OnLog, In: FullScreen, Keys: []string{"up", "k"}, Label: "↑", Brief: "up"},
	{Command: CmdDown, Group: OnLog, In: FullScreen, Keys: []string{"down", "j"}, Label: "↓", Brief: "down"},
	{Command: CmdToggle, Group: OnLog, In: FullScreen, Keys: []string{"left", "right"}, Label: "←/→", Brief: "yes/no"},
	{Command: CmdYes, Group: OnLog, In: FullScreen, Letter: "y", Keys: []string{"Y"}, Label: "y", Brief: "yes"},
	{Command: CmdNo, Group: OnLog, In: FullScreen, Letter: "n", Keys: []string{"N"}, Label: "n", Brief: "no"},

	{Command: CmdYes, Group: OnAfter, In: Both, Letter: "y", Keys: []string{"Y"}, Words: []string{"yes"},
		Label: "y", Brief: "available", Says: "available to coach another newcomer"},
	{Command: CmdNo, Group: OnAfter, In: Both, Letter: "n", Keys: []string{"N"}, Words: []string{"no"}, Also: []string{"not now"},
		Label: "n", Brief: "not now", Says: "not available to coach for now"},
	{Command: CmdScrollUp, Group: OnAfter, In: FullScreen, Keys: []string{"pgup"}, Label: "pgup", Brief: "scroll up"},
	{Command: CmdScrollDown, Group: OnAfter, In: FullScreen, Keys: []string{"pgdown"}, Label: "pgdn", Brief: "scroll down"},
}

// KeyOf returns the row of a command in a group, and false when the group
// has no such command.
func KeyOf(g KeyGroup, c Command) (Key, bool) {
	for _, k := range Keys {
		if k.Group == g && k.Command == c {
			return k, true
		}
	}
	return Key{}, false
}

// LetterOf returns the letter of a command in a group, or "".
func LetterOf(g KeyGroup, c Command) string {
	k, _ := KeyOf(g, c)
	return k.Letter
}

// CommandFor returns the command of a group that a word typed in the
// accessible mode asks for, and false for none. The letter is taken as
// typed; a lower-case letter is taken in upper case too, unless that is a
// letter of its own in the group (n is the next step, N a note). The
// words are taken in any case.
func CommandFor(g KeyGroup, word string) (Command, bool) {
	rows := Commands(g, Accessible)
	for _, k := range rows {
		if k.Letter != "" && k.Letter == word {
			return k.Command, true
		}
	}
	low := strings.ToLower(word)
	for _, k := range rows {
		if k.Letter != "" && k.Letter == low && !hasLetter(rows, word) {
			return k.Command, true
		}
		for _, w := range append(append([]string{}, k.Words...), k.Also...) {
			if w == low {
				return k.Command, true
			}
		}
	}
	return 0, false
}

// Commands returns the rows of a group that a front end takes, in the
// table's order: for its list of commands and its help.
func Commands(g KeyGroup, fe FrontEnd) []Key {
	var out []Key
	for _, k := range Keys {
		if k.Group == g && k.In&fe != 0 {
			out = append(out, k)
		}
	}
	return out
}

// hasLetter reports whether a letter is one of the rows'.
func hasLetter(rows []Key, letter string) bool {
	for _, k := range rows {
		if k.Letter == letter {
			return true
		}
	}
	return false
}

// Names says how the accessible mode names a command: its letter and its
// words, "n or next", "p, b or back".
func (k Key) Names() string {
	names := append([]string{}, k.Words...)
	if k.Letter != "" {
		names = append([]string{k.Letter}, names...)
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
