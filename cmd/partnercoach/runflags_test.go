package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/app"
	"partnercoach/internal/settings"
)

// resolveWith writes a settings file (none when text is "") under a
// temporary XDG_CONFIG_HOME, parses args as run flags and resolves them.
func resolveWith(t *testing.T, text string, args ...string) (options, error) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if text != "" {
		if err := os.MkdirAll(filepath.Dir(settings.Path()), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(settings.Path(), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	var f runFlags
	cmd := &cobra.Command{Use: "run"}
	f.register(cmd)
	if err := cmd.ParseFlags(args); err != nil {
		t.Fatal(err)
	}
	return f.resolve()
}

func TestResolve(t *testing.T) {
	const file = "warn: 3m\nnotify: false\nsilent: true\ncoach: Ann\n"
	tests := []struct {
		name         string
		file         string
		args         []string
		warn         time.Duration
		notify, silt bool
	}{
		{"no file, no flags", "", nil, 2 * time.Minute, true, false},
		{"the file", file, nil, 3 * time.Minute, false, true},
		{"flags over the defaults", "", []string{"--warn", "90s", "--no-notify", "--silent"}, 90 * time.Second, false, true},
		{"flags over the file", file, []string{"--warn", "1m", "--notify", "--silent=false"}, time.Minute, true, false},
		{"a flag equal to the default still wins", file, []string{"--warn", "2m", "--no-notify=false"}, 2 * time.Minute, true, true},
		{"--notify=false", "", []string{"--notify=false"}, 2 * time.Minute, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, err := resolveWith(t, tc.file, tc.args...)
			if err != nil {
				t.Fatal(err)
			}
			if o.Warn != tc.warn || o.Notify != tc.notify || o.Silent != tc.silt {
				t.Fatalf("warn %v, notify %v, silent %v; want %v, %v, %v",
					o.Warn, o.Notify, o.Silent, tc.warn, tc.notify, tc.silt)
			}
		})
	}
}

// TestSound: quiet unless sound is asked for, by the settings or --sound;
// the older silent setting forces quiet, unless --sound is given.
func TestSound(t *testing.T) {
	tests := []struct {
		file string
		args []string
		want bool
	}{
		{"", nil, false},
		{"sound: true\n", nil, true},
		{"", []string{"--sound"}, true},
		{"sound: true\n", []string{"--sound=false"}, false},
		{"sound: true\nsilent: true\n", nil, false},
		{"silent: true\n", []string{"--sound"}, true},
		{"sound: true\n", []string{"--silent"}, false},
	}
	for _, tc := range tests {
		o, err := resolveWith(t, tc.file, tc.args...)
		if err != nil {
			t.Fatal(err)
		}
		if got := o.sound(); got != tc.want {
			t.Errorf("file %q, flags %q: sound %v, want %v", tc.file, tc.args, got, tc.want)
		}
	}
}

func TestResolveKeepsTheOtherSettingsAndRunFlags(t *testing.T) {
	o, err := resolveWith(t, "coach: Ann\ncolours: none\n", "--newcomer", "  AB ", "--speed", "4")
	if err != nil {
		t.Fatal(err)
	}
	if o.Coach != "Ann" || o.Colours != settings.ColoursNone || o.Fees.First != 2500 ||
		o.newcomer != "AB" || o.speed != 4 {
		t.Fatalf("resolve gave %+v", o)
	}
}

// speedWant is the start of the message for a --speed out of bounds.
const speedWant = "--speed: expected a number from 1 (real time) to 3600 (an hour a second), such as 60, got "

// TestResolveTakesTheSpeedsAllowed: real time, a rehearsal's usual speeds
// and the fastest allowed.
func TestResolveTakesTheSpeedsAllowed(t *testing.T) {
	for _, v := range []string{"1", "1.5", "60", "120", "3600"} {
		if _, err := resolveWith(t, "", "--speed", v); err != nil {
			t.Errorf("--speed %s: %v", v, err)
		}
	}
}

func TestResolveRefuses(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a bad --warn", []string{"--warn", "soon"}, `--warn: expected a duration such as 15m or 90s, got "soon"`},
		{"a zero --warn", []string{"--warn", "0s"}, "--warn: expected a warning lead of at least 1s, such as 2m or 90s, got 0s"},
		{"a --warn of 1ns", []string{"--warn", "1ns"}, `--warn: expected a duration in whole seconds, such as 15m or 90s, got "1ns"`},
		{"a slow --speed", []string{"--speed", "0.5"}, speedWant + "0.5"},
		{"a zero --speed", []string{"--speed", "0"}, speedWant + "0"},
		{"a negative --speed", []string{"--speed", "-60"}, speedWant + "-60"},
		{"--speed NaN", []string{"--speed", "NaN"}, speedWant + "NaN"},
		{"--speed Inf", []string{"--speed", "Inf"}, speedWant + "+Inf"},
		{"--speed -Inf", []string{"--speed", "-Inf"}, speedWant + "-Inf"},
		{"--speed 1e308", []string{"--speed", "1e308"}, speedWant + "1e+308"},
		{"--speed 1e6", []string{"--speed", "1e6"}, speedWant + "1e+06"},
		{"just over the most", []string{"--speed", "3600.5"}, speedWant + "3600.5"},
		{"an empty --newcomer", []string{"--newcomer", " "}, "--newcomer: expected a newcomer's name or initials, got nothing"},
		{"a --newcomer with an escape", []string{"--newcomer", "A\x1b[2JB"}, `--newcomer: a newcomer's name may not hold the escape character (\x1b): got "A\x1b[2JB"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := resolveWith(t, "", tc.args...); err == nil || err.Error() != tc.want {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
}

func TestResolveRefusesABadSettingsFile(t *testing.T) {
	_, err := resolveWith(t, "warn: 2m\ncolours: blue\n", "--warn", "3m")
	var ps settings.Problems
	want := settings.Path() + `:2:10: colours: expected one of auto, dark, light or none, got "blue"`
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].String() != want {
		t.Fatalf("error %v, want the one problem %q", err, want)
	}
}

func TestRehearsalSavesOnlyWhenAsked(t *testing.T) {
	tests := []struct {
		args []string
		want app.Keeps
	}{
		{nil, app.Keeps{Autosave: true, Record: true}},
		{[]string{"--speed", "60"}, app.Keeps{}},
		{[]string{"--speed", "60", "--save"}, app.Keeps{Autosave: true}},
		{[]string{"--save"}, app.Keeps{Autosave: true, Record: true}}, // in real time a session saves anyway
		{[]string{"--no-save"}, app.Keeps{}},
	}
	for _, tc := range tests {
		o, err := resolveWith(t, "", tc.args...)
		if err != nil {
			t.Fatal(err)
		}
		if o.keeps != tc.want {
			t.Errorf("%v: keeps %+v, want %+v", tc.args, o.keeps, tc.want)
		}
	}
}
