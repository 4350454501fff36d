package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

// The texts a coach types during a turn without opening the note field
// first, and the paces they are typed at: a letter every 0.12, 0.25 and
// 0.4 s, and with uneven gaps, some of them longer than a pause between
// words.
var (
	typedTexts = []string{"quiet", "Every", "so yes", "needs more time", "she needs pacing. Expect more Rest, then quiet"}
	typedPaces = []struct {
		name string
		gaps []time.Duration // cycled through
	}{
		{"0.12s", []time.Duration{120 * time.Millisecond}},
		{"0.25s", []time.Duration{250 * time.Millisecond}},
		{"0.4s", []time.Duration{400 * time.Millisecond}},
		{"uneven", []time.Duration{230, 410, 160, 620, 90, 300, 1100, 350, 1800, 480}},
	}
)

// gapAt returns the gap before the i-th key of a pace, in milliseconds
// where the pace gives bare numbers.
func gapAt(gaps []time.Duration, i int) time.Duration {
	g := gaps[i%len(gaps)]
	if g < time.Millisecond {
		g *= time.Millisecond
	}
	return g
}

// TestTypingEndsNothing types each text at each pace on the coach's
// running turn, through a front end that acts on the keys as the full
// screen does (fakeScreen): after each, the turn runs on the same step,
// the session is not ended, and the text is in the note draft; one
// Escape drops it and leaves the turn as it was.
func TestTypingEndsNothing(t *testing.T) {
	for _, text := range typedTexts {
		for _, pace := range typedPaces {
			t.Run(fmt.Sprintf("%s at %s", text, pace.name), func(t *testing.T) {
				f := newFakeScreen(t)
				pos := f.r.c.Session().Pos()
				for i, ch := range text {
					f.r.clock.Add(gapAt(pace.gaps, i))
					f.press(string(ch))
				}
				f.check(pos, text)
				f.escape()
				f.check(pos, "")
			})
		}
	}
}

// fakeScreen is a front end that does with each key what the full screen
// does: it asks the core's typing rule first, then acts on the key by the
// key table, opening the questions, the note field and the search as the
// screen does, and taking what is typed while a field is open into it.
type fakeScreen struct {
	t        *testing.T
	r        *rig
	question *Asking // the question on show
	field    bool    // the note field takes the keys
	search   bool    // the cards' search takes the keys
}

