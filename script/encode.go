package script

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"partnercoach/internal/textsafe"
)

// Encode writes a script as YAML that Load reads back as the same script:
// the keys of script.go and card.go in the order they are declared, a key
// whose yaml tag says omitempty left out when its value is empty, and the
// lengths of an option sorted by step id, so that one script is always
// written the same way. Every text is written as a double-quoted scalar on
// one line, with escapes for what could be misread (see appendQuoted), and
// every duration as Duration.String writes it. It is what an autosave
// keeps of the script a session runs.
func Encode(s *Script) []byte {
	e := &encoder{}
	e.text(0, "name", s.Name)
	e.text(0, "title", s.Title)
	e.textIf(0, "summary", s.Summary)
	e.textIf(0, "kind", string(s.Kind))
	e.duration(0, "length", s.Length)
	e.list(0, "steps", len(s.Steps), false, func(ind, i int) { e.step(ind, &s.Steps[i]) })
	if len(s.Cards) > 0 {
		e.list(0, "cards", len(s.Cards), false, func(ind, i int) { e.card(ind, s.Cards[i]) })
	}
	return e.out
}

// encoder gathers the text of Encode, line by line, in block style: each
// mapping's keys at one indent, each list item on a line of its own.
type encoder struct {
	out []byte
	// dash says that the next key opens an item of a list: "- " takes the
	// two columns before the key's indent.
	dash bool
}

// key starts a line with the key of a mapping at the indent ind.
func (e *encoder) key(ind int, k string) {
	e.indent(ind)
	e.out = append(e.out, k...)
	e.out = append(e.out, ':')
}

// indent starts a line at the indent ind, with the dash of a list item
// when one is due.
func (e *encoder) indent(ind int) {
	if e.dash {
		e.out = append(e.out, strings.Repeat(" ", ind-2)...)
		e.out = append(e.out, "- "...)
		e.dash = false
		return
	}
	e.out = append(e.out, strings.Repeat(" ", ind)...)
}

// text writes a key and its text.
func (e *encoder) text(ind int, k, v string) {
	e.key(ind, k)
	e.out = append(e.out, ' ')
	e.out = appendQuoted(e.out, v)
	e.out = append(e.out, '\n')
}

// textIf writes a key and its text, unless the text is empty.
func (e *encoder) textIf(ind int, k, v string) {
	if v != "" {
		e.text(ind, k, v)
	}
}

// duration writes a key and its duration.
func (e *encoder) duration(ind int, k string, d Duration) {
	e.key(ind, k)
	e.out = append(e.out, ' ')
	e.out = append(e.out, d.String()...)
	e.out = append(e.out, '\n')
}

// durationIf writes a key and its duration, unless the duration is zero.
func (e *encoder) durationIf(ind int, k string, d Duration) {
	if d != 0 {
		e.duration(ind, k, d)
	}
}

// list writes a key and a list of n items, each written by item at the
// indent of its content; an empty list is written as []. A list of
// scalars (scalars true) has its items written by item without a key.
func (e *encoder) list(ind int, k string, n int, scalars bool, item func(ind, i int)) {
	e.key(ind, k)
	if n == 0 {
		e.out = append(e.out, " []\n"...)
		return
	}
	e.out = append(e.out, '\n')
	for i := range n {
		e.dash = true
		if scalars {
			e.indent(ind + 4)
		}
		item(ind+4, i)
	}
}

// texts writes a key and its list of texts, unless the list is empty.
func (e *encoder) texts(ind int, k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	e.list(ind, k, len(vs), true, func(_, i int) { e.scalar(appendQuoted(nil, vs[i])) })
}

// scalar ends a line begun by indent with a scalar.
func (e *encoder) scalar(v []byte) {
	e.out = append(e.out, v...)
	e.out = append(e.out, '\n')
}

