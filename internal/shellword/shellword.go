// Package shellword writes the words of a command line that partnercoach
// suggests for the coach to copy and paste into a shell, such as
// "partnercoach newcomer add 'Zed $(date)'", so that the shell reads each
// word back as one argument, exactly, and runs nothing hidden in it.
package shellword

import (
	"strings"

	"partnercoach/internal/textsafe"
)

// bare are the characters a word may hold and still need no quotes: none
// of them means anything to sh, bash, zsh or fish anywhere in a word.
const bare = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:,+@"

// Quote returns word written for a shell: as it is when it holds only
// ASCII letters, digits and - _ . / : , + @; otherwise between single
// quotes, where a POSIX shell (sh, bash, zsh) expands nothing, with each
// single quote and backslash in it written outside the quotes as \' and
// \\, which fish reads the same way. An empty word is ”.
//
// A word that cannot be shown as it is (it holds a line break or another
// control character, a hidden character such as the right-to-left
// override, or a byte that is not UTF-8: see textsafe.Safe) cannot be
// pasted as it is either, so Quote returns stand in its place: a
// placeholder such as NAME for the coach to fill in.
func Quote(word, stand string) string {
	if !textsafe.Safe(word) {
		return stand
	}
	if word != "" && strings.Trim(word, bare) == "" {
		return word
	}
	r := strings.NewReplacer(`'`, `'\''`, `\`, `'\\'`)
	return "'" + r.Replace(word) + "'"
}
