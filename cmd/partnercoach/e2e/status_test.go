package e2e_test

import (
	"path/filepath"
	"testing"
	"time"

	"partnercoach/internal/e2e"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/session/autosave"
)

// statusStart is when the sessions of the status tests start.
var statusStart = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// saveCoachTurn writes, under the state folder of home, the autosave of a
// first session whose coach's turn started at statusStart, and returns
// the live session's lock, still held.
func saveCoachTurn(t *testing.T, home string) *autosave.Live {
	t.Helper()
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, "state"))
	sc, err := script.Builtin("first")
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(sc, session.Options{Newcomer: "Ann Lee", Number: 1}, statusStart)
	for s.Current().ID != "coach-turn" {
		s.Apply(session.Next{}, statusStart)
	}
	s.Apply(session.StartPause{}, statusStart)
	snap := s.Snapshot(statusStart)
	live, err := autosave.Open()
	if err != nil {
		t.Fatal(err)
	}
	if err := live.Autosave(1, snap); err != nil {
		t.Fatal(err)
	}
	return live
}

// TestStatusOfTheLiveSession: status says no session, then the turn of the
// session a partnercoach holds (by its role, by name with --names, as
// JSON), then the session left unfinished once nobody holds it; on a
// fixed clock.
func TestStatusOfTheLiveSession(t *testing.T) {
	home := t.TempDir()
	env := append(e2e.HomeEnv(home), nowVariable+"="+statusStart.Add(3*time.Minute+20*time.Second).Format(time.RFC3339))
	status := func(args ...string) string {
		t.Helper()
		out, errOut, code := runBinaryEnv(t, env, append([]string{"status"}, args...)...)
		if code != 0 || errOut != "" {
			t.Fatalf("status %v: exit %d, %q", args, code, errOut)
		}
		return out
	}
	if got := status(); got != "No session\n" {
		t.Fatalf("with no autosave: %q", got)
	}
	live := saveCoachTurn(t, home)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "Step 7 of 11 · Coach's turn · 11:40 left\n"},
		{[]string{"--names"}, "Step 7 of 11 · Coach's turn · 11:40 left\n"},
		{[]string{"--format", "json"}, `{"state":"turn","text":"Step 7 of 11 · Coach's turn · 11:40 left",` +
			`"tooltip":"Step 7 of 11: My turn: coach focuses, newcomer listens","class":"running","percentage":22,` +
			`"step":7,"steps":11,"step_title":"My turn: coach focuses, newcomer listens","role":"Coach","left_seconds":700}` + "\n"},
	} {
		if got := status(tt.args...); got != tt.want {
			t.Errorf("status %v = %q, want %q", tt.args, got, tt.want)
		}
	}
	live.Close()
	if got := status(); got != "Unfinished session at step 7 of 11 (partnercoach resume)\n" {
		t.Fatalf("once nobody holds it: %q", got)
	}
}
