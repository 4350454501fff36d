package script

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Duration is a length of time written in a script as Go writes durations:
// "15m", "90s", "1m30s".
type Duration time.Duration

// D returns the duration as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// String formats the duration the way a script writes it.
func (d Duration) String() string {
	s := time.Duration(d).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// ParseDuration reads a positive duration such as "15m", "90s" or "1m30s",
// in whole seconds: the countdowns show seconds, so a part of a second
// ("500ms", "1.5s", "1ns") would be a setting nobody sees. A bare number
// is read as minutes. An error quotes the duration as it was written.
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("expected a duration such as 15m or 90s, got nothing")
	}
	read := s
	if strings.Trim(s, "0123456789") == "" {
		read += "m"
	}
	v, err := time.ParseDuration(read)
	if err != nil {
		return 0, fmt.Errorf("expected a duration such as 15m or 90s, got %q", s)
	}
	if v < 0 {
		return 0, fmt.Errorf("expected a positive duration, got %q", s)
	}
	if v%time.Second != 0 {
		return 0, fmt.Errorf("%w, such as 15m or 90s, got %q", ErrPartSecond, s)
	}
	return v, nil
}

// ErrPartSecond is the error of ParseDuration for a duration that holds a
// part of a second.
var ErrPartSecond = errors.New("expected a duration in whole seconds")

// MinWarn is the shortest warning lead a script, the settings or --warn
// may give: a warning less than a second before the end comes with it.
const MinWarn = time.Second

// MaxDuration is the longest duration a script, the settings or --warn may
// give: a day, which no session comes near, keeps sums of durations and
// times a lead before a deadline far from overflowing.
const MaxDuration = 24 * time.Hour

// CheckWarn says what is wrong with a warning lead, or returns nil: one
// rule for scripts, the settings and --warn. Zero, in a script, is a turn
// that gives no lead of its own and is never checked here.
func CheckWarn(d time.Duration) error {
	switch {
	case d < MinWarn:
		return fmt.Errorf("expected a warning lead of at least %s, such as 2m or 90s, got %s", Duration(MinWarn), Duration(d))
	case d > MaxDuration:
		return fmt.Errorf("expected a warning lead of at most a day, such as 2m or 90s, got %s", Duration(d))
	}
	return nil
}

// MarshalText writes the duration as a string such as "15m", so that it
// reads well in JSON records.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a duration written by MarshalText.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("expected a duration such as 15m or 1m30s, got %q", b)
	}
	*d = Duration(v)
	return nil
}
