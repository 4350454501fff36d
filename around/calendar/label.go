package calendar

import (
	"strings"
	"unicode"

	"partnercoach/internal/textsafe"
)

// Label is how a newcomer appears in the calendar: their initials, such
// as "A.E." for "Alice Example", or their name in full when full is true.
// A name of capitals only, such as "AB", is taken as initials already.
func Label(name string, full bool) string {
	name = textsafe.Line(strings.TrimSpace(name))
	if full {
		return name
	}
	var b strings.Builder
	for _, word := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '.' }) {
		letters := []rune(word)
		if isCapitals(letters) {
			for _, r := range letters {
				b.WriteString(string(r) + ".")
			}
			continue
		}
		for _, r := range letters {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteString(string(unicode.ToUpper(r)) + ".")
				break
			}
		}
	}
	if b.Len() == 0 {
		return "a newcomer"
	}
	return b.String()
}

// isCapitals reports whether a word is up to four capital letters, which
// a coach writes as initials.
func isCapitals(word []rune) bool {
	if len(word) == 0 || len(word) > 4 {
		return false
	}
	for _, r := range word {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
