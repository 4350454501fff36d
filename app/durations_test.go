package app

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/english"
)

// TestDurationFormats is the one family of read-outs of time, each with
// the rule of ShownSeconds: a time left rounds a part second up, a time
// past drops it.
func TestDurationFormats(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		name string
		f    func(time.Duration) string
		d    time.Duration
		want string
	}{
		{"MinSec", MinSec, 15 * time.Minute, "15:00"},
		{"MinSec", MinSec, 14*time.Minute + 59*time.Second + 500*ms, "15:00"},
		{"MinSec", MinSec, ms, "0:01"},
		{"MinSec", MinSec, 0, "0:00"},
		{"MinSec", MinSec, -5900 * ms, "0:05"}, // over: a time past
		{"MinSec", MinSec, time.Hour + 2*time.Minute + 3*time.Second, "1:02:03"},
		{"Countdown", Countdown, -500 * ms, "+0:00"},
		{"Countdown", Countdown, -61 * time.Second, "+1:01"},
		{"Countdown", Countdown, 61 * time.Second, "1:01"},
		{"MinSecPast", MinSecPast, 59*time.Second + 900*ms, "0:59"},
		{"MinSecPast", MinSecPast, -time.Second, "0:00"},
		{"Minutes", Minutes, 7*time.Minute + 59*time.Second, "7 min"},
		{"Minutes", Minutes, -time.Minute, "0 min"},
		{"MinutesShort", MinutesShort, 65 * time.Minute, "65m"},
		{"Planned", Planned, 15 * time.Minute, "15 min"},
		{"Planned", Planned, 90 * time.Second, "1:30"},
		{"CalmLeft", CalmLeft, 4*time.Minute + 59*time.Second, "4 min"},
		{"CalmLeft", CalmLeft, 59*time.Second + 100*ms, "1 min"}, // 1:00 on the clock
		{"CalmLeft", CalmLeft, 42 * time.Second, "0:42"},
		{"Spoken", Spoken, 0, "0 seconds"},
		{"Spoken", Spoken, ms, "1 second"},
		{"Spoken", Spoken, 45 * time.Second, "45 seconds"},
		{"Spoken", Spoken, time.Minute, "1 minute"},
		{"Spoken", Spoken, 4*time.Minute + 29*time.Second + ms, "4 minutes 30 seconds"},
		{"Spoken", Spoken, time.Hour + 5*time.Minute, "1 hour 5 minutes"},
		{"Spoken", Spoken, 2*time.Hour + time.Second, "2 hours 1 second"},
		{"Spoken", Spoken, -90 * time.Second, "1 minute 30 seconds"},
		{"SpokenPast", SpokenPast, 59*time.Second + 900*ms, "59 seconds"},
		{"Ago", Ago, -time.Second, "just now"},
		{"Ago", Ago, 61 * time.Second, "1 minute ago"},
		{"Ago", Ago, 119 * time.Minute, "119 minutes ago"},
		{"Ago", Ago, 26 * time.Hour, "26 hours ago"},
		{"Ago", Ago, 49 * time.Hour, "2 days ago"},
		{"LeftPhrase", LeftPhrase, 2 * time.Minute, "2 minutes left"},
		{"LeftPhrase", LeftPhrase, time.Minute, "1 minute left"},
		{"LeftPhrase", LeftPhrase, 90 * time.Second, "1:30 left"},
		{"LeftPhrase", LeftPhrase, 1500 * ms, "0:02 left"},
	}
	for _, tt := range tests {
		if got := tt.f(tt.d); got != tt.want {
			t.Errorf("%s(%v) = %q, want %q", tt.name, tt.d, got, tt.want)
		}
	}
}

// TestMinutesFollowTheClock: a read-out in minutes shows the minutes of
// the m:ss beside it, whatever the part second.
func TestMinutesFollowTheClock(t *testing.T) {
	for d := 14*time.Minute + 58*time.Second; d <= 15*time.Minute; d += 100 * time.Millisecond {
		m, ss := ShownMinutes(d), MinSec(d)
		if want := ss[:len(ss)-3]; want != strconv.FormatInt(m, 10) {
			t.Fatalf("at %v: %d minutes beside %s", d, m, ss)
		}
	}
}

func TestAboutLeft(t *testing.T) {
	for d, want := range map[time.Duration]string{
		2 * time.Minute: "2 minutes", time.Minute + time.Second: "2 minutes", time.Minute: "1 minute",
		58 * time.Second: "58 seconds", 0: "0 seconds", 15 * time.Minute: "15 minutes",
	} {
		if got := AboutLeft(d); got != want {
			t.Errorf("AboutLeft(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestReadOutsAgreeAtPartSeconds: at x.0, x.2, x.5 and x.9 seconds left
// (and over), the digits (full screen, window title, status line), the
// status JSON's seconds and the words (accessible mode) say one number.
func TestReadOutsAgreeAtPartSeconds(t *testing.T) {
	for _, whole := range []time.Duration{73 * time.Second, -73 * time.Second} {
		for _, part := range []time.Duration{0, 200, 500, 900} {
			d := whole + part*time.Millisecond
			if whole < 0 {
				d = whole - part*time.Millisecond
			}
			b := Beacon{State: BeaconTurn, Role: "Coach", Turn: TurnReading{Phase: TurnRunning, Left: d, Length: 15 * time.Minute}}
			if d < 0 {
				b.Turn.Phase = TurnOver
			}
			digits, words := Countdown(d), Spoken(d)
			n := *b.Status(false).LeftSeconds
			n = max(n, -n)
			want := english.Digits(n)
			if !strings.Contains(digits, want) || words != english.Words(n) ||
				!strings.Contains(b.WindowTitle(), want) || !strings.Contains(b.StatusLine(false), want) {
				t.Errorf("at %v: %q, %q, title %q, status %q, %d seconds", d, digits, words, b.WindowTitle(), b.StatusLine(false), n)
			}
		}
	}
}
