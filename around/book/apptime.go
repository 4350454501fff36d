package book

import (
	"fmt"
	"strings"
	"time"

	// The zone database goes into the binary, so that newcomers' time
	// zones are known on Windows and in bare containers too.
	_ "time/tzdata"
)

// whenLayout is how the coach writes a time of their own on the command
// line.
const whenLayout = "2006-01-02 15:04"

// ParseWhen reads the time of an appointment: the coach's local time in
// loc written as 2026-03-28 03:00, or a time with its offset in RFC 3339,
// such as 2026-03-28T03:00:00+01:00. A local time that the clocks skip, or
// one they pass twice, is refused: the coach is asked for the offset.
func ParseWhen(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	wall, err := time.Parse(whenLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("expected a time such as %q (your time) or %q, got %q",
			"2026-03-28 09:00", "2026-03-28T09:00:00+01:00", s)
	}
	t := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), 0, 0, loc)
	if !sameWall(t, wall) {
		return time.Time{}, fmt.Errorf("%s does not exist in your time zone (the clocks skip it); give another time", s)
	}
	for _, d := range []time.Duration{-2 * time.Hour, -time.Hour, -30 * time.Minute, 30 * time.Minute, time.Hour, 2 * time.Hour} {
		if u := t.Add(d); sameWall(u, wall) {
			return time.Time{}, fmt.Errorf("%s happens twice in your time zone (the clocks go back); give it with its offset, such as %s or %s",
				s, earlier(t, u).Format(time.RFC3339), later(t, u).Format(time.RFC3339))
		}
	}
	return t, nil
}

// sameWall reports whether t shows the same date, hour and minute as wall.
func sameWall(t, wall time.Time) bool {
	return t.Year() == wall.Year() && t.YearDay() == wall.YearDay() && t.Hour() == wall.Hour() && t.Minute() == wall.Minute()
}

// earlier and later order two instants.
func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func later(a, b time.Time) time.Time {
	if a.Before(b) {
		return b
	}
	return a
}

// dayLayout and clockLayout write an appointment's day and time.
const (
	dayLayout   = "Mon 2 Jan"
	clockLayout = "15:04"
)

// FormatWhen writes an appointment's time as the coach reads it: in the
// coach's location, with the newcomer's local time beside it when their
// zone is known, as "Sun 28 Mar 03:00 (09:00 for them, Europe/Berlin)".
// When the newcomer's day is another, it is named too:
// "Sat 27 Mar 21:00 for them".
func FormatWhen(at time.Time, coach *time.Location, zone string) string {
	mine := at.In(coach)
	text := mine.Format(dayLayout + " " + clockLayout)
	if t, ok := theirTime(at, zone); ok {
		layout := clockLayout
		if DateOf(t) != DateOf(mine) {
			layout = dayLayout + " " + clockLayout
		}
		text += fmt.Sprintf(" (%s for them, %s)", t.Format(layout), zone)
	}
	return text
}

// FormatTheirs writes an appointment's time in the newcomer's zone, for a
// message to them: "Sun 28 Mar 09:00 (Europe/Berlin)". When their zone is
// not known, the time is given in the coach's location with its offset
// from UTC, "Sun 28 Mar 03:00 (UTC-05:00)", and ok is false.
func FormatTheirs(at time.Time, coach *time.Location, zone string) (text string, ok bool) {
	if t, ok := theirTime(at, zone); ok {
		return fmt.Sprintf("%s (%s)", t.Format(dayLayout+" "+clockLayout), zone), true
	}
	mine := at.In(coach)
	return mine.Format(dayLayout+" "+clockLayout) + " (UTC" + mine.Format("-07:00") + ")", false
}

// theirTime is at in the newcomer's zone, if it is known.
func theirTime(at time.Time, zone string) (time.Time, bool) {
	if zone == "" {
		return time.Time{}, false
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return time.Time{}, false
	}
	return at.In(loc), true
}
