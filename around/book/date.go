package book

import (
	"fmt"
	"strings"
	"time"
)

// dateLayout is how a Date is written, in files and on the command line.
const dateLayout = "2006-01-02"

// Date is a day of the calendar, without a time or a time zone, such as
// the day a newcomer was assigned. The zero Date is no day at all.
type Date struct {
	year  int
	month time.Month
	day   int
}

// NewDate returns the given day; out-of-range days roll over as in
// time.Date (November 31 is December 1).
func NewDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 12, 0, 0, 0, time.UTC))
}

// DateOf returns the day t falls on in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate reads a day written as 2026-11-22.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(dateLayout, strings.TrimSpace(s))
	if err != nil {
		return Date{}, fmt.Errorf("expected a date such as 2026-11-22, got %q", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String writes the day as 2026-11-22, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time(time.UTC).Format(dateLayout)
}

// Time returns the start of the day in loc.
func (d Date) Time(loc *time.Location) time.Time {
	return time.Date(d.year, d.month, d.day, 0, 0, 0, 0, loc)
}

// AddDays returns the day n days after d (before, for a negative n).
func (d Date) AddDays(n int) Date { return NewDate(d.year, d.month, d.day+n) }

// Compare returns -1, 0 or +1 as d is before, the same as or after e.
func (d Date) Compare(e Date) int {
	return d.Time(time.UTC).Compare(e.Time(time.UTC))
}

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is a later day than e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// MarshalText writes the day as 2026-11-22.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a day written as 2026-11-22.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