// step writes one step, as a mapping at the indent ind.
func (e *encoder) step(ind int, st *Step) {
	e.text(ind, "id", st.ID)
	e.text(ind, "title", st.Title)
	e.durationIf(ind, "time", st.Time)
	e.texts(ind, "points", st.Points)
	if len(st.Checklist) > 0 {
		e.list(ind, "checklist", len(st.Checklist), false, func(ind, i int) { e.item(ind, st.Checklist[i]) })
	}
	if st.Turn != nil {
		e.key(ind, "turn")
		e.out = append(e.out, '\n')
		e.turn(ind+2, st.Turn)
	}
	if st.Choice != nil {
		e.key(ind, "choice")
		e.out = append(e.out, '\n')
		e.choice(ind+2, st.Choice)
	}
	e.texts(ind, "cards", st.Cards)
}

// item writes one checklist item, as a mapping.
func (e *encoder) item(ind int, it Item) {
	e.text(ind, "text", it.Text)
	e.textIf(ind, "answer", string(it.Answer))
	e.textIf(ind, "for", it.For)
}

// turn writes a timed turn, as a mapping.
func (e *encoder) turn(ind int, t *Turn) {
	e.text(ind, "focuser", string(t.Focuser))
	e.text(ind, "listener", string(t.Listener))
	e.duration(ind, "length", t.Length)
	if len(t.Segments) > 0 {
		e.list(ind, "segments", len(t.Segments), true, func(_, i int) { e.scalar([]byte(t.Segments[i].String())) })
	}
	e.durationIf(ind, "warn", t.Warn)
	e.textIf(ind, "checkin", t.CheckIn)
}

// choice writes a choice, as a mapping.
func (e *encoder) choice(ind int, ch *Choice) {
	e.text(ind, "prompt", ch.Prompt)
	e.list(ind, "options", len(ch.Options), false, func(ind, i int) { e.option(ind, ch.Options[i]) })
}

// option writes one option of a choice, as a mapping; its lengths are
// written in the order of their step ids.
func (e *encoder) option(ind int, o Option) {
	e.text(ind, "label", o.Label)
	e.texts(ind, "order", o.Order)
	if len(o.Lengths) == 0 {
		return
	}
	e.key(ind, "lengths")
	e.out = append(e.out, '\n')
	for _, id := range slices.Sorted(maps.Keys(o.Lengths)) {
		e.indent(ind + 2)
		e.out = appendQuoted(e.out, id)
		e.out = append(e.out, ": "...)
		e.scalar([]byte(o.Lengths[id].String()))
	}
}

// card writes one of the script's own cards, as a mapping.
func (e *encoder) card(ind int, cd Card) {
	e.text(ind, "id", cd.ID)
	e.text(ind, "title", cd.Title)
	e.text(ind, "text", cd.Text)
}

// appendQuoted appends s as a double-quoted YAML scalar, which the YAML
// parser reads as text whatever it holds: never as a number, a yes or a
// null, a comment, a key or an alias. A quote, a backslash, a line break
// and a tab are written as \", \\, \n and \t; every other character a
// terminal would not show as it is (a control character, a line or
// paragraph separator, the hidden characters of textsafe.Hidden, a
// character Unicode leaves unassigned) as its code: \xNN below U+0080,
// \uNNNN up to U+FFFF, \UNNNNNNNN beyond. The two joiners stay as they
// are. A byte that is not UTF-8, which Load never gives, is written as
// U+FFFD: YAML text is UTF-8.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\t':
			b = append(b, `\t`...)
		case needsEscape(r):
			b = appendEscape(b, r)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}

// needsEscape reports whether appendQuoted writes r as its code.
func needsEscape(r rune) bool {
	if r >= ' ' && r < utf8.RuneSelf && r != 0x7f {
		return false
	}
	if r == '\u200c' || r == '\u200d' {
		return false // the joiners, which scripts and emoji need
	}
	return textsafe.Hidden(r) || !unicode.IsPrint(r)
}

// appendEscape appends r as an escape of a double-quoted scalar.
func appendEscape(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		return appendHex(append(b, `\x`...), r, 2)
	case r <= 0xffff:
		return appendHex(append(b, `\u`...), r, 4)
	}
	return appendHex(append(b, `\U`...), r, 8)
}

// appendHex appends r in n hexadecimal digits.
func appendHex(b []byte, r rune, n int) []byte {
	const digits = "0123456789abcdef"
	for i := n - 1; i >= 0; i-- {
		b = append(b, digits[r>>(4*i)&0xf])
	}
	return b
}