// newFakeScreen opens the first session at the coach's turn, running for
// a minute.
func newFakeScreen(t *testing.T) *fakeScreen {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.to("coach-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(time.Minute)
	return &fakeScreen{t: t, r: r}
}

// press presses a key that types ch.
func (f *fakeScreen) press(ch string) {
	name := ch
	if ch == " " {
		name = "space"
	}
	switch {
	case f.field:
		f.r.run(f.r.c.SetNoteDraft(f.r.c.Session().NoteDraft() + ch))
		return
	case f.search:
		return
	}
	groups := []KeyGroup{Everywhere, OnSession}
	if f.question != nil {
		groups = []KeyGroup{OnQuestion}
	}
	v, e := f.r.c.Keystroke(Stroke{Text: ch, Name: name, Groups: groups}, f.r.clock.Now())
	f.r.run(e)
	if v == KeyTyping {
		f.question, f.field = nil, true
		return
	}
	if f.question != nil {
		f.answer(name)
		return
	}
	f.command(name)
}

// answer acts on a key pressed while a question is on show.
func (f *fakeScreen) answer(name string) {
	c, done := f.question.Key(name)
	if !done {
		return
	}
	f.question = nil
	switch c {
	case CmdYes:
		f.r.run(f.r.c.End()) // the end, the restart or the quit: any is a failure here
	case CmdEndInstead:
		f.r.run(f.r.c.End())
	}
}

// command acts on a key of the session screen.
func (f *fakeScreen) command(name string) {
	c, ok := keyCommand(OnSession, name)
	if !ok {
		c, _ = keyCommand(Everywhere, name)
	}
	actions := map[Command]session.Action{
		CmdNext: session.Next{}, CmdBack: session.Prev{}, CmdStartPause: session.StartPause{},
		CmdMore: session.Extend{By: time.Minute}, CmdLess: session.Extend{By: -time.Minute},
		CmdCheck: session.Toggle{Item: 0}, CmdMoment: session.MarkMoment{}, CmdUndo: session.Undo{},
		CmdCallStarts: session.StartCall{},
	}
	switch c {
	case CmdQuit:
		q, _ := f.r.c.Quit()
		a := q.Ask()
		f.question = &a
	case CmdEnd, CmdRestart:
		r := EndSession
		if c == CmdRestart {
			r = RestartTurn
		}
		if a, ok := f.r.c.Confirmation(r); ok {
			f.question = &a
		}
	case CmdNote:
		f.field = true
	case CmdSearch:
		f.search = true
	default:
		if a, ok := actions[c]; ok {
			f.r.run(f.r.c.Apply(a))
		}
	}
}

// escape presses Escape: it drops what was typed and closes the field.
func (f *fakeScreen) escape() {
	if f.field && f.r.c.Typed() {
		f.r.run(f.r.c.DropTyped())
	}
	f.field, f.search, f.question = false, false, nil
}

// check fails the test unless the coach's turn runs on the step at pos,
// the session is not ended, no question is on show, and the note draft
// holds draft.
func (f *fakeScreen) check(pos int, draft string) {
	f.t.Helper()
	c := f.r.c
	s := c.Session()
	switch {
	case c.Stage() != Running:
		f.t.Fatalf("the session is at stage %v", c.Stage())
	case s.Pos() != pos:
		f.t.Fatalf("the session is on step %d, not %d", s.Pos(), pos)
	case !s.Turn("coach-turn").Running():
		f.t.Fatal("the turn does not run")
	case f.question != nil:
		f.t.Fatalf("a question is on show: %q", f.question.Text)
	case s.NoteDraft() != draft:
		f.t.Fatalf("the note draft holds %q, want %q", s.NoteDraft(), draft)
	}
}

// TestKeystroke runs the rule over timed keys on the session screen: what
// the front end is told to do with each.
func TestKeystroke(t *testing.T) {
	ms := time.Millisecond
	session := []KeyGroup{Everywhere, OnSession}
	question := []KeyGroup{OnQuestion}
	type key struct {
		after  time.Duration // since the key before
		text   string
		groups []KeyGroup
		want   KeyVerdict
	}
	tests := []struct {
		name  string
		keys  []key
		draft string
	}{
		{"commands a person presses", []key{{0, "n", session, KeyFirst}, {400 * ms, "n", session, KeyAct}, {2 * TypingGap, "x", session, KeyFirst}}, ""},
		{"a letter no command", []key{{0, "n", session, KeyFirst}, {400 * ms, "e", session, KeyTyping}}, "ne"},
		{"a word typed fast", []key{{0, "s", session, KeyFirst}, {60 * ms, "n", session, KeyTyping}}, "sn"},
		{"a letter to a question", []key{{0, "q", session, KeyFirst}, {300 * ms, "u", question, KeyTyping}}, "qu"},
		{"a letter to a question long asked", []key{{0, "q", session, KeyFirst}, {TypingGap, "y", question, KeyTyping}}, "y"},
		{"the space between words", []key{{0, "a", session, KeyFirst}, {300 * ms, " ", session, KeyAct}, {300 * ms, "o", session, KeyTyping}}, "a o"},
		{"keys that type nothing show no typing", []key{{0, "", session, KeyFirst}, {10 * ms, "n", session, KeyAct}, {10 * ms, "", session, KeyAct}}, ""},
		{"just at the burst gap is a person", []key{{0, "n", session, KeyFirst}, {BurstGap, "n", session, KeyAct}}, ""},
		{"a word of command letters", []key{{0, "s", session, KeyFirst}, {200 * ms, "u", session, KeyTyping}}, "su"},
		{"a name of command letters", []key{{0, "S", session, KeyFirst}, {240 * ms, "a", session, KeyTyping}}, "Sa"},
		{"the same letter again is a person", []key{{0, "n", session, KeyFirst}, {200 * ms, "n", session, KeyAct}}, ""},
		{"just at the letter gap is a person", []key{{0, "a", session, KeyFirst}, {LetterGap, "s", session, KeyAct}}, ""},
		{"a letter, then a space", []key{{0, "s", session, KeyFirst}, {200 * ms, " ", session, KeyAct}}, ""},
		{"a run ends at the typing gap", []key{{0, "n", session, KeyFirst}, {TypingGap, "n", session, KeyFirst}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, Config{Start: builtin(t, "first")}, nil)
			for i, k := range tt.keys {
				r.clock.Add(k.after)
				name := k.text
				if name == " " {
					name = "space"
				}
				if got, _ := r.c.Keystroke(Stroke{Text: k.text, Name: name, Groups: k.groups}, r.clock.Now()); got != k.want {
					t.Fatalf("key %d (%q): %v, want %v", i, k.text, got, k.want)
				}
			}
			if got := r.c.Session().NoteDraft(); got != tt.draft {
				t.Fatalf("draft %q, want %q", got, tt.draft)
			}
		})
	}
}

