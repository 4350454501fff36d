package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"partnercoach/around/book"
)

func TestNameQuestion(t *testing.T) {
	t.Parallel()
	known := []book.Newcomer{{Name: "Bob Tester"}, {Name: "AB"}}
	tests := []struct {
		name        string
		typed       string
		interactive bool
		answer      string
		want        string
		err         string
		asked       bool
	}{
		{"on record", "Bob Tester", true, "", "Bob Tester", "", false},
		{"on record in another case", "bob tester", false, "", "Bob Tester", "", false},
		{"nobody close", "Carol", true, "", "Carol", "", false},
		{"initials are never taken for others", "AC", true, "", "AC", "", false},
		{"close: yes", "Bob Testr", true, "y\n", "Bob Tester", "", true},
		{"close: YES", "Bob Testr", true, " YES \n", "Bob Tester", "", true},
		{"close: no", "Bob Testr", true, "n\n", "Bob Testr", "", true},
		{"close: another answer", "Bob Testr", true, "maybe\n", "", `expected y or n to "did you mean Bob Tester?": nothing started`, true},
		{"close: the input ends", "Bob Testr", true, "", "", `no answer to "did you mean Bob Tester?": nothing started`, true},
		{"close: an endless line", "Bob Testr", true, strings.Repeat("y", 5000), "", "expected y or n", true},
		{"close, no terminal", "Bob Testr", false, "y\n", "",
			`no newcomer on record is called "Bob Testr"; did you mean "Bob Tester"? Run with --newcomer 'Bob Tester', or add --new-newcomer if Bob Testr is someone new`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			q := nameQuestion{known: known, in: strings.NewReader(tc.answer), out: &out, interactive: tc.interactive}
			got, err := q.ask(tc.typed)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("ask(%q) = %q, %v; want the error %q", tc.typed, got, err, tc.err)
				}
			} else if err != nil || got != tc.want {
				t.Fatalf("ask(%q) = %q, %v; want %q", tc.typed, got, err, tc.want)
			}
			if asked := strings.Contains(out.String(), "Did you mean Bob Tester?"); asked != tc.asked {
				t.Fatalf("asked %v, want %v: %q", asked, tc.asked, out.String())
			}
		})
	}
}

func TestRunError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err     error
		stopped string
		want    string
	}{
		{tea.ErrInterrupted, "The session is saved: 'partnercoach resume' brings it back.",
			"interrupted (SIGINT). The session is saved: 'partnercoach resume' brings it back."},
		{tea.ErrInterrupted, "", "interrupted (SIGINT)"},
		{fmt.Errorf("%w: %w", tea.ErrProgramKilled, context.Canceled), "Nothing of the session is saved (a rehearsal).",
			"stopped. Nothing of the session is saved (a rehearsal)."},
		{fmt.Errorf("%w: %w", tea.ErrProgramKilled, tea.ErrProgramPanic), "",
			"stopped by an internal error: program was killed: program experienced a panic"},
		{errors.New("open /dev/tty: no such device"), "The session is saved", "cannot run in this terminal: open /dev/tty: no such device"},
	}
	for _, tc := range tests {
		if got := runError(tc.err, tc.stopped).Error(); got != tc.want {
			t.Errorf("runError(%v, %q) = %q, want %q", tc.err, tc.stopped, got, tc.want)
		}
	}
}
