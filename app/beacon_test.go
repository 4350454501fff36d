package app

import (
	"encoding/json"
	"testing"
	"time"

	"partnercoach/script"
	"partnercoach/session"
)

// TestBeaconFollowsTheTurn: the title, the progress and the status line
// follow the newcomer's turn of a followup from waiting to overtime, on
// a fixed clock; the title and the progress never name the newcomer, the
// status line only when asked.
func TestBeaconFollowsTheTurn(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "followup"), Session: session.Options{Newcomer: "Ann Lee", Number: 3}}, nil)
	r.to("newcomer-turn")
	type want struct {
		title string
		meter Meter
		pct   int
		line  string
		named string
	}
	check := func(label string, w want) {
		t.Helper()
		b := r.c.Beacon(r.clock.Now())
		m, pct := b.Meter()
		if got := b.WindowTitle(); got != w.title {
			t.Errorf("%s: title %q, want %q", label, got, w.title)
		}
		if m != w.meter || pct != w.pct {
			t.Errorf("%s: meter %d at %d%%, want %d at %d%%", label, m, pct, w.meter, w.pct)
		}
		if got := b.StatusLine(false); got != w.line {
			t.Errorf("%s: status %q, want %q", label, got, w.line)
		}
		if got := b.StatusLine(true); got != w.named {
			t.Errorf("%s: status with names %q, want %q", label, got, w.named)
		}
	}
	check("waiting", want{"Newcomer 15:00 not started", MeterOff, 0,
		"Step 5 of 10 · Newcomer's turn · 15:00, not started", "Step 5 of 10 · Ann Lee's turn · 15:00, not started"})
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(3*time.Minute + 20*time.Second)
	check("running", want{"Newcomer 11:40", MeterNormal, 22,
		"Step 5 of 10 · Newcomer's turn · 11:40 left", "Step 5 of 10 · Ann Lee's turn · 11:40 left"})
	r.clock.Add(11 * time.Minute)
	r.run(r.c.Advance())
	check("warning", want{"Newcomer 0:40", MeterWarning, 95,
		"Step 5 of 10 · Newcomer's turn · 0:40 left", "Step 5 of 10 · Ann Lee's turn · 0:40 left"})
	r.clock.Add(75 * time.Second)
	r.run(r.c.Advance())
	check("over", want{"Newcomer +0:35 over", MeterOver, 100,
		"Step 5 of 10 · Newcomer's turn · +0:35 over", "Step 5 of 10 · Ann Lee's turn · +0:35 over"})
	r.run(r.c.Apply(session.StartPause{}))
	check("paused over", want{"Newcomer +0:35 over", MeterOff, 0,
		"Step 5 of 10 · Newcomer's turn · +0:35 over", "Step 5 of 10 · Ann Lee's turn · +0:35 over"})
	r.run(r.c.Apply(session.Next{}))
	check("no turn", want{"partnercoach · step 6/10", MeterOff, 0,
		"Step 6 of 10: Feedback on their turn", "Step 6 of 10: Feedback on their turn"})
	r.run(r.c.End())
	check("ended", want{"partnercoach", MeterOff, 0, "Session ended: its log is open", "Session ended: its log is open"})
}

