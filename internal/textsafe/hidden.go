package textsafe

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// The joiners a script needs: the zero-width non-joiner keeps Persian and
// Indic letters apart, and the zero-width joiner makes one picture of an
// emoji sequence. Both stay as they are.
const (
	zeroWidthNonJoiner = '\u200c'
	zeroWidthJoiner    = '\u200d'
)

// hiddenNames are the hidden characters a message names: the
// bidirectional controls, which reorder the text around them, and the
// invisible characters most often met in pasted text.
var hiddenNames = map[rune]string{
	'\u061c': "the Arabic letter mark",
	'\u200e': "the left-to-right mark",
	'\u200f': "the right-to-left mark",
	'\u202a': "the left-to-right embedding",
	'\u202b': "the right-to-left embedding",
	'\u202c': "the pop directional formatting",
	'\u202d': "the left-to-right override",
	'\u202e': "the right-to-left override",
	'\u2066': "the left-to-right isolate",
	'\u2067': "the right-to-left isolate",
	'\u2068': "the first strong isolate",
	'\u2069': "the pop directional isolate",
	'\u00ad': "a soft hyphen",
	'\u200b': "a zero-width space",
	'\u2060': "a word joiner",
	'\ufeff': "a zero-width no-break space",
	'\u2028': "a line separator",
	'\u2029': "a paragraph separator",
}

// Hidden reports whether r shows nothing itself yet can hide or reorder
// the text around it: the bidirectional controls (U+202A–U+202E,
// U+2066–U+2069, U+200E, U+200F, U+061C), the other format characters
// (the zero-width space, the word joiner, U+FEFF, the tags, the soft
// hyphen), the line and paragraph separators, and the characters Unicode
// leaves invisible by default (such as the Hangul fillers). The two
// joiners are not hidden: scripts and emoji need them. Nor are the
// variation selectors, which emoji need; they only change the character
// before them.
func Hidden(r rune) bool {
	if r >= 0 && r < utf8.RuneSelf {
		return false // no ASCII character is hidden (TestHiddenLooksUpWhatTheRuleSays)
	}
	if r >= 0 && r < 1<<16 {
		return hiddenBelow64K()[r>>6]&(1<<(r&63)) != 0
	}
	return hidden(r)
}

// hiddenTables are the classes of characters Hidden draws from.
var hiddenTables = []*unicode.RangeTable{unicode.Cf, unicode.Zl, unicode.Zp, unicode.Other_Default_Ignorable_Code_Point}

// hidden is the rule of Hidden, looked up in Unicode's tables.
func hidden(r rune) bool {
	switch {
	case r == zeroWidthNonJoiner || r == zeroWidthJoiner:
		return false
	case unicode.Is(unicode.Prepended_Concatenation_Mark, r):
		return false // the Arabic number signs and their kin are drawn
	}
	return unicode.In(r, hiddenTables...)
}

// hiddenBelow64K holds hidden's answer for each character below U+10000,
// one bit each, so that Hidden costs one lookup for the characters a
// screen is made of: a whole frame is scanned for them on every draw.
var hiddenBelow64K = sync.OnceValue(func() *[1 << 10]uint64 {
	var bits [1 << 10]uint64
	for _, t := range hiddenTables {
		for _, rg := range t.R16 {
			for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
				if hidden(r) {
					bits[r>>6] |= 1 << (r & 63)
				}
			}
		}
	}
	return &bits
})

// FirstHidden returns the byte offset of the first hidden character in s
// (see Hidden) and that character; ok is false when there is none.
func FirstHidden(s string) (offset int, r rune, ok bool) {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf { // the common case, a byte at a time
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(s[i:])
		if Hidden(c) {
			return i, c, true
		}
		i += n
	}
	return 0, 0, false
}

// Visible reports whether s holds a character that shows: a letter, a
// digit, a punctuation mark, a symbol or an Arabic number sign, not hidden
// and not the blank Braille pattern. Spaces, marks with nothing to stand on, the
// variation selectors and the joiners do not show alone.
func Visible(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				continue
			}
		}
		if r != '\u2800' && !Hidden(r) && unicode.In(r, unicode.L, unicode.N, unicode.P, unicode.S, unicode.Prepended_Concatenation_Mark) {
			return true
		}
	}
	return false
}
