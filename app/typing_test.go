package app

import (
	"strconv"
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
		{"a word typed", []key{{0, "s", KeyAct}, {60 * ms, "h", KeyBurst}, {80 * ms, "e", KeyHeld}}, "she"},
		{"a pause between words stays in the burst",
			[]key{{0, "n", KeyAct}, {90 * ms, "o", KeyBurst}, {700 * ms, " ", KeyHeld}, {100 * ms, "E", KeyHeld}}, "no E"},
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
			if got := r.c.Held(); got != tt.held {
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
	if got := r.c.TakeHeld(); got != "no" {
		t.Fatalf("held %q, want the text less the key taken back", got)
	}
	if r.c.Held() != "" || r.c.Bursting(r.clock.Now()) {
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

func TestConfirmation(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	tests := []struct {
		step string
		act  session.Action
		r    Risky
		want string // a part of the question, or "" for none
	}{
		{"welcome", nil, EndSession, "The call has not started"},
		{"welcome", nil, RestartTurn, ""},
		{"coach-turn", nil, RestartTurn, ""}, // not started: nothing to restart
		{"coach-turn", session.StartPause{}, RestartTurn, "Restart the coach's turn at its full 15 minutes? It has 15:00 left"},
		{"coach-turn", nil, EndSession, "End the session now and write the coach log?"},
	}
	for _, tt := range tests {
		r.to(tt.step)
		if tt.act != nil {
			r.run(r.c.Apply(tt.act))
		}
		got := r.c.Confirmation(tt.r)
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("at %s, %v: %q, want %q", tt.step, tt.r, got, tt.want)
		}
	}
	if strings.Contains(r.c.Confirmation(EndSession), "not started") {
		t.Error("the call has started by now")
	}
}

// TestReopen: the coach log goes back to the session while nothing of it
// is written, from an end of this run and from a resumed ended session.
func TestReopen(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.run(r.c.Apply(session.Next{}))
	r.clock.Add(5 * time.Minute)
	r.run(r.c.End())
	r.run(r.c.SaveDraft(session.Closing{Outcome: session.Held, Summary: "half"}))
	e, err := r.c.Reopen()
	r.run(e)
	if err != nil || r.c.Stage() != Running || r.c.Session().IsEnded() || r.c.Session().Pos() != 1 {
		t.Fatalf("reopen: %v, stage %v, ended %v", err, r.c.Stage(), r.c.Session().IsEnded())
	}
	if last := r.keeper.Saves[len(r.keeper.Saves)-1]; !last.Ended.IsZero() {
		t.Fatal("the session reopened must be saved as running")
	}
	r.run(r.c.End())
	if d := r.c.Draft(); d.Summary != "half" {
		t.Fatalf("the draft is lost: %+v", d)
	}
	r.run(r.c.Finish(r.c.Draft()))
	if _, err := r.c.Reopen(); err == nil || r.c.Stage() != Written {
		t.Fatal("a written log cannot go back")
	}

	ses := session.New(builtin(t, "followup"), session.Options{}, t0)
	ses.Apply(session.Next{}, t0.Add(time.Minute))
	ses.Apply(session.End{}, t0.Add(10*time.Minute))
	back := newRig(t, Config{Resume: ses}, nil)
	if back.c.Stage() != Logging {
		t.Fatal("an ended session opens in its log")
	}
	e, err = back.c.Reopen()
	back.run(e)
	if err != nil || back.c.Stage() != Running || back.c.Session().IsEnded() || back.c.Session().Pos() != 1 {
		t.Fatalf("reopen of a resumed log: %v", err)
	}
}

// TestPeerSession: a peer session has no fee, no billable no-show, no
// screening and no recommendation.
func TestPeerSession(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "partnership"), FeeCents: 5000}, nil)
	if !r.c.Peer() || r.c.Fee() != 0 || r.c.Draft().FeeCents != 0 || r.c.FirstSession() || r.c.Recommends(session.Held) {
		t.Fatal("a peer session is not coaching")
	}
	for _, o := range r.c.Outcomes() {
		if o == session.NoShow {
			t.Fatal("a peer session has no billable no-show")
		}
	}
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.run(r.c.End())
	r.run(r.c.Finish(session.Closing{Outcome: session.Held, Screening: session.Suitable,
		Recommendation: session.Recommendation{FurtherSessions: 3}}))
	rec := r.keeper.Records[0]
	if rec.FeeCents != 0 || rec.Screening != session.NotScreened || rec.Recommendation != (session.Recommendation{}) {
		t.Fatalf("record %+v", rec)
	}
	c := newRig(t, Config{Start: builtin(t, "followup"), FeeCents: 5000}, nil)
	if c.c.Fee() != 5000 || len(c.c.Outcomes()) != len(session.Outcomes) || !c.c.Recommends(session.Held) {
		t.Fatal("a coaching session keeps its fee and questions")
	}
}

// TestWarnMinutesForTheTurn: the limit is the turn the item is for.
func TestWarnMinutesForTheTurn(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "partnership")}, nil)
	ses := r.c.Session()
	for ses.Pos() < ses.Len()-1 {
		if item := warnItem(ses); item >= 0 {
			limit := ses.WarnLimit(item)
			over := strconv.Itoa(int(limit / time.Minute))
			if _, err := WarnMinutes(ses, item, over); err == nil || !strings.Contains(err.Error(), "not shorter than the turn") {
				t.Fatalf("%s minutes for a %v turn: %v", over, limit, err)
			}
			if n, err := WarnMinutes(ses, item, "2"); err != nil || n != 2 {
				t.Fatalf("2 minutes: %d, %v", n, err)
			}
			return
		}
		r.run(r.c.Apply(session.Next{}))
	}
	t.Fatal("the partnership script has a warning item")
}

// warnItem returns the current step's warning-minutes item, or -1.
func warnItem(s *session.Session) int {
	for i, it := range s.Current().Checklist {
		if it.Answer == "warning-minutes" {
			return i
		}
	}
	return -1
}

// TestCallPhrase says how the session clock stands.
func TestCallPhrase(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	if got := CallPhrase(r.c.Session()); got != "starts with your first key" {
		t.Fatalf("before: %q", got)
	}
	r.clock.Add(2 * time.Minute)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	if got := CallPhrase(r.c.Session()); got != "call started 10:02 at your first key" {
		t.Fatalf("after: %q", got)
	}
	e := r.run(r.c.Apply(session.Undo{}))
	if got := Undid(e.Events); !strings.Contains(got, "the session clock waits for the call again") {
		t.Fatalf("undo said %q", got)
	}
	r.run(r.c.Apply(session.StartCall{}))
	if got := CallPhrase(r.c.Session()); got != "call started 10:02 by key" {
		t.Fatalf("by key: %q", got)
	}
}

func TestAnswerable(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	for d, want := range map[time.Duration]bool{0: false, 100 * time.Millisecond: false, ConfirmDelay: true, 2 * time.Second: true} {
		if got := r.c.Answerable(t0, t0.Add(d)); got != want {
			t.Errorf("a yes %v after the question: %v, want %v", d, got, want)
		}
	}
}
