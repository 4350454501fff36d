package settings

import (
	"fmt"
	"strings"

	"partnercoach/internal/problem"
)

// unknownKey says that a key is not a setting, which key was perhaps
// meant, and which keys there are.
func unknownKey(path, name string, fs []field) string {
	var b strings.Builder
	if path != "" {
		b.WriteString(path + ": ")
	}
	fmt.Fprintf(&b, "unknown key %q", shorten(name))
	if near := closest(name, fs); near != "" {
		fmt.Fprintf(&b, "; did you mean %q?", near)
	}
	if path == "" {
		fmt.Fprintf(&b, " (the keys are: %s)", names(fs, ", "))
	} else {
		fmt.Fprintf(&b, " (the keys of %s are: %s)", path, names(fs, ", "))
	}
	return b.String()
}

// closest is the field name name is most likely a misspelling of, or ""
// when none is close.
func closest(name string, fs []field) string {
	all := make([]string, len(fs))
	for i, f := range fs {
		all[i] = f.name
	}
	return problem.Suggest(name, all)
}
