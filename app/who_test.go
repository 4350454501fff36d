package app

import (
	"testing"

	"partnercoach/session"
)

func TestNewcomerLabel(t *testing.T) {
	tests := []struct {
		opts session.Options
		want string
	}{
		{session.Options{}, ""},
		{session.Options{Newcomer: "Bob Tester"}, "Bob Tester"},
		{session.Options{Number: 3}, "session 3"},
		{session.Options{Newcomer: "Bob Tester", Number: 3}, "Bob Tester, session 3"},
		{session.Options{Newcomer: "A\x1b[2JB", Number: 1}, "A\\x1b[2JB, session 1"},
	}
	for _, tc := range tests {
		if got := NewcomerLabel(tc.opts); got != tc.want {
			t.Errorf("NewcomerLabel(%+v) = %q, want %q", tc.opts, got, tc.want)
		}
	}
}
