package app

import (
	"fmt"
	"time"

	"partnercoach/internal/english"
	"partnercoach/session"
)

// This file holds the one rule of every read-out of time, in both front
// ends, and the one family of formatters built on it: digits for the full
// screen (MinSec, Countdown and the minutes), words for the accessible
// mode and for sentences (Spoken, LeftPhrase). A time left and a time
// past round differently: see ShownSeconds. The digits and the words
// themselves are package english's, which the packages below app (the
// review, the stats, the session's own descriptions) write them with too.

// ShownSeconds is the one rounding rule of every read-out of time. A time
// left counts a part second as a whole one, so that 0:00 (or "0 seconds")
// shows only at the end itself; a time past (overtime, time spent) drops
// its part second. A read-out in whole minutes shows the minutes of this
// figure, so that "14 min" stands over "14:59 left" and "15 min" only
// over "15:00 left". A negative d is counted by its size, as a time past.
func ShownSeconds(d time.Duration) int64 {
	if d < 0 {
		return int64(-d / time.Second)
	}
	return int64((d + time.Second - 1) / time.Second)
}

// ShownMinutes is the minutes of ShownSeconds: the whole minutes a
// read-out in minutes shows for a time left (none for a negative one).
func ShownMinutes(d time.Duration) int64 { return ShownSeconds(max(d, 0)) / 60 }

// MinSec writes a time left as m:ss, or h:mm:ss from an hour, by the rule
// of ShownSeconds: "14:59" for 14:58.2 left. A negative d, a time over,
// is written by its size with its part second dropped: "0:05" for 5.9
// seconds over.
func MinSec(d time.Duration) string { return english.Digits(ShownSeconds(d)) }

// Countdown writes a time left as MinSec does, with a plus sign once it
// is overtime: "4:59", "+0:05".
func Countdown(d time.Duration) string {
	if d < 0 {
		return "+" + MinSec(d)
	}
	return MinSec(d)
}

// MinSecPast writes a time gone by (time spent, a session's length) as
// m:ss, its part second dropped; none for a negative d.
func MinSecPast(d time.Duration) string { return MinSec(-max(d, 0)) }

// MinutesIn counts the whole minutes in a time gone by, none for a
// negative d.
func MinutesIn(d time.Duration) int { return int(max(d, 0) / time.Minute) }

// Minutes writes a time gone by in whole minutes, "7 min": a read-out
// that moves once a minute, not once a second.
func Minutes(d time.Duration) string { return fmt.Sprintf("%d min", MinutesIn(d)) }

// MinutesShort is Minutes for a narrow column: "7m".
func MinutesShort(d time.Duration) string { return fmt.Sprintf("%dm", MinutesIn(d)) }

// Planned writes a planned length: "15 min" when it is whole minutes, as
// nearly all are, and m:ss otherwise.
func Planned(d time.Duration) string {
	if d > 0 && d%time.Minute == 0 {
		return Minutes(d)
	}
	return MinSec(d)
}

// CalmLeft writes a time left for a read-out that should not move every
// second: the minutes of its m:ss ("4 min" for 4:59, as the large clock
// shows them) while a minute or more is left, m:ss in the last minute,
// when the seconds tell the coach something.
func CalmLeft(d time.Duration) string {
	if m := ShownMinutes(d); m >= 1 {
		return fmt.Sprintf("%d min", m)
	}
	return MinSec(max(d, 0))
}

// Spoken says a time left the way a person says it: "5 minutes", "1
// minute 30 seconds", "45 seconds", "1 hour 5 minutes", rounded by the
// rule of ShownSeconds, so that "0 seconds" is said only at the end
// itself. A negative d is said by its size, its part second dropped.
func Spoken(d time.Duration) string { return english.Words(ShownSeconds(d)) }

// SpokenPast says a time gone by, its part second dropped; none for a
// negative d.
func SpokenPast(d time.Duration) string { return Spoken(-max(d, 0)) }

// AboutLeft says a time left in words that move once a minute while a
// minute or more is left, rounded up ("2 minutes" from 1:01 to 2:00, "1
// minute" at 1:00), and by the second in the last minute ("58 seconds").
func AboutLeft(d time.Duration) string {
	if d < time.Minute {
		return Spoken(d)
	}
	return Count(int64((d+time.Minute-1)/time.Minute), "minute", "minutes")
}

// Ago says how long ago something was, coarsely: "12 minutes ago" up to
// two hours, "26 hours ago" up to two days, then "3 days ago"; "just now"
// for a time ahead (a clock set back).
func Ago(d time.Duration) string {
	switch {
	case d < 0:
		return "just now"
	case d < 2*time.Hour:
		return Count(int(d/time.Minute), "minute", "minutes") + " ago"
	case d < 48*time.Hour:
		return Count(int(d/time.Hour), "hour", "hours") + " ago"
	}
	return Count(int(d/(24*time.Hour)), "day", "days") + " ago"
}

// LeftPhrase says how much time is left in a few words, for a title:
// "2 minutes left", "1 minute left", or "1:30 left".
func LeftPhrase(d time.Duration) string {
	switch {
	case d == time.Minute:
		return "1 minute left"
	case d > 0 && d%time.Minute == 0:
		return fmt.Sprintf("%d minutes left", d/time.Minute)
	}
	return MinSec(d) + " left"
}

// Count writes a number with its noun, singular or plural: "1 note",
// "3 notes".
func Count[N int | int64](n N, one, many string) string {
	return fmt.Sprintf("%d %s", n, english.Plural(n, one, many))
}

// PlanWords says a step's planned time as the coach last set it, with the
// plan it was set from in brackets when the coach changed it: "10 minutes
// (15 minutes at first)". It is the meaning of "planned" everywhere: the
// agenda, and the review at the end (session.StepRecord.PlannedAsSet),
// which writes it in digits.
func PlanWords(s *session.Session, id string) string {
	set, first := s.PlannedNow(id), s.PlannedFor(id)
	if set == first || set <= 0 {
		return Spoken(set)
	}
	return Spoken(set) + " (" + Spoken(first) + " at first)"
}
