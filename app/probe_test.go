package app

import (
	"strings"
	"testing"

	"partnercoach/app/apptest"
	"partnercoach/notify"
)

// TestNoServerSaidFromTheStart: a run whose notifications cannot reach
// the desktop says so as it begins, before any alert is due, quietly and
// once; a notification that then gets through clears it. A run with no
// notifier asks nothing.
func TestNoServerSaidFromTheStart(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "first"), Sound: true}, func(c *Config) {
		c.Notifier.(*apptest.Notifier).ProbeErr = notify.ErrNoServer
	})
	st := r.c.Standings()
	if len(st) != 1 || st[0].Brief != "no desktop alerts" ||
		st[0].Text != "No desktop alerts (no notification server): the alerts show here only; the session goes on." {
		t.Fatalf("standings %+v", st)
	}
	if len(r.notices) != 1 || r.bells != 0 || len(r.notifier.Notes) != 0 {
		t.Fatalf("notices %q, %d bells, %d notes: want one quiet notice and nothing shown", r.notices, r.bells, len(r.notifier.Notes))
	}
	r.run(r.c.Report(NotifyResult{}))
	if len(r.c.Standings()) != 0 {
		t.Fatal("a notification that got through ends the problem")
	}

	quiet := newRig(t, Config{Start: builtin(t, "first")}, func(c *Config) { c.Notifier = nil })
	if e := quiet.c.Begin(); len(e.Jobs) != 0 || len(quiet.c.Standings()) != 0 || strings.Contains(strings.Join(quiet.notices, ""), "notification") {
		t.Fatal("a run without notifications asks nothing")
	}
}
