package autosave

import (
	"os"
	"testing"
	"time"
)

// TestLookOpenOnlyOnceSaved: a process that holds the lock but has not
// written the autosave since (a start screen offering the session left
// unfinished) does not have it open; once it saves, as opening the
// session does, it has; once it lets go, nobody has.
func TestLookOpenOnlyOnceSaved(t *testing.T) {
	l, now := openPrivateLive(t)
	if err := l.Autosave(1, liveSession(t, now).Snapshot(now)); err != nil {
		t.Fatal(err)
	}
	l.Close()
	past := now.Add(-48 * time.Hour)
	if err := os.Chtimes(Path(), past, past); err != nil {
		t.Fatal(err)
	}
	again, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if p, err := Look(); err != nil || p == nil || p.Open {
		t.Fatalf("held, the session only offered: %+v, %v; want it not open", p, err)
	}
	if err := again.Autosave(2, liveSession(t, now).Snapshot(now)); err != nil {
		t.Fatal(err)
	}
	if p, err := Look(); err != nil || p == nil || !p.Open {
		t.Fatalf("held and saved: %+v, %v; want it open", p, err)
	}
	again.Close()
	if p, err := Look(); err != nil || p == nil || p.Open {
		t.Fatalf("let go: %+v, %v; want it not open", p, err)
	}
}
