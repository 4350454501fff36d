package app

import (
	"time"
	"unicode/utf8"

	"partnercoach/session"
)

// This file holds the rule that tells typing from commands on the
// session screen, where every letter is a command: keys that come faster
// than a person presses commands one at a time are text typed in the
// wrong place (a note typed without opening the note field first), and
// must not end, restart, skip or pause anything.
//
// Two keys that carry text within BurstGap of each other start a burst.
// The change the first of them made is undone, and from then on every key
// is taken as typing, not acted on, until the keys stop for BurstQuiet: a
// typist's pause between words does not end the burst. The text typed
// (BurstText) is offered to the coach, to put in a note or drop.

// BurstGap is the longest time between two keys of a burst: a person
// pressing commands one at a time is slower.
const BurstGap = 150 * time.Millisecond

// BurstQuiet is how long the keys must stop before a burst is over and
// keys are commands again.
const BurstQuiet = time.Second

// KeyVerdict is what a front end does with a key of the session screen.
type KeyVerdict int

// The verdicts of Core.Keystroke.
const (
	// KeyAct: the key is a command; act on it.
	KeyAct KeyVerdict = iota
	// KeyBurst: this key started a burst. The core has undone the
	// session's change made by the key before it (its Effects say so);
	// the front end puts back what that key changed on screen (a panel
	// opened, a question asked) and does nothing with this one.
	KeyBurst
	// KeyInBurst: the key is part of a burst; do nothing with it.
	KeyInBurst
)

// typing is the state of the burst rule.
type typing struct {
	last     time.Time // when the last key came
	lastText string    // the text of the last key acted on
	before   int       // the count of changes before the last key acted on
	burst    bool      // a burst is under way
	typed    []rune    // the text of the burst, at most MaxNote characters
	changes  int       // the changes made to the session in this run, less those undone
}

// Keystroke tells the core of a key pressed on the session screen at now,
// before the front end acts on it, and says what to do with it. text is
// what the key types ("n", " "), or "" for a key that types nothing
// (Enter, an arrow), which never starts a burst but is taken as typing within one.
// Backspace within a burst takes back the last character typed.
func (c *Core) Keystroke(text string, backspace bool, now time.Time) (KeyVerdict, Effects) {
	t := &c.typing
	gap := c.clock.Wait(now.Sub(t.last))
	recent := !t.last.IsZero() && gap >= 0
	t.last = now
	switch {
	case t.burst && recent && gap < BurstQuiet:
		t.keep(text, backspace)
		return KeyInBurst, Effects{}
	case text != "" && t.lastText != "" && recent && gap < BurstGap && c.stage == Running:
		t.burst = true
		if len(t.typed) > 0 {
			t.keep(" ", false) // the text of an earlier burst, not yet taken, stays
		}
		t.keep(t.lastText, false)
		t.keep(text, false)
		t.lastText = ""
		return KeyBurst, c.undoTo(t.before)
	}
	t.burst = false
	t.lastText, t.before = text, t.changes
	return KeyAct, Effects{}
}

// keep adds a key's text to the text typed, within its bound.
func (t *typing) keep(text string, backspace bool) {
	switch {
	case backspace && len(t.typed) > 0:
		t.typed = t.typed[:len(t.typed)-1]
	case utf8.RuneCountInString(text)+len(t.typed) <= MaxNote:
		t.typed = append(t.typed, []rune(text)...)
	}
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

// Bursting reports whether a burst is under way at now: keys are taken as
// typing.
func (c *Core) Bursting(now time.Time) bool {
	return c.typing.burst && c.clock.Wait(now.Sub(c.typing.last)) < BurstQuiet
}

// BurstText returns the text typed in the last burst, not taken as commands,
// until it is taken or dropped.
func (c *Core) BurstText() string { return string(c.typing.typed) }

// TakeBurstText returns the text typed in the last burst and forgets it, as
// the coach puts it in a note.
func (c *Core) TakeBurstText() string {
	s := string(c.typing.typed)
	c.DropBurstText()
	return s
}

// DropBurstText forgets the text typed in the last burst.
func (c *Core) DropBurstText() {
	c.typing.typed = c.typing.typed[:0]
	c.typing.burst = false
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
