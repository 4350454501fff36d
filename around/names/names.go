// Package names is the one rule for a newcomer's name: what a name may
// be when it enters partnercoach (Check), what a name kept in a file must
// be (CheckListed), when two names are the same newcomer (Same, Key), and
// whether a name typed is one on record, a likely typo of one, or someone
// new (Lookup).
package names

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"partnercoach/internal/textsafe"
)

// MaxLength is the most characters a newcomer's name may have.
const MaxLength = 100

// Check is the one rule for a newcomer's name, wherever a name
// enters partnercoach: on the command line of run, newcomer add and the
// others, and on the start screen. It refuses a name that breaks the rule
// of a listed name (see CheckListed), that has no character that
// shows, or that holds a hidden character (a bidirectional control such
// as the right-to-left override, a zero-width space: see
// textsafe.Hidden), and returns it without surrounding spaces.
func Check(name string) (string, error) {
	name, err := CheckListed(norm.NFC.String(name))
	if err != nil {
		return "", err
	}
	if !textsafe.Visible(name) {
		return "", fmt.Errorf("a newcomer's name needs a character that shows, such as a letter: got %q", name)
	}
	if _, r, bad := textsafe.FirstHidden(name); bad {
		return "", fmt.Errorf("a newcomer's name may not hold %s, which hides or reorders the text beside it: got %q", textsafe.Describe(r), name)
	}
	return name, nil
}

// CheckListed is the rule for a name read from the newcomer list, which
// a name kept before Check grew still meets: not empty, at most
// MaxLength characters, UTF-8 without a control character (a tab, a
// line break, an escape). It returns the name without surrounding spaces.
func CheckListed(name string) (string, error) {
	name = strings.TrimSpace(name)
	switch n := utf8.RuneCountInString(name); {
	case name == "":
		return "", errors.New("expected a newcomer's name or initials, got nothing")
	case n > MaxLength:
		return "", fmt.Errorf("a newcomer's name may be up to %d characters, got %d", MaxLength, n)
	}
	if _, r, bad := textsafe.FirstControl(name); bad {
		what := textsafe.Describe(r)
		if !utf8.ValidString(name) {
			what = "a byte that is not UTF-8"
		}
		return "", fmt.Errorf("a newcomer's name may not hold %s: got %q", what, name)
	}
	return name, nil
}

// Same reports whether two names are the same newcomer: they match
// ignoring case and surrounding spaces, and however their accents are
// written (an é as one character or as an e and a combining accent, as
// text pasted from a macOS file name has it: canonical equivalence).
func Same(a, b string) bool {
	return strings.EqualFold(canonical(a), canonical(b))
}

// Key is a name as a map key: two names have the same key exactly when
// Same says they are the same newcomer. Each character of the name's
// canonical form becomes the least of the characters that
// strings.EqualFold takes for it, so a list of names is looked up in one
// pass, not compared pair by pair.
func Key(name string) string {
	var b strings.Builder
	for _, r := range canonical(name) {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// canonical is a name without surrounding spaces, its accents composed
// (Unicode's NFC), so that two ways of writing one character compare
// equal.
func canonical(name string) string { return norm.NFC.String(strings.TrimSpace(name)) }
