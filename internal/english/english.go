// Package english writes counts and lengths of time the one way every
// part of partnercoach writes them: the noun for a count (Plural), a
// length as a clock's digits (Digits: "6:12", "1:02:03") and a length
// in words (Words: "1 minute 30 seconds"). It takes whole seconds: how a
// length is rounded to them is the caller's rule (app.ShownSeconds for
// the read-outs of a run).
package english

import (
	"fmt"
	"strings"
)

// Plural picks the singular or the plural form for a count: one when n
// is 1, many otherwise.
func Plural[N int | int64](n N, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// count writes a number with its noun (app.Count is the front ends').
func count(n int64, one, many string) string {
	return fmt.Sprintf("%d %s", n, Plural(n, one, many))
}

// Digits writes a length of whole seconds as a clock shows it: m:ss,
// "6:12", or h:mm:ss from an hour, "1:02:03". A negative length is
// written by its size.
func Digits(seconds int64) string {
	s := max(seconds, -seconds)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Words says a length of whole seconds the way a person says it: "5
// minutes", "1 minute 30 seconds", "45 seconds", "1 hour 5 minutes", "0
// seconds". A negative length is said by its size.
func Words(seconds int64) string {
	s := max(seconds, -seconds)
	h, m, sec := s/3600, s/60%60, s%60
	var parts []string
	if h > 0 {
		parts = append(parts, count(h, "hour", "hours"))
	}
	if m > 0 {
		parts = append(parts, count(m, "minute", "minutes"))
	}
	if sec > 0 || len(parts) == 0 {
		parts = append(parts, count(sec, "second", "seconds"))
	}
	return strings.Join(parts, " ")
}
