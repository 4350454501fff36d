package settings

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"

	"partnercoach/internal/textsafe"
	"partnercoach/script"
)

// Limits on the text settings.
const (
	maxCoach  = 80 // runes in the coach's name
	maxScript = 64 // bytes in a script name
)

// warn reads a warning lead time such as 2m or 90s, of at least
// script.MinWarn, by the scripts' own rule (script.CheckWarn); a bare
// number is minutes, as with --warn.
func (r *reader) warn(v value, dst *time.Duration) {
	s, ok := scalarText(v.node)
	if !ok {
		r.expected(v, "a duration such as 2m or 90s")
		return
	}
	d, err := script.ParseDuration(s)
	switch {
	case strings.HasPrefix(strings.TrimSpace(s), "-"):
		r.expected(v, "a duration greater than zero, such as 2m or 90s")
		return
	case err != nil && !errors.Is(err, script.ErrPartSecond):
		r.expected(v, "a duration such as 2m or 90s")
		return
	case err == nil:
		err = script.CheckWarn(d)
	}
	if err != nil {
		r.fail(v.at, fmt.Sprintf("%s: %v", v.key, err))
		return
	}
	*dst = d
}

// boolean reads true or false, in quotes or not: "false" in quotes means
// what false means, as a coach who quotes it means it. Other words (yes,
// no, on, off) are refused, in quotes or not.
func (r *reader) boolean(v value, dst *bool) {
	switch n := unwrap(v.node).(type) {
	case *ast.BoolNode:
		*dst = n.Value
		return
	case *ast.StringNode:
		if b, ok := map[string]bool{"true": true, "false": false}[strings.ToLower(n.Value)]; ok {
			*dst = b
			return
		}
	}
	r.expected(v, "true or false")
}

// amount reads a fee in dollars, such as 25 or "$25.50".
func (r *reader) amount(v value, dst *int) {
	s, ok := scalarText(v.node)
	if !ok {
		r.expected(v, "an amount in dollars such as 25 or $25.50")
		return
	}
	c, err := ParseAmount(s)
	if err != nil {
		r.fail(v.at, fmt.Sprintf("%s: %v", v.key, err))
		return
	}
	*dst = c
}

// name reads a script name: lower-case letters, digits and '-', the
// name of a script the coach can run when the reader knows them.
func (r *reader) name(v value, dst *string) {
	s, ok := scalarText(v.node)
	if !ok || !plausibleName(s) {
		r.expected(v, "a script name of lower-case letters, digits and -, such as first")
		return
	}
	if n := r.scripts; n != nil && !slices.Contains(n.builtin, s) && !slices.Contains(n.own, s) {
		r.fail(v.at, fmt.Sprintf("%s: no script is called %q (expected %s)", v.key, s, script.Choices(n.builtin, n.own)))
		return
	}
	*dst = s
}

// plausibleName reports whether s could name a script: lower-case letters,
// digits and '-', starting with a letter or digit.
func plausibleName(s string) bool {
	if s == "" || len(s) > maxScript || s[0] == '-' {
		return false
	}
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// coach reads the coach's name: one line of printable text. Nothing
// means no name.
func (r *reader) coach(v value, dst *string) {
	if s, ok := r.line(v, maxCoach, "a name"); ok {
		*dst = s
	}
}

// line reads a text setting: one line of at most most characters, its
// spaces at either end dropped. Nothing reads as "". A control character,
// written into the file or as a YAML escape such as "\e" or "\r", is
// refused by name; what names the text in messages, such as "a name".
func (r *reader) line(v value, most int, what string) (string, bool) {
	if n := unwrap(v.node); n == nil || n.Type() == ast.NullType {
		return "", true
	}
	want := fmt.Sprintf("%s of at most %d characters on one line, without tabs or control characters", what, most)
	s, ok := scalarText(v.node)
	if !ok {
		r.expected(v, want)
		return "", false
	}
	s = strings.TrimSpace(s)
	if _, c, bad := textsafe.FirstControl(s); bad {
		r.fail(v.at, fmt.Sprintf("%s: %s here (expected %s)", v.key, textsafe.Describe(c), want))
		return "", false
	}
	if !printable(s) || utf8.RuneCountInString(s) > most {
		r.expected(v, want)
		return "", false
	}
	return s, true
}

// printable reports whether s holds only letters, marks, numbers,
// punctuation, symbols and spaces: no line breaks or control characters.
func printable(s string) bool {
	for _, c := range s {
		if !unicode.IsGraphic(c) {
			return false
		}
	}
	return true
}

// colours reads a colour scheme: auto, dark, light or none.
func (r *reader) colours(v value, dst *Colours) {
	s, _ := scalarText(v.node)
	for _, c := range colourChoices {
		if s == string(c) {
			*dst = c
			return
		}
	}
	r.expected(v, "one of auto, dark, light or none")
}

// progress reads when the turn's progress is shown: auto, on or off.
func (r *reader) progress(v value, dst *Progress) {
	s, _ := scalarText(v.node)
	for _, p := range []Progress{ProgressAuto, ProgressOn, ProgressOff} {
		if s == string(p) {
			*dst = p
			return
		}
	}
	r.expected(v, "one of auto, on or off")
}
