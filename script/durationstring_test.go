package script

import (
	"errors"
	"testing"
	"time"
)

func TestDurationStringReadsBack(t *testing.T) {
	tests := map[time.Duration]string{
		0:                          "0s",
		10 * time.Second:           "10s",
		90 * time.Second:           "1m30s",
		15 * time.Minute:           "15m",
		20 * time.Minute:           "20m",
		time.Hour:                  "1h",
		time.Hour + 10*time.Minute: "1h10m",
	}
	for d, want := range tests {
		got := Duration(d).String()
		if got != want {
			t.Errorf("Duration(%v).String() = %q, want %q", d, got, want)
		}
		back, err := ParseDuration(got)
		if err != nil || back != d {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", got, back, err, d)
		}
	}
}

// A part of a second is refused wherever a script, the settings or --warn
// give a duration: the countdowns show whole seconds.
func TestParseDurationRefusesPartsOfASecond(t *testing.T) {
	for _, s := range []string{"1ns", "500ms", "1.5s", "2m0.5s", "999999us"} {
		d, err := ParseDuration(s)
		if !errors.Is(err, ErrPartSecond) || d != 0 {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", s, d, err, ErrPartSecond)
		}
	}
	for _, s := range []string{"1s", "1000ms", "1.5m", "90s"} {
		if _, err := ParseDuration(s); err != nil {
			t.Errorf("ParseDuration(%q): %v", s, err)
		}
	}
}

func TestCheckWarn(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                      "expected a warning lead of at least 1s, such as 2m or 90s, got 0s",
		time.Nanosecond:        "expected a warning lead of at least 1s, such as 2m or 90s, got 1ns",
		999 * time.Millisecond: "expected a warning lead of at least 1s, such as 2m or 90s, got 999ms",
		time.Second:            "",
		2 * time.Minute:        "",
		24 * time.Hour:         "",
		25 * time.Hour:         "expected a warning lead of at most a day, such as 2m or 90s, got 25h",
		2562047 * time.Hour:    "expected a warning lead of at most a day, such as 2m or 90s, got 2562047h",
	} {
		got := ""
		if err := CheckWarn(d); err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("CheckWarn(%v) = %q, want %q", d, got, want)
		}
	}
}

// An error quotes the duration as the coach wrote it: a bare number too
// large to read is not shown with a unit it never had.
func TestParseDurationQuotesWhatWasWritten(t *testing.T) {
	for in, want := range map[string]string{
		"9999999999999999999": `expected a duration such as 15m or 90s, got "9999999999999999999"`,
		" 99999999999999999 ": `expected a duration such as 15m or 90s, got "99999999999999999"`,
		"5 m":                 `expected a duration such as 15m or 90s, got "5 m"`,
	} {
		if _, err := ParseDuration(in); err == nil || err.Error() != want {
			t.Errorf("ParseDuration(%q): %v, want %q", in, err, want)
		}
	}
}
