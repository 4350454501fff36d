package plain

import "strings"

// noKeys is said for a line that held nothing but keys that type no
// letter, such as an arrow pressed to recall an earlier line.
const noKeys = "Arrow keys and other keys that type no letter do nothing here: type the command or the answer, then Enter (h lists the commands)."

// dropEscapes removes whole escape sequences from a typed line: what a
// terminal in line mode passes on for an arrow, a function key or a
// colour pasted (ESC [ … final, ESC O and a letter, ESC ] … BEL or ESC \,
// ESC and one character), so that no "[A" is left of them once clean
// drops the escape itself. It reports whether there were any.
func dropEscapes(s string) (string, bool) {
	if !strings.Contains(s, "\x1b") {
		return s, false
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != 0x1b {
			b.WriteByte(s[i])
			i++
			continue
		}
		i += escapeLen(s[i:])
	}
	return b.String(), true
}

// escapeLen is the length of the escape sequence at the start of s, which
// begins with ESC; an unfinished one runs to the end of s.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[': // CSI: parameters and intermediates, then a final byte
		for j := 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']', 'P', '_', '^': // a string, ended by BEL or ESC \
		for j := 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	case 'O': // SS3: one more character
		return min(3, len(s))
	}
	return 2
}
