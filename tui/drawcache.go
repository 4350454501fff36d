package tui

import (
	"strconv"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"partnercoach/script"
	"partnercoach/session"
)

// A running turn redraws the session screen every second, and most of it
// does not change from one second to the next: the talking points, the
// agenda's titles, the roles, the help. This file keeps such parts drawn.
//
// Each is a memo: a part kept with the inputs it was drawn from (its
// key), and drawn again whenever any of them differs. A key holds every
// input of its part, so that a part taken from a memo is the very text
// drawing it afresh would give. That is why a memo may be filled in View
// and View still changes nothing anyone can see: the screen's inputs
// change in many places (the core's jobs and its rule of typing, the
// root's styles, the clock), and a cache filled in Update from some of
// them would show a stale part the day one was missed; a memo keyed by
// its inputs cannot. The screen's Update and View run on one goroutine,
// the program's, so the memos need no lock.

// memo keeps one drawn part with the key it was drawn for.
type memo[K comparable, V any] struct {
	key K
	val V
	ok  bool
}

// get returns the part for key: the one kept, or draw's, kept from now.
func (c *memo[K, V]) get(key K, draw func() V) V {
	if !c.ok || c.key != key {
		c.key, c.val, c.ok = key, draw(), true
	}
	return c.val
}

// memoSet keeps a few drawn parts of one kind, each with its key, for a
// screen that shows more than one at a time (the current step's talking
// points and the next step's in the preview). Past memoSetSize parts it
// starts again, so that it never grows.
type memoSet[K comparable, V any] struct{ vals map[K]V }

// memoSetSize bounds a memoSet.
const memoSetSize = 8

// get returns the part for key: the one kept, or draw's, kept from now.
func (c *memoSet[K, V]) get(key K, draw func() V) V {
	if v, ok := c.vals[key]; ok {
		return v
	}
	if c.vals == nil || len(c.vals) >= memoSetSize {
		c.vals = make(map[K]V, memoSetSize)
	}
	v := draw()
	c.vals[key] = v
	return v
}

// sessionDrawn holds the session screen's memos.
type sessionDrawn struct {
	points   memoSet[pointsKey, []string]
	hasCards memo[*script.Script, bool]
	agenda   agendaDrawn
	clocks   memoSet[clockKey, string]
	title    memo[titleKey, string]
	roles    memoSet[rolesKey, string]
	banner   memo[bannerKey, string]
	entries  memo[entriesKey, string]
	head     memo[headKey, string]
	bar      memo[barKey, string]
	rule     memo[ruleKey, string]
	// pointsView is the talking points on show, cut to their room.
	pointsView memo[pointsViewKey, string]
}

// agendaDrawn holds the agenda's memos: its heading, each row, and its
// last lines.
type agendaDrawn struct {
	head memo[agendaHeadKey, string]
	rows []memo[agendaRowKey, string]
	foot memo[agendaFootKey, string]
}

// pointsKey is what a step's talking points are drawn from: the points
// themselves (a script is not changed once loaded, so its slice stands
// for its text) and the width.
type pointsKey struct {
	first *string
	n     int
	width int
}

// keyOfPoints is the key of talking points drawn at a width.
func keyOfPoints(points []string, width int) pointsKey {
	k := pointsKey{n: len(points), width: width}
	if len(points) > 0 {
		k.first = &points[0]
	}
	return k
}

// helpKeysKept is the most keys a help line kept drawn may list.
const helpKeysKept = 12

// helpKey is what the footer's line of help is drawn from: the keys it
// lists, each with whether it is on, the width and the background.
type helpKey struct {
	keys  [helpKeysKept]helpItem
	n     int
	width int
	dark  bool
}

// helpItem is one key of a line of help.
type helpItem struct {
	help key.Help
	on   bool
}

// shortHelpKey is the key of the short help of keys drawn by h, or false
// when it is not drawn short or lists too many keys to keep.
func shortHelpKey(keys help.KeyMap, h help.Model, dark bool) (helpKey, bool) {
	short := keys.ShortHelp()
	if h.ShowAll || len(short) > helpKeysKept {
		return helpKey{}, false
	}
	k := helpKey{n: len(short), width: h.Width(), dark: dark}
	for i, b := range short {
		k.keys[i] = helpItem{b.Help(), b.Enabled()}
	}
	return k, true
}

// entriesKey is what a step's checklist, choice and notes are drawn from.
// The session's notes are only ever added, or the last taken back, so
// their number and the last of them stand for them all.
type entriesKey struct {
	step     string
	width    int
	sel      int
	checks   uint64 // bit i: item i checked
	answers  string // each answer given, after its item's number and length
	chosen   int    // the option chosen, or -1
	notes    int
	lastNote session.Note
	// today is now's date, read where the notes were taken: a note's time
	// carries its day when that is not today's (app.TimeOfDayAt).
	today civilDate
	dark  bool
}

// civilDate is a day of the calendar.
type civilDate struct {
	year  int
	month time.Month
	day   int
}

// entriesKey reads the key of the step's entries at now, or false while
// a field is open among them (it changes with every key) or the
// checklist is too long for the key's bits.
func (m *sessionModel) entriesKey(now time.Time, st script.Step, width int) (entriesKey, bool) {
	if m.inputOn || len(st.Checklist) > 64 {
		return entriesKey{}, false
	}
	k := entriesKey{step: st.ID, width: width, sel: m.sel, chosen: -1, dark: m.st.isDark}
	for i := range st.Checklist {
		if m.ses.Checked(st.ID, i) {
			k.checks |= 1 << i
		}
		if a, ok := m.ses.Answer(st.ID, i); ok {
			k.answers += strconv.Itoa(i) + ":" + strconv.Itoa(len(a)) + ":" + a
		}
	}
	if c, ok := m.ses.Chosen(st.ID); ok {
		k.chosen = c
	}
	notes := m.ses.Notes()
	if k.notes = len(notes); k.notes > 0 {
		k.lastNote = notes[k.notes-1]
		y, mo, d := m.ses.Real(now).In(k.lastNote.At.Location()).Date()
		k.today = civilDate{y, mo, d}
	}
	return k, true
}
