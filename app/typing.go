package app

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"partnercoach/session"
)

// This file holds the rule that tells typing from commands on a screen
// whose letters are commands (the session's): text typed in the wrong
// place, at any pace, must not end, quit, restart, skip or pause
// anything.
//
// Keys that follow each other within TypingGap are a run: the last
// moments of keys. Typing is found in a run by a key that types text and
// is no command of the screen in force (most letters: o, e, i, t, h…, or
// any letter while a question is asked), or by two keys that type text
// within BurstGap, faster than a person presses commands one at a time,
// or by two different letters within LetterGap.
// Then every change the run made is undone, its text goes into the note
// draft, and the front end opens the note field with it, so that what is
// typed next goes there too, at whatever pace: the coach keeps it as a
// note (Enter) or drops it (DropTyped, Escape). A question asked in the
// run is closed, and what the run opened is put back.
//
// The words a coach types all hold such a letter early ("quiet": q asks,
// u is no answer; "so yes": s pauses, o is no command), so a run of
// commands that a letter shows to have been typing is taken back
// whole, the space between words with it.

// TypingGap is the longest time between two keys of one run: the keys
// whose changes are undone when the run shows itself to be typing.
const TypingGap = 1500 * time.Millisecond

// BurstGap is the longest time between two keys that type text for them
// to be typing whatever they are: a person pressing commands one at a
// time is slower.
const BurstGap = 150 * time.Millisecond

// LetterGap is the longest time between two different letters for them
// to be typing: a person finds a second, other command key more slowly,
// while a word made of command letters alone ("sun", "as", "Sam") comes
// faster. The same letter again ("n n", to move on twice) is a person
// repeating a command unless it comes within BurstGap.
const LetterGap = 250 * time.Millisecond

// Stroke is a key pressed on a screen whose letters are commands.
type Stroke struct {
	// Text is what the key types ("n", " "), or "" for a key that types
	// nothing (Enter, an arrow, backspace), which never shows typing.
	Text string
	// Name names the key as the key table does: "n", "E", "space", "enter".
	Name string
	// Groups are the groups of the key table in force on the screen: a
	// key of theirs is a command there.
	Groups []KeyGroup
}

// KeyVerdict is what a front end does with a key of a guarded screen.
type KeyVerdict int

// The verdicts of Core.Keystroke.
const (
	// KeyAct: the key is a command, in a run already under way; act on it.
	KeyAct KeyVerdict = iota
	// KeyFirst: the key is a command that starts a run. The front end
	// keeps what its screen shows (panels, questions), to put back if
	// the run turns out to be typing, and acts on it.
	KeyFirst
	// KeyTyping: the run is typing. The core has undone its changes
	// (its Effects say so) and put its text, this key's with it, in the
	// note draft. The front end puts back what it kept at the run's
	// start, closes what is open over the session (a question, the
	// help, the cards) and opens the note field with the draft.
	KeyTyping
)

// typing is the state of the rule.
type typing struct {
	last     time.Time // when the last key came, or zero to start a new run
	lastText string    // the text the last key typed
	runFrom  int       // the count of changes before the run's first key
	run      []rune    // the text of the run, at most MaxNote characters
	changes  int       // the changes made to the session in this run, less those undone
	// open is whether the note draft holds typed text, not yet kept or
	// dropped; before is the draft as it was before the typing.
	open   bool
	before string
}

