package app

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"partnercoach/session"
)

// This file holds the limits of what the coach types, once for both front
// ends: a front end may stop the typing at a limit (a field's character
// limit), and the core cuts whatever still goes past it.

// The limits of typed text, in characters.
const (
	// MaxNote bounds a note for the coach log, and the text typed in a
	// burst, which becomes one.
	MaxNote = 2000
	// MaxLearn bounds the coach log's "what they would learn".
	MaxLearn = 300
	// MaxClosing bounds the coach log's closing note.
	MaxClosing = 4000
)

// NoteFull is what the full screen shows under a note field that holds
// MaxNote characters, where typing stops; NoteCut is what the core says of
// a longer note it cut to them, as the accessible mode may send one.
var (
	NoteFull = fmt.Sprintf("the note is full: %d characters is the most a note holds", MaxNote)
	NoteCut  = fmt.Sprintf("The note was cut to its first %d characters, the most a note holds.", MaxNote)
)

// MaxExtend is the most minutes one command adds to a turn or takes off.
const MaxExtend = 120

// Cut cuts a text to at most n characters.
func Cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// ExtendMinutes reads the minutes typed after + or -: a whole number from
// 1 to MaxExtend; nothing typed is one minute.
func ExtendMinutes(text string) (int, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(text)
	if err != nil || n < 1 || n > MaxExtend {
		return 0, fmt.Errorf("expected a number of minutes from 1 to %d, or nothing for one minute", MaxExtend)
	}
	return n, nil
}

// bounded cuts the coach log's answers in words to their limits.
func bounded(c session.Closing) session.Closing {
	c.Summary = Cut(c.Summary, MaxClosing)
	c.Recommendation.Learn = Cut(c.Recommendation.Learn, MaxLearn)
	return c
}
