package app

import (
	"strings"
	"testing"

	"partnercoach/session"
)

// TestStopped: a run stopped from outside says "saved" only of a session
// whose saves all reached the disk.
func TestStopped(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		edit func(*Config)
		act  func(r *rig)
		want string
	}{
		{"no session open", Config{}, nil, func(*rig) {}, ""},
		{"saved", Config{Start: builtin(t, "first")}, nil, func(r *rig) {
			r.run(r.c.Apply(session.Toggle{Item: 0}))
		}, "The session is saved: 'partnercoach resume'"},
		{"the last save still running", Config{Start: builtin(t, "first")}, nil, func(r *rig) {
			r.c.Apply(session.Toggle{Item: 0}) // its save never comes back
		}, "saved as it was at its last save, not its very last change"},
		{"nothing kept in this run", Config{Start: builtin(t, "first")}, func(c *Config) { c.Keeper = nil }, func(*rig) {},
			"Nothing of the session is saved"},
		{"the last save failed", Config{Start: builtin(t, "first")}, nil, func(r *rig) {
			r.keeper.Fail(errDisk)
			r.run(r.c.Apply(session.Toggle{Item: 0}))
		}, "The session is not saved (write session.json: no space left on device): this loses what was done after 10:00:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t, tc.cfg, tc.edit)
			tc.act(r)
			got := r.c.stopped()
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Fatalf("stopped() = %q, want %q in it", got, tc.want)
			}
		})
	}
}

// TestStoppedBeforeTheFirstSave: a session whose first save never came
// back is not called saved.
func TestStoppedBeforeTheFirstSave(t *testing.T) {
	r := newRig(t, Config{}, nil)
	r.c.StartScript(builtin(t, "first")) // its save job is never run
	if got := r.c.stopped(); !strings.Contains(got, "before its first save: nothing of it is kept") {
		t.Fatalf("stopped() = %q", got)
	}
}

// TestSaveAtStop: a run stopped while its last autosave had not come back
// writes the session once more, as it is, and then says it is saved; when
// that write fails, it says what is lost.
func TestSaveAtStop(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first")}, nil)
	r.c.Apply(session.Toggle{Item: 0}) // its save never comes back
	before := len(r.keeper.Saves)
	if got := r.c.SaveAtStop(); !strings.Contains(got, "The session is saved: 'partnercoach resume'") {
		t.Fatalf("SaveAtStop() = %q", got)
	}
	if len(r.keeper.Saves) != before+1 {
		t.Fatalf("SaveAtStop wrote %d saves, want 1", len(r.keeper.Saves)-before)
	}
	failing := newRig(t, Config{Start: builtin(t, "first")}, nil)
	failing.c.Apply(session.Toggle{Item: 0})
	failing.keeper.Fail(errDisk)
	if got := failing.c.SaveAtStop(); !strings.Contains(got, "The session is not saved (write session.json: no space left on device)") {
		t.Fatalf("SaveAtStop() after a failed write = %q", got)
	}
}