// Keystroke tells the core of a key pressed on a guarded screen at now,
// before the front end acts on it, and says what to do with it.
func (c *Core) Keystroke(s Stroke, now time.Time) (KeyVerdict, Effects) {
	t := &c.typing
	gap := c.clock.Wait(now.Sub(t.last))
	inRun := !t.last.IsZero() && gap >= 0 && gap < TypingGap
	fast := inRun && t.lastText != "" && s.Text != "" &&
		(gap < BurstGap || gap < LetterGap && s.Text != t.lastText && isLetter(s.Text) && isLetter(t.lastText))
	t.last, t.lastText = now, s.Text
	verdict := KeyAct
	if !inRun {
		verdict, t.runFrom, t.run = KeyFirst, t.changes, t.run[:0]
	}
	t.keep(s.Text)
	if c.stage != Running || s.Text == "" || !fast && isCommand(s.Groups, s.Name) {
		return verdict, Effects{}
	}
	e := c.undoTo(t.runFrom)
	text := strings.TrimLeft(string(t.run), " ")
	t.last, t.run = time.Time{}, t.run[:0]
	e.add(c.typeInDraft(text))
	return KeyTyping, e
}

// NoteCapital reports whether the key that opened the note field was the
// capital of a word being typed rather than the note command: it typed
// the note command's letter (N), and text, the first key typed into the
// empty field, is a small letter that came within LetterGap of it, as in
// "Now". The front end then puts the capital back before it.
func (c *Core) NoteCapital(text string, now time.Time) bool {
	t := &c.typing
	gap := c.clock.Wait(now.Sub(t.last))
	r, _ := utf8.DecodeRuneInString(text)
	return !t.last.IsZero() && gap >= 0 && gap < LetterGap && t.lastText == LetterOf(OnSession, CmdNote) &&
		isLetter(text) && unicode.IsLower(r)
}

// isLetter reports whether a key's text is one letter.
func isLetter(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	return size == len(text) && unicode.IsLetter(r)
}

// keep adds a key's text to the run's, within its bound.
func (t *typing) keep(text string) {
	if utf8.RuneCountInString(text)+len(t.run) <= MaxNote {
		t.run = append(t.run, []rune(text)...)
	}
}

// isCommand reports whether a key is a command of one of the groups, on
// the full screen.
func isCommand(groups []KeyGroup, name string) bool {
	for _, g := range groups {
		if _, ok := keyCommand(g, name); ok {
			return true
		}
	}
	return false
}

// typeInDraft puts typed text at the end of the note draft, remembering
// the draft as it was before the typing began, so that DropTyped can put
// it back.
func (c *Core) typeInDraft(text string) Effects {
	d := c.ses.NoteDraft()
	if !c.typing.open {
		c.typing.open, c.typing.before = true, d
	}
	if d != "" && text != "" {
		d += " "
	}
	return c.SetNoteDraft(Cut(d+text, MaxNote))
}

// TypedLine takes a line typed in the accessible mode that is no command
// as typing: it goes into the note draft, which the coach keeps as a note
// or drops.
func (c *Core) TypedLine(line string) Effects {
	if c.stage != Running {
		return Effects{}
	}
	return c.typeInDraft(strings.TrimSpace(line))
}

// Typed reports whether the note draft holds typed text not taken as
// commands, that the coach has not yet kept or dropped.
func (c *Core) Typed() bool { return c.typing.open && c.ses != nil && c.ses.NoteDraft() != "" }

// DropTyped drops the text typing put in the note draft: the draft goes
// back to what it was before.
func (c *Core) DropTyped() Effects {
	if !c.typing.open {
		return Effects{}
	}
	c.typing.open = false
	return c.SetNoteDraft(c.typing.before)
}

// undoTo undoes the session's changes until n are left.
func (c *Core) undoTo(n int) Effects {
	var e Effects
	for c.stage == Running && c.typing.changes > n {
		before := c.typing.changes
		e.add(c.Apply(session.Undo{}))
		if c.typing.changes == before {
			break // nothing was left to undo
		}
	}
	return e
}

// counted keeps the count of the changes made to the session: an action
// that changed anything brings an event of its own, not an alert; an
// undo that undid a change brings an Undone event.
func (c *Core) counted(undo bool, evs []session.Event) {
	for _, ev := range evs {
		switch {
		case ev.Kind == session.Undone:
			c.typing.changes--
			return
		case !undo && !ev.Alert():
			c.typing.changes++
			return
		}
	}
}
