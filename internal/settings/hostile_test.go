package settings

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestParseReadsEveryDocumentThatHoldsSomething checks files whose
// settings come after empty documents, a directive or a byte order mark:
// they are read, never taken for an empty file.
func TestParseReadsEveryDocumentThatHoldsSomething(t *testing.T) {
	want := Default()
	want.Silent, want.Notify = true, false
	for _, src := range []string{
		"---\n---\nsilent: true\nnotify: false\n",
		"---\n...\n---\nsilent: true\nnotify: false\n",
		"# a comment\n---\n# another\n---\nsilent: true\nnotify: false\n",
		"%YAML 1.2\n---\nsilent: true\nnotify: false\n",
		"\uFEFFsilent: true\nnotify: false\n",
		"silent: true\nnotify: false\n---\n---\n...\n",
		"silent: true\r\nnotify: false\r\n",
	} {
		got, err := Parse("s.yaml", []byte(src))
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", src, got, err, want)
		}
	}
}

// TestParseRefusesHostileFiles checks files that must be refused, each at
// its place.
func TestParseRefusesHostileFiles(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"a second document after an empty one", "silent: true\n---\n---\nnotify: false\n",
			"s.yaml:3:1: a second YAML document starts here (expected one set of settings: remove this '---' line or what follows it)"},
		{"a second document after ...", "silent: true\n...\nnotify: false\n",
			"s.yaml:2:1: a second YAML document starts here (expected one set of settings: remove this '...' line or what follows it)"},
		{"a directive that is not %YAML", "%TAG ! tag:x,2026:\n---\nsilent: true\n",
			"s.yaml:1:1: the directive %TAG ! tag:x,2026: is not read (expected no directive, or %YAML 1.2)"},
		{"an escape sequence written raw", "coach: Ann\x1b[31m\n",
			"s.yaml:1:11: the escape character (\\x1b) here (expected settings of printable text: a control character could change the terminal they are shown on)"},
		{"an 8-bit CSI written raw", "silent: true\ncoach: \u009b2J\n",
			"s.yaml:2:8: the control character \\x9b here (expected settings of printable text: a control character could change the terminal they are shown on)"},
		{"a lone carriage return", "silent: true\rcoach: x\n",
			"s.yaml:1:13: a carriage return here (expected settings of printable text: a control character could change the terminal they are shown on)"},
		{"a control character in a comment", "# \x07\nsilent: true\n",
			"s.yaml:1:3: the control character \\x07 here (expected settings of printable text: a control character could change the terminal they are shown on)"},
		{"no space after a colon", "warn:2m\n",
			`s.yaml:1:1: there is no space after the colon in "warn:2m", so YAML reads it as text (expected "warn: 2m": a key, a colon and a space)`},
		{"no space after a colon on a later line", "warn: 2m\nsilent:true\n",
			`s.yaml:2:1: there is no space after the colon in "silent:true", so YAML reads it as text (expected "silent: true": a key, a colon and a space)`},
		{"no space after a nested colon", "fees:\n  first: 25\n  later:30\n",
			`s.yaml:3:3: there is no space after the colon in "later:30", so YAML reads it as text (expected "later: 30": a key, a colon and a space)`},
		{"a list nested 51 deep", strings.Repeat("[", 51) + strings.Repeat("]", 51),
			"s.yaml:1:51: lists and mappings nest here more than 50 deep (expected a settings file, which nests a few levels at most)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse("s.yaml", []byte(tc.src))
			var ps Problems
			if !errors.As(err, &ps) || lines(ps) != tc.want {
				t.Fatalf("Parse error = %v, want %q", err, tc.want)
			}
			if s != Default() {
				t.Errorf("a refused file gave %+v, want the defaults", s)
			}
		})
	}
}

// TestParseBoundsNesting checks that a full-size file of nested brackets
// is refused at once: it once cost seconds and more than a gigabyte.
func TestParseBoundsNesting(t *testing.T) {
	for _, open := range []string{"[", "{a: ", "- "} {
		data := []byte(strings.Repeat(open, maxSize/len(open)))
		start := time.Now()
		_, err := Parse("s.yaml", data)
		took := time.Since(start)
		t.Logf("%d bytes of %q refused in %s", len(data), open, took)
		if err == nil || !strings.Contains(err.Error(), "more than 50 deep") {
			t.Errorf("%q: error %v, want nesting refused", open, err)
		}
	}
}
