package session

import (
	"testing"
	"time"
)

func TestEndedOr(t *testing.T) {
	s := start(t, "first")
	if s.IsEnded() || !s.EndedOr(at(time.Hour)).Equal(at(time.Hour)) {
		t.Fatal("a session under way reads as ended")
	}
	s.Apply(End{}, at(40*time.Minute))
	if !s.IsEnded() || !s.EndedOr(at(time.Hour)).Equal(at(40*time.Minute)) {
		t.Fatalf("ended %v at %v, want at 40m", s.IsEnded(), s.EndedOr(at(time.Hour)))
	}
}

func TestNewcomerTurnLength(t *testing.T) {
	if got := start(t, "first").NewcomerTurnLength(); got != 12*time.Minute {
		t.Fatalf("first: newcomer's turn %v, want 12m", got)
	}
}
