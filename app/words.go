package app

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds how both front ends make a sentence of a phrase: the
// core's messages, its errors and the script's titles are phrases, and
// each front end says them as sentences the same way.

// Sentence ends a phrase with a full stop, unless it ends with a mark of
// its own (. ? ! : or a quotation mark). It trims the spaces around it.
func Sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".?!:\"'") {
		return s
	}
	return s + "."
}

// Capital puts the first letter of a phrase in upper case, for the start
// of a sentence.
func Capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// LowerFirst puts the first letter of a name in lower case, for use
// inside a sentence: "the coach's turn".
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// ErrorSentence says an error as a sentence: "Type a whole number of
// minutes, such as 2."
func ErrorSentence(err error) string { return Sentence(Capital(err.Error())) }
