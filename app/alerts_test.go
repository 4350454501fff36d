package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"partnercoach/notify"
	"partnercoach/session"
)

// coachTurnAlerts runs the coach's turn of a first session through its
// three alerts (a segment's end, the warning, the end) on the rig's core.
func (r *rig) coachTurnAlerts() []Effects {
	r.to("coach-turn")
	var out []Effects
	step := func(a session.Action, d time.Duration) {
		if a != nil {
			r.run(r.c.Apply(a))
		}
		r.clock.T = r.clock.T.Add(d)
		out = append(out, r.run(r.c.Advance()))
	}
	step(session.StartPause{}, 5*time.Minute) // segment 1 of 3 ends
	step(session.StartPause{}, 5*time.Minute) // segment 2 ends
	step(session.StartPause{}, 3*time.Minute) // the warning
	step(nil, 2*time.Minute)                  // the end
	return out
}

func TestNotificationsNameNoOne(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first"), Session: session.Options{Newcomer: "Alex Sample"}}, nil)
	r.coachTurnAlerts()
	var got []string
	for _, n := range r.notifier.Notes {
		got = append(got, fmt.Sprintf("%s|%s|urgent %v|sound %v", n.Title, n.Body, n.Urgent, n.Sound))
		if strings.Contains(n.Title+n.Body, "Alex") {
			t.Errorf("a notification names the newcomer: %+v", n)
		}
	}
	want := []string{
		"Coach's turn: segment 1 of 3 done|Time to check in. The timer is paused until you start the next segment.|urgent false|sound false",
		"Coach's turn: segment 2 of 3 done|Time to check in. The timer is paused until you start the next segment.|urgent false|sound false",
		"Coach's turn: 2 minutes left|The turn ends at 10:15.|urgent false|sound false",
		"Coach's turn: time is up|Overtime now counts up.|urgent true|sound false", // quiet: urgent, without a sound
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("notifications:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n, ok := NotificationOf(session.Event{Kind: session.StepEntered}, true); ok || n != (Notification{}) {
		t.Fatalf("a step change gave a notification: %+v", n)
	}
}

// TestAlertsReplaceEachOther: every alert's notification takes the place
// of the one before it, in one turn and the next, so that the desktop
// keeps only the latest and "time is up" never stacks on "2 minutes
// left" (the replaces_id of notify).
func TestAlertsReplaceEachOther(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.coachTurnAlerts()
	r.to("newcomer-turn")
	r.run(r.c.Apply(session.StartPause{}))
	r.clock.T = r.clock.T.Add(14 * time.Minute)
	r.run(r.c.Advance())
	notes := r.notifier.Notes
	if len(notes) <= 4 {
		t.Fatalf("%d notifications, want the coach's four and the newcomer's", len(notes))
	}
	for _, n := range notes {
		if n.Replaces == "" || n.Replaces != notes[0].Replaces {
			t.Fatalf("%q replaces %q, the first %q", n.Title, n.Replaces, notes[0].Replaces)
		}
	}
}

// TestAlertRouting decides the bell and the notifications of the four
// alerts of a turn, with and without a notifier and sound.
func TestAlertRouting(t *testing.T) {
	tests := []struct {
		name     string
		notifier bool
		sound    bool
		notes    int
		bells    int // of the four alerts
		soundEnd bool
	}{
		{"quiet with notifications", true, false, 4, 0, false},
		{"sound with notifications", true, true, 4, 1, true},
		{"quiet without notifications", false, false, 0, 0, false},
		{"sound without notifications", false, true, 0, 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, Config{Start: builtin(t, "first"), Sound: tt.sound}, func(c *Config) {
				if !tt.notifier {
					c.Notifier = nil
				}
			})
			effs := r.coachTurnAlerts()
			alerts := 0
			for _, e := range effs {
				alerts += len(e.Alerts)
			}
			if alerts != 4 || r.bells != tt.bells || len(r.notifier.Notes) != tt.notes {
				t.Fatalf("alerts %d, bells %d, notes %d; want 4, %d, %d", alerts, r.bells, len(r.notifier.Notes), tt.bells, tt.notes)
			}
			if end := r.notifier.Notes; tt.notes > 0 && (!end[3].Urgent || end[3].Sound != tt.soundEnd) {
				t.Fatalf("the end's note: urgent %v, sound %v; want urgent, sound %v", end[3].Urgent, end[3].Sound, tt.soundEnd)
			}
			if last := effs[3].Alerts; len(last) != 1 || last[0].Title != "Coach's turn: time is up" ||
				last[0].Line != "Time is up: the coach's turn is over." {
				t.Fatalf("the end's alert = %+v", last)
			}
		})
	}
}