// TestTypingUndoesTheRun: every change the keys of the run made is
// undone, the moves and the pauses, and nothing made before the run.
func TestTypingUndoesTheRun(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.Apply(session.Toggle{Item: 0})) // before the run: stays
	r.to("coach-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(time.Minute)
	ses := r.c.Session()
	pos := ses.Pos()
	keys := []struct {
		name string
		a    session.Action
	}{{"s", session.StartPause{}}, {"n", session.Next{}}, {"a", nil}}
	for _, k := range keys {
		r.clock.Add(300 * time.Millisecond)
		r.c.Keystroke(Stroke{Text: k.name, Name: k.name, Groups: []KeyGroup{OnSession}}, r.clock.Now())
		if k.a != nil {
			r.run(r.c.Apply(k.a))
		}
	}
	r.clock.Add(300 * time.Millisecond)
	v, e := r.c.Keystroke(Stroke{Text: "i", Name: "i", Groups: []KeyGroup{OnSession}}, r.clock.Now())
	r.run(e)
	if v != KeyTyping || ses.Pos() != pos || !ses.Turn("coach-turn").Running() {
		t.Fatalf("verdict %v, step %d (want %d), turn running %v", v, ses.Pos(), pos, ses.Turn("coach-turn").Running())
	}
	if undid := Undid(e.Events); !strings.Contains(undid, "moved to") {
		t.Fatalf("the typing should say it undid the move: %q", undid)
	}
	if !ses.Checked("welcome", 0) {
		t.Fatal("the typing undid a change made before its run")
	}
	if ses.NoteDraft() != "snai" {
		t.Fatalf("draft %q", ses.NoteDraft())
	}
}

// TestDropTypedKeepsTheDraftBefore: a half-written note stays when the
// text typed after it is dropped, and keeping the note ends the typing.
func TestDropTypedKeepsTheDraftBefore(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.SetNoteDraft("half a note"))
	r.c.Keystroke(Stroke{Text: "o", Name: "o", Groups: []KeyGroup{OnSession}}, r.clock.Now())
	if d := r.c.Session().NoteDraft(); d != "half a note o" || !r.c.Typed() {
		t.Fatalf("draft %q, typed %v", d, r.c.Typed())
	}
	r.run(r.c.DropTyped())
	if d := r.c.Session().NoteDraft(); d != "half a note" || r.c.Typed() {
		t.Fatalf("after dropping: draft %q, typed %v", d, r.c.Typed())
	}
	r.clock.Add(time.Hour)
	r.c.Keystroke(Stroke{Text: "t", Name: "t", Groups: []KeyGroup{OnSession}}, r.clock.Now())
	r.run(r.c.AddNote(r.c.Session().NoteDraft()))
	if r.c.Typed() || r.c.Session().NoteDraft() != "" || len(r.c.Session().Notes()) != 1 {
		t.Fatal("a note kept ends the typing")
	}
}

// TestTypedLine: a line of the accessible mode that is no command goes
// to the note draft, after what is there.
func TestTypedLine(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.TypedLine("she needs pacing. "))
	r.run(r.c.TypedLine("Expect more Rest"))
	if d := r.c.Session().NoteDraft(); d != "she needs pacing. Expect more Rest" || !r.c.Typed() {
		t.Fatalf("draft %q", d)
	}
}

// TestTypingInARehearsal measures the gaps in real time: a rehearsal's
// clock runs fast.
func TestTypingInARehearsal(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	fast := &scaledFake{Clock: r.clock, speed: 60}
	r.c.clock = fast
	r.c.Keystroke(Stroke{Text: "n", Name: "n", Groups: []KeyGroup{OnSession}}, r.clock.Now())
	r.clock.Add(3 * time.Second) // 50 ms of real time
	if v, _ := r.c.Keystroke(Stroke{Text: "n", Name: "n", Groups: []KeyGroup{OnSession}}, r.clock.Now()); v != KeyTyping {
		t.Fatal("two keys 50 ms apart in real time are typing")
	}
}

// scaledFake is the test clock run fast, as a rehearsal's.
type scaledFake struct {
	Clock interface{ Now() time.Time }
	speed float64
}

func (c *scaledFake) Now() time.Time { return c.Clock.Now() }

func (c *scaledFake) Wait(d time.Duration) time.Duration { return time.Duration(float64(d) / c.speed) }

// TestNoteCapital: the note key's N is a word's capital only when a small
// letter follows it into the empty field within LetterGap.
func TestNoteCapital(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		name  string
		key   string
		after time.Duration
		next  string
		want  bool
	}{
		{"Now, typed", "N", 200 * ms, "o", true},
		{"N, then a pause", "N", LetterGap, "o", false},
		{"N, then a capital", "N", 100 * ms, "O", false},
		{"N, then a space", "N", 100 * ms, " ", false},
		{"another command", "n", 100 * ms, "o", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, Config{Start: builtin(t, "first")}, nil)
			r.c.Keystroke(Stroke{Text: tt.key, Name: tt.key, Groups: []KeyGroup{Everywhere, OnSession}}, r.clock.Now())
			r.clock.Add(tt.after)
			if got := r.c.NoteCapital(tt.next, r.clock.Now()); got != tt.want {
				t.Fatalf("NoteCapital(%q) after %q and %v = %v, want %v", tt.next, tt.key, tt.after, got, tt.want)
			}
		})
	}
}
