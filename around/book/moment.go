package book

import (
	"fmt"
	"strings"
	"time"
)

// Moment is when something the book keeps happened, such as a payment
// notice or a contact: an instant when the coach gave the time, or a day
// alone when they gave only the day. The zero Moment is no moment at all.
//
// A day alone stands for its first instant, the start of that day on the
// coach's clock (Start): a payment notice given as a day is taken to have
// come at the earliest it could, so that its 72 hours never end after the
// programme's. Whether one moment comes before another is read by the
// instant when both have one, and by the day otherwise (see Answers).
type Moment struct {
	day Date
	at  time.Time
}

// OnDay returns the moment of a day alone.
func OnDay(d Date) Moment { return Moment{day: d} }

// AtInstant returns the moment of an instant, kept to the second with the
// offset it was given in.
func AtInstant(t time.Time) Moment { return Moment{at: t.Round(0).Truncate(time.Second)} }

// IsZero reports whether m is the zero Moment.
func (m Moment) IsZero() bool { return m.day.IsZero() && m.at.IsZero() }

// HasTime reports whether the instant is known, not only the day.
func (m Moment) HasTime() bool { return !m.at.IsZero() }

// Day is the moment's own day: the day alone, or the instant's day in the
// offset it was recorded with. It does not depend on where the coach is
// now, so the calendar names its events by it.
func (m Moment) Day() Date {
	if m.HasTime() {
		return DateOf(m.at)
	}
	return m.day
}

// DayIn is the moment's day on the clock of loc.
func (m Moment) DayIn(loc *time.Location) Date {
	if m.HasTime() {
		return DateOf(m.at.In(loc))
	}
	return m.day
}

// Start is the moment's instant, or for a day alone the start of that day
// in loc.
func (m Moment) Start(loc *time.Location) time.Time {
	if m.HasTime() {
		return m.at.In(loc)
	}
	return m.day.Time(loc)
}

// Answers reports whether m comes at or after from, read in loc: by the
// instant when both have one, and otherwise by the day, so that a contact
// given as a day answers a notice of the same day whatever its hour.
func (m Moment) Answers(from Moment, loc *time.Location) bool {
	if m.HasTime() && from.HasTime() {
		return !m.at.Before(from.at)
	}
	return !m.DayIn(loc).Before(from.DayIn(loc))
}

// Format writes the moment on the clock of loc: "2026-12-01 14:05", or
// "2026-12-01" for a day alone.
func (m Moment) Format(loc *time.Location) string {
	if m.HasTime() {
		return m.at.In(loc).Format(dateLayout + " " + clockLayout)
	}
	return m.day.String()
}

// String writes the moment as the files keep it: 2026-12-01 for a day
// alone, 2026-12-01T14:05:00+01:00 for an instant, or "" for the zero
// Moment.
func (m Moment) String() string {
	if m.HasTime() {
		return m.at.Format(time.RFC3339)
	}
	return m.day.String()
}

// MarshalText writes the moment as String does.
func (m Moment) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads a moment written as a day (2026-12-01) or as an
// instant in RFC 3339 (2026-12-01T14:05:00+01:00).
func (m *Moment) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	if len(s) > len(dateLayout) {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return fmt.Errorf("expected a day such as 2026-11-22 or a time such as 2026-11-22T14:05:00+01:00, got %q", string(b))
		}
		*m = AtInstant(t)
		return nil
	}
	d, err := ParseDate(s)
	if err != nil {
		return fmt.Errorf("expected a day such as 2026-11-22 or a time such as 2026-11-22T14:05:00+01:00, got %q", string(b))
	}
	*m = OnDay(d)
	return nil
}

// compareMoments orders moments by their own day, then a day alone before
// an instant of that day, then by the instant.
func compareMoments(a, b Moment) int {
	if c := a.Day().Compare(b.Day()); c != 0 {
		return c
	}
	switch {
	case a.HasTime() && b.HasTime():
		return a.at.Compare(b.at)
	case a.HasTime():
		return 1
	case b.HasTime():
		return -1
	}
	return 0
}
