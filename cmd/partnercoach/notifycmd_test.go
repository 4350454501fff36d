package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"partnercoach/notify"
)

// fakeNotifier records the notifications it is given and answers err.
type fakeNotifier struct {
	got []notify.Notification
	err error
}

func (f *fakeNotifier) Notify(_ context.Context, n notify.Notification) error {
	f.got = append(f.got, n)
	return f.err
}

func TestNotifyTestSays(t *testing.T) {
	tests := []struct {
		name  string
		sound bool
		off   bool // the settings turn notifications off
		err   error
		want  []string // in the output, in this order, line breaks aside
		fail  string   // the error's text, "" for none
	}{
		{"shown", false, false, nil,
			[]string{"without sound", "a notification like it, without sound", "--sound", "do not disturb",
				"rely on the alerts", "Nothing rings unless you ask for sound (see 'partnercoach run --help')."}, ""},
		{"shown with sound", true, false, nil,
			[]string{"with a sound", "heard the sound", "come silently"}, ""},
		{"no bus", false, false, notify.ErrNoBus,
			[]string{"no D-Bus session bus", "never starts one", "What to do: run partnercoach in a terminal of your desktop", "rely on the alerts"},
			"notify test: no D-Bus session bus"},
		{"no bus at the address given", false, false, fmt.Errorf("%w: tcp:host=localhost,port=1: only unix: addresses are reached\x1b[2J", notify.ErrNoBus),
			[]string{"no D-Bus session bus (tcp:host=localhost,port=1: only unix: addresses are reached", "never starts one"},
			"notify test: no D-Bus session bus"},
		{"no server", false, false, fmt.Errorf("%w (org.freedesktop.DBus.Error.ServiceUnknown)", notify.ErrNoServer),
			[]string{"no notification server is running", "start a notification server", "rely on the alerts"},
			"notify test: no notification server"},
		{"timed out", false, false, notify.ErrTimeout,
			[]string{"did not answer within 2s", "restart the notification server", "rely on the alerts"},
			"notify test: the notification server did not answer"},
		{"unsupported", false, false, notify.ErrUnsupported,
			[]string{"no desktop notifications", "What to do: rely on the alerts"},
			"notify test: not supported on this system"},
		{"shown, turned off in the settings", false, true, nil,
			[]string{"without sound", "rely on the alerts", "settings file turns desktop notifications off", "--notify"}, ""},
		{"no bus, turned off in the settings", false, true, notify.ErrNoBus,
			[]string{"no D-Bus session bus", "settings file turns desktop notifications off"},
			"notify test: no D-Bus session bus"},
		{"refused", false, false, errors.New("the notification server: org.example.Full\x1b[2J"),
			[]string{`refused it (the notification server: org.example.Full\x1b[2J)`, "What to do: rely on the alerts"},
			`notify test: the notification server: org.example.Full\x1b[2J`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeNotifier{err: tt.err}
			var out strings.Builder
			err := notifyTest(context.Background(), f, testOptions{sound: tt.sound, off: tt.off}, &out)
			if len(f.got) != 1 || f.got[0].Sound != tt.sound || f.got[0].Urgent {
				t.Fatalf("sent %+v, want one notification, not urgent, Sound %v", f.got, tt.sound)
			}
			if (err == nil) != (tt.fail == "") || err != nil && err.Error() != tt.fail {
				t.Errorf("notifyTest = %v, want %q", err, tt.fail)
			}
			text := out.String()
			if off := strings.Contains(text, "turns desktop notifications off"); off != tt.off {
				t.Errorf("the output speaks of the settings turning notifications off: %v, want %v", off, tt.off)
			}
			rest := flat(text)
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks %q (in order):\n%s", w, text)
				}
				rest = rest[i+len(w):]
			}
			for _, line := range strings.Split(text, "\n") {
				if len(line) > 78 || strings.HasSuffix(line, "-") {
					t.Errorf("line longer than 78 columns, or cut at a hyphen: %q", line)
				}
			}
			if strings.ContainsRune(text, '\x1b') {
				t.Errorf("output holds an escape character:\n%q", text)
			}
		})
	}
}

// TestNotifyTestSaysTheSettingsSound: the test is silent unless --sound,
// but what it says of the call follows the settings: with sound: true
// the call is not quiet, and the test says so rather than "without sound"
// alone; --sound says that only the end of a turn has the sound.
func TestNotifyTestSaysTheSettingsSound(t *testing.T) {
	tests := []struct {
		name string
		o    testOptions
		err  error
		want []string // in the output, in this order, line breaks aside
		not  []string
	}{
		{"quiet settings", testOptions{}, nil, []string{"without sound"},
			[]string{"asks for sound", "rings the terminal bell"}},
		{"sound in the settings", testOptions{callSound: true}, nil,
			[]string{"without sound", "without sound but at the end of a turn (see the note below)", "settings file asks for sound (sound: true)",
				"the end of each turn rings the terminal bell and its notification asks the desktop for a sound", "--silent"}, nil},
		{"sound, notifications off", testOptions{callSound: true, off: true}, nil,
			[]string{"turns desktop notifications off", "asks for sound", "the terminal bell rings at each alert of a turn"}, nil},
		{"sound, no bus", testOptions{callSound: true}, notify.ErrNoBus,
			[]string{"no D-Bus session bus", "asks for sound", "the terminal bell rings at each alert of a turn"}, nil},
		{"the test with sound", testOptions{sound: true}, nil,
			[]string{"with a sound", "at the end of each turn", "with the terminal bell", "the other alerts (a segment's end, the warning) come silently"},
			[]string{"at each warning and at the end of each turn, a notification like it"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			notifyTest(context.Background(), &fakeNotifier{err: tt.err}, tt.o, &out)
			rest := flat(out.String())
			for _, n := range tt.not {
				if strings.Contains(rest, n) {
					t.Errorf("output says %q:\n%s", n, out.String())
				}
			}
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks %q (in order):\n%s", w, out.String())
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

// flat returns text as it reads, with its line breaks and runs of spaces
// made single spaces, so that a phrase can be found wherever it wrapped.
func flat(text string) string { return strings.Join(strings.Fields(text), " ") }
