package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/session/autosave"
)

// TestResumeBringsBackARehearsalSetAside: a rehearsal kept with --save
// is set aside when a run in real time opens (the start screen, even
// when no session then starts); 'partnercoach resume' then finds it,
// as --save promises, rather than saying no session waits.
func TestResumeBringsBackARehearsalSetAside(t *testing.T) {
	dir := t.TempDir()
	for _, env := range []string{"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"} {
		t.Setenv(env, filepath.Join(dir, strings.ToLower(env)))
	}
	sc, err := script.Builtin("first")
	if err != nil {
		t.Fatal(err)
	}
	origin := time.Date(2026, 11, 29, 19, 44, 0, 0, time.UTC)
	opts := session.Options{Newcomer: "AB", Rehearsal: session.Rehearsal{Speed: 60, Origin: origin}}
	kept := session.New(sc, opts, origin).Snapshot(origin.Add(time.Hour))
	kept.Saved = origin.Add(time.Minute)
	l, err := autosave.Open()
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Autosave(1, kept); err != nil {
		t.Fatal(err)
	}
	l.Close()
	start, err := openLive(app.Keeps{Autosave: true}, false) // the start screen: the rehearsal is set aside
	if err != nil || start.found != nil {
		t.Fatalf("the start screen's run found %v, %v; want the rehearsal set aside", start.found, err)
	}
	start.close()
	r, err := openResumable()
	if err != nil {
		t.Fatal(err)
	}
	defer r.close()
	if r.found == nil || !r.found.Rehearsal {
		t.Fatalf("resume found %+v; want the rehearsal set aside", r.found)
	}
}