// TestBeaconOfAPausedTurnAndACheckIn: a turn paused by the coach and one
// waiting at its check-in say so, and show no progress.
func TestBeaconOfAPausedTurnAndACheckIn(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.to("coach-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(5 * time.Minute)
	r.run(r.c.Advance())
	b := r.c.Beacon(r.clock.Now())
	if m, _ := b.Meter(); b.WindowTitle() != "Coach 10:00 check-in" || m != MeterOff ||
		b.StatusLine(false) != "Step 7 of 11 · Coach's turn · 10:00 left, check-in" {
		t.Errorf("at the check-in: %q, %d, %q", b.WindowTitle(), m, b.StatusLine(false))
	}
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(time.Minute)
	r.run(r.c.Apply(session.StartPause{}))
	if b := r.c.Beacon(r.clock.Now()); b.WindowTitle() != "Coach 9:00 paused" || b.StatusLine(false) != "Step 7 of 11 · Coach's turn · 9:00 left, paused" {
		t.Errorf("paused: %q, %q", b.WindowTitle(), b.StatusLine(false))
	}
}

// TestBeaconOfNoSession: the start screen shows the program's name, and
// the status says no session.
func TestBeaconOfNoSession(t *testing.T) {
	r := newRig(t, Config{Scripts: []*script.Script{builtin(t, "first")}}, nil)
	b := r.c.Beacon(r.clock.Now())
	if b.WindowTitle() != "partnercoach" || b.StatusLine(true) != "No session" {
		t.Fatalf("%q, %q", b.WindowTitle(), b.StatusLine(true))
	}
	got, _ := json.Marshal(b.Status(true))
	if want := `{"state":"none","text":"No session","tooltip":"No partnercoach session is open.","class":"none","percentage":0}`; string(got) != want {
		t.Fatalf("JSON %s, want %s", got, want)
	}
}

// TestStatusJSON: the JSON of a turn in its warning carries waybar's keys
// and the session's fields; the name only when asked.
func TestStatusJSON(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "partnership"), Session: session.Options{Partners: session.Partners{Me: "Sam", Partner: "Alex"}}}, nil)
	r.to("b-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.Add(18*time.Minute + 30*time.Second)
	r.run(r.c.Advance())
	b := r.c.Beacon(r.clock.Now())
	for _, tt := range []struct {
		names bool
		want  string
	}{
		{false, `{"state":"turn","text":"Step 8 of 10 · Partner B's turn · 1:30 left","tooltip":"Step 8 of 10: Partner B's turn: B focuses, A listens",` +
			`"class":"warning","percentage":92,"step":8,"steps":10,"step_title":"Partner B's turn: B focuses, A listens","role":"Partner B","left_seconds":90}`},
		{true, `{"state":"turn","text":"Step 8 of 10 · Alex's turn · 1:30 left","tooltip":"Step 8 of 10: Partner B's turn: B focuses, A listens",` +
			`"class":"warning","percentage":92,"step":8,"steps":10,"step_title":"Partner B's turn: B focuses, A listens","role":"Partner B","name":"Alex","left_seconds":90}`},
	} {
		got, err := json.Marshal(b.Status(tt.names))
		if err != nil || string(got) != tt.want {
			t.Errorf("names %v: %s, %v\nwant %s", tt.names, got, err, tt.want)
		}
	}
	if m, pct := b.Meter(); b.WindowTitle() != "Partner B 1:30" || m != MeterWarning || pct != 92 {
		t.Errorf("title %q, meter %d at %d%%", b.WindowTitle(), m, pct)
	}
}

// TestSavedBeaconSaysWhatWaits: a session no partnercoach has open is
// unfinished, and the status says which kind waits: a session at its step,
// a rehearsal (its JSON says so too), or a session ended whose coach log
// is not written; one held open reads as the screen shows it.
func TestSavedBeaconSaysWhatWaits(t *testing.T) {
	rehearsal := session.Options{Rehearsal: session.Rehearsal{Speed: 60, Origin: t0}}
	for _, tt := range []struct {
		label string
		opts  session.Options
		end   bool
		open  bool
		line  string
	}{
		{"a session", session.Options{}, false, false, "Unfinished session at step 7 of 11 (partnercoach resume)"},
		{"a rehearsal", rehearsal, false, false, "Unfinished rehearsal at step 7 of 11 (partnercoach resume)"},
		{"ended", session.Options{}, true, false, "Session ended, its log not written (partnercoach resume)"},
		{"ended, open", session.Options{}, true, true, "Session ended: its log is open"},
		{"open", session.Options{}, false, true, "Step 7 of 11 · Coach's turn · 15:00, not started"},
	} {
		r := newRig(t, Config{Start: builtin(t, "first"), Session: tt.opts}, nil)
		r.to("coach-turn")
		if tt.end {
			r.run(r.c.End())
		}
		b := SavedBeacon(r.c.Session(), r.clock.Now(), tt.open)
		if got := b.StatusLine(false); got != tt.line {
			t.Errorf("%s: %q, want %q", tt.label, got, tt.line)
		}
		if st := b.Status(false); st.Rehearsal != tt.opts.Rehearsal.On() {
			t.Errorf("%s: the JSON's rehearsal is %v", tt.label, st.Rehearsal)
		}
	}
}
