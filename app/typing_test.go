package app

import (
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

// TestKeystroke runs the burst rule over timed keys: what the front end
// is told to do with each, and what is held.
func TestKeystroke(t *testing.T) {
	ms := time.Millisecond
	type key struct {
		after time.Duration // since the key before
		text  string
		want  KeyVerdict
	}
	tests := []struct {
		name string
		keys []key
		held string
	}{
		{"commands a person presses", []key{{0, "n", KeyAct}, {400 * ms, "n", KeyAct}, {200 * ms, "x", KeyAct}}, ""},
		{"a word typed", []key{{0, "s", KeyAct}, {60 * ms, "h", KeyBurst}, {80 * ms, "e", KeyInBurst}}, "she"},
		{"a pause between words stays in the burst",
			[]key{{0, "n", KeyAct}, {90 * ms, "o", KeyBurst}, {700 * ms, " ", KeyInBurst}, {100 * ms, "E", KeyInBurst}}, "no E"},
		{"the burst ends after a quiet second",
			[]key{{0, "a", KeyAct}, {50 * ms, "b", KeyBurst}, {BurstQuiet, "n", KeyAct}}, "ab"},
		{"keys that type nothing start no burst",
			[]key{{0, "", KeyAct}, {10 * ms, "n", KeyAct}, {10 * ms, "", KeyAct}}, ""},
		{"just at the gap is a person", []key{{0, "n", KeyAct}, {BurstGap, "n", KeyAct}}, ""},
		{"a second burst adds to the text held",
			[]key{{0, "a", KeyAct}, {50 * ms, "b", KeyBurst}, {2 * BurstQuiet, "c", KeyAct}, {50 * ms, "d", KeyBurst}}, "ab cd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, Config{Start: builtin(t, "first")}, nil)
			for i, k := range tt.keys {
				r.clock.Add(k.after)
				if got, _ := r.c.Keystroke(k.text, false, r.clock.Now()); got != k.want {
					t.Fatalf("key %d (%q): %v, want %v", i, k.text, got, k.want)
				}
			}
			if got := r.c.BurstText(); got != tt.held {
				t.Fatalf("held %q, want %q", got, tt.held)
			}
		})
	}
}

// TestBurstUndoesItsFirstKey: the first key of a burst acted before the
// burst was known; the burst takes its change back, and nothing after it
// moves the session.
func TestBurstUndoesItsFirstKey(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.to("coach-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(time.Minute)
	ses := r.c.Session()
	pos := ses.Pos()
	// "n" moves on (and pauses the turn) before the next key shows it was typing.
	if v, _ := r.c.Keystroke("n", false, r.clock.Now()); v != KeyAct {
		t.Fatal("a first key is a command")
	}
	r.run(r.c.Apply(session.Next{}))
	r.clock.Add(40 * time.Millisecond)
	v, e := r.c.Keystroke("o", false, r.clock.Now())
	r.run(e)
	if v != KeyBurst || ses.Pos() != pos || !ses.Turn("coach-turn").Running() {
		t.Fatalf("verdict %v, step %d (want %d), turn running %v", v, ses.Pos(), pos, ses.Turn("coach-turn").Running())
	}
	if !strings.Contains(Undid(e.Events), "moved to") {
		t.Fatalf("the burst should say it undid the move: %+v", e.Events)
	}
	r.clock.Add(40 * time.Millisecond)
	r.c.Keystroke("E", false, r.clock.Now())
	if !r.c.Bursting(r.clock.Now()) || r.c.Stage() != Running {
		t.Fatal("a burst holds its keys")
	}
	r.clock.Add(40 * time.Millisecond)
	r.c.Keystroke("", true, r.clock.Now())
	if got := r.c.TakeBurstText(); got != "no" {
		t.Fatalf("held %q, want the text less the key taken back", got)
	}
	if r.c.BurstText() != "" || r.c.Bursting(r.clock.Now()) {
		t.Fatal("taking the text ends the burst")
	}
}

// TestBurstUndoesNothingNotItsOwn: a burst whose first key changed
// nothing leaves earlier changes alone.
func TestBurstUndoesNothingNotItsOwn(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.clock.Add(time.Second)
	r.c.Keystroke("a", false, r.clock.Now()) // the agenda: no change
	r.clock.Add(10 * time.Millisecond)
	if v, _ := r.c.Keystroke("b", false, r.clock.Now()); v != KeyBurst {
		t.Fatal("want a burst")
	}
	if !r.c.Session().Checked("welcome", 0) {
		t.Fatal("the burst undid a change made before it")
	}
}

// TestBurstInARehearsal measures the gap in real time: a rehearsal's
// clock runs fast.
func TestBurstInARehearsal(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	fast := &scaledFake{Clock: r.clock, speed: 60}
	r.c.clock = fast
	r.c.Keystroke("n", false, r.clock.Now())
	r.clock.Add(3 * time.Second) // 50 ms of real time
	if v, _ := r.c.Keystroke("o", false, r.clock.Now()); v != KeyBurst {
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
