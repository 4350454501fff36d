package book

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// whenLayout is how a time is written on the command line, on the
// coach's clock or, with --their-time, on the newcomer's.
const whenLayout = "2006-01-02 15:04"

// ParseWhen reads the time of an appointment as the coach gives it: their
// own local time in loc written as 2026-03-28 03:00, or a time with its
// offset in RFC 3339, such as 2026-03-28T03:00:00+01:00. A local time
// that the clocks skip, or one they pass twice, is refused: the coach is
// asked for the offset.
func ParseWhen(s string, loc *time.Location) (time.Time, error) {
	return parseOn(s, loc, "your time zone", "your time")
}

// ParseTheirs reads the time of an appointment as the newcomer gave it,
// on their clock in zone, with the same rules as ParseWhen: a time their
// clocks skip, or pass twice, is refused. A time with its offset must
// have an offset their zone has at that instant.
func ParseTheirs(s, zone string) (time.Time, error) {
	if zone == "" {
		return time.Time{}, fmt.Errorf("their time zone is not known, so %q cannot be read on their clock: give it with --tz", s)
	}
	loc, err := LoadZone(zone)
	if err != nil {
		return time.Time{}, err
	}
	t, err := parseOn(s, loc, "their time zone ("+zone+")", "their time")
	if err != nil {
		return time.Time{}, err
	}
	if _, given := t.Zone(); given != offsetOf(t.In(loc)) {
		return time.Time{}, fmt.Errorf("%s is not a time on their clock: %s is UTC%s then", s, zone, t.In(loc).Format("-07:00"))
	}
	return t, nil
}

// offsetOf is t's offset from UTC in seconds.
func offsetOf(t time.Time) int {
	_, off := t.Zone()
	return off
}

// parseOn reads a time written on the clock of loc, whose zone is called
// where in a refusal, or with its offset.
func parseOn(s string, loc *time.Location, where, whose string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	wall, err := time.Parse(whenLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("expected a time such as %q (%s) or %q, got %q",
			"2026-03-28 09:00", whose, "2026-03-28T09:00:00+01:00", s)
	}
	t := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), 0, 0, loc)
	if !sameWall(t, wall) {
		return time.Time{}, fmt.Errorf("%s does not exist in %s (the clocks skip it); give another time", s, where)
	}
	if u, ok := twice(t); ok {
		return time.Time{}, fmt.Errorf("%s happens twice in %s (the clocks go back); give it with its offset, such as %s or %s",
			s, where, earlier(t, u).Format(time.RFC3339), later(t, u).Format(time.RFC3339))
	}
	return t, nil
}

// twice returns the other instant whose clock, in t's location, shows the
// same day, hour and minute as t, when the clocks go back over it. The
// clocks of the zone database move by 30 minutes (Lord Howe), one hour or
// two.
func twice(t time.Time) (time.Time, bool) {
	for _, d := range []time.Duration{-2 * time.Hour, -time.Hour, -30 * time.Minute, 30 * time.Minute, time.Hour, 2 * time.Hour} {
		if u := t.Add(d); sameWall(u, t) {
			return u, true
		}
	}
	return time.Time{}, false
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

// dayLayout and clockLayout write an appointment's day and time;
// yearLayout follows the day when its year is not the current one.
const (
	dayLayout   = "Mon 2 Jan"
	yearLayout  = " 2006"
	clockLayout = "15:04"
)

// dayText writes t's day, with its year when it is not now's.
func dayText(t, now time.Time) string {
	if t.Year() != now.Year() {
		return t.Format(dayLayout + yearLayout)
	}
	return t.Format(dayLayout)
}

// clockText writes t's hour and minute, followed by its zone's
// abbreviation when the clocks show that time twice that day, so that the
// two are told apart: "01:30 EDT", "01:30 EST".
func clockText(t time.Time) string {
	text := t.Format(clockLayout)
	if _, ok := twice(t); ok {
		text += " " + zoneLabel(t)
	}
	return text
}

// zoneLabel is t's zone abbreviation, such as EST or CEST, or its offset
// from UTC, such as UTC+10:30, where the zone database has no letters for
// it (Lord Howe, Chatham).
func zoneLabel(t time.Time) string {
	name, _ := t.Zone()
	if strings.ContainsFunc(name, unicode.IsLetter) && name != "UTC" {
		return name
	}
	return "UTC" + t.Format("-07:00")
}

// FormatWhen writes an appointment's time as the coach reads it at now:
// on the coach's clock (now's location), with the newcomer's local time
// beside it when their zone is known, as "Sun 28 Mar 03:00 (09:00 for
// them, Europe/Berlin)". When the newcomer's day is another, it is named
// too: "Sat 27 Mar 21:00 for them". A day of another year than now's has
// its year ("Mon 10 Jan 2028 10:00"), and a time the clocks show twice
// that day has its zone's abbreviation ("01:30 EST for them").
func FormatWhen(at, now time.Time, zone string) string {
	mine := at.In(now.Location())
	text := dayText(mine, now) + " " + clockText(mine)
	if t, ok := theirTime(at, zone); ok {
		theirs := clockText(t)
		if DateOf(t) != DateOf(mine) {
			theirs = dayText(t, now) + " " + theirs
		}
		text += fmt.Sprintf(" (%s for them, %s)", theirs, zone)
	}
	return text
}

// FormatTheirs writes an appointment's time in the newcomer's zone, for a
// message to them written at now: "Sun 28 Mar 09:00 (Europe/Berlin)",
// with the year and the abbreviation as FormatWhen gives them. When their
// zone is not known, the time is given on the coach's clock (now's
// location) with its offset from UTC, "Sun 28 Mar 03:00 (UTC-05:00)", and
// ok is false.
func FormatTheirs(at, now time.Time, zone string) (text string, ok bool) {
	if t, ok := theirTime(at, zone); ok {
		return fmt.Sprintf("%s %s (%s)", dayText(t, now), clockText(t), zone), true
	}
	mine := at.In(now.Location())
	return dayText(mine, now) + " " + mine.Format(clockLayout) + " (UTC" + mine.Format("-07:00") + ")", false
}

// theirTime is at in the newcomer's zone, if it is known.
func theirTime(at time.Time, zone string) (time.Time, bool) {
	if zone == "" {
		return time.Time{}, false
	}
	loc, err := LoadZone(zone)
	if err != nil {
		return time.Time{}, false
	}
	return at.In(loc), true
}