// TestFailedNotification: a failure is shown until a notification
// succeeds, told once per reason, and rings the bell only with sound.
func TestFailedNotification(t *testing.T) {
	for _, sound := range []bool{false, true} {
		r := newRig(t, Config{Start: builtin(t, "first"), Sound: sound}, nil)
		r.notifier.Err = notify.ErrNoBus
		r.coachTurnAlerts()
		want := "Desktop notification failed (no D-Bus session bus); the alerts are shown here, and the session goes on."
		if len(r.notices) != 1 || r.notices[0] != want {
			t.Fatalf("sound=%v: notices %q, want once %q", sound, r.notices, want)
		}
		if st := r.c.Standings(); len(st) != 1 || st[0].Text != want || st[0].Brief != "no desktop alerts" {
			t.Fatalf("sound=%v: status %q", sound, st)
		}
		wantBells := map[bool]int{false: 0, true: 5}[sound] // the end's own, and one per failure
		if r.bells != wantBells {
			t.Fatalf("sound=%v: %d bells, want %d", sound, r.bells, wantBells)
		}
		r.notifier.Err = nil
		r.run(r.c.Report(NotifyResult{}))
		if st := r.c.Standings(); len(st) != 0 {
			t.Fatalf("status after a notification went through: %q", st)
		}
	}
}

// TestWarningSaysTheRealEnd: a warning says when the turn ends in real
// wall-clock time (the event's Ends), which in a rehearsal is not the
// fast clock's.
func TestWarningSaysTheRealEnd(t *testing.T) {
	at := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	ev := session.Event{Kind: session.WarningDue, Turn: "Newcomer's turn", At: at, Left: 2 * time.Minute,
		Ends: at.Add(2 * time.Second)} // 2 minutes at 60× are 2 real seconds
	n, ok := NotificationOf(ev, false)
	if !ok || n.Body != "The turn ends at 10:00." {
		t.Fatalf("notification %+v, want it to end at the real 10:00", n)
	}
	ev.Ends = time.Time{}
	if n, _ := NotificationOf(ev, false); n.Body != "The turn ends at 10:02." {
		t.Fatalf("without Ends: %q, want the event's own 10:02", n.Body)
	}
	// A turn ending at 10:04:59 ends at about 10:05, not 10:04.
	ev.Ends = at.Add(4*time.Minute + 59*time.Second)
	if n, _ := NotificationOf(ev, false); n.Body != "The turn ends at 10:05." {
		t.Fatalf("ending at 10:04:59: %q, want 10:05", n.Body)
	}
}

// TestStillPausedNamesAPartnerWithItsCapital: the reminder of a pause
// names a partner's turn as the screen does ("Partner A's turn"), and the
// coach's lowered inside the sentence ("the coach's turn").
func TestStillPausedNamesAPartnerWithItsCapital(t *testing.T) {
	for turn, want := range map[string]string{
		"Partner A's turn": "The turn waits for you. Partner A's turn has been paused for 5 minutes: ",
		"Coach's turn":     "The turn waits for you. The coach's turn has been paused for 5 minutes: ",
	} {
		ev := session.Event{Kind: session.StillPaused, Turn: turn, Waited: 5 * time.Minute}
		if n, _ := NotificationOf(ev, false); !strings.HasPrefix(n.Body, want) {
			t.Errorf("%s: %q, want it to start %q", turn, n.Body, want)
		}
	}
}
