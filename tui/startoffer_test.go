package tui

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

// offerHarness opens the start screen with an unfinished session of
// three days before on offer, its call not started.
func offerHarness(t *testing.T) *harness {
	t.Helper()
	return offerHarnessOf(t, false)
}

// offerHarnessOf opens the start screen with an unfinished session of
// three days before on offer, its call started when it opened if called.
func offerHarnessOf(t *testing.T, called bool) *harness {
	t.Helper()
	var added []string
	return newHarnessWith(t, "", 80, 24, func(c *app.Config) {
		c.Session, c.Roster = session.Options{}, roster(&added)
		opened := base.Add(-72 * time.Hour)
		c.Offer, c.Saved = session.New(c.Scripts[0], session.Options{Newcomer: "Zed"}, opened), base.Add(-71*time.Hour)
		if called {
			c.Offer.Apply(session.StartCall{}, opened)
		}
	})
}

// TestOfferResumedSaysSo: the unfinished session resumed from the start
// screen says that it came back and when it was saved, as one resumed at
// once or with 'partnercoach resume' does; it came back with nothing said.
// Its call had started, so the days it was closed count in its length.
func TestOfferResumedSaysSo(t *testing.T) {
	h := offerHarnessOf(t, true)
	h.keys("up", "enter") // resume: finishing is offered first, as it was closed three days
	want := app.ResumedNotice(nil, base.Add(-71*time.Hour), base) + " The 2 days it was closed count in its length."
	if s := h.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
		t.Fatalf("the session resumed from the offer does not say %q:\n%s", want, s)
	}
}

// TestOfferDiscardedSaysSo: discarding the unfinished session on the
// start screen says it is done, as 'partnercoach resume --discard' and
// the accessible mode do; the offer went with nothing said.
func TestOfferDiscardedSaysSo(t *testing.T) {
	h := offerHarness(t)
	h.keys("down", "enter") // finishing is offered first
	h.choose(app.CmdYes)
	if s := h.screen(); h.keeper.Discarded != 1 || !strings.Contains(s, "Discarded the unfinished session.") {
		t.Fatalf("discarded %d; the start screen does not say so:\n%s", h.keeper.Discarded, s)
	}
}

// TestNewSessionOverTheOfferAsksFirst: starting a new session while an
// unfinished one is on offer replaces it in the autosave, so it is asked
// first, as discarding is: Stay keeps both the offer and the start
// screen; the answer to start does it. Before, the unfinished session was
// overwritten with nothing asked or said.
func TestNewSessionOverTheOfferAsksFirst(t *testing.T) {
	h := offerHarness(t)
	h.keys("down", "down", "down", "down", "down", "down", "down", "enter") // no newcomer
	h.keys("enter")                                                         // first
	if h.m.core.Session() != nil || h.asking() == nil {
		t.Fatalf("a new session started over the offer with nothing asked:\n%s", h.screen())
	}
	if s := h.screen(); !strings.Contains(s, "The unfinished session is then discarded") {
		t.Fatalf("the question is not on screen:\n%s", s)
	}
	h.keys("enter") // Stay
	if h.m.core.Session() != nil || h.m.core.Offer() == nil {
		t.Fatal("staying started the session or dropped the offer")
	}
	h.keys("enter")
	h.choose(app.CmdYes)
	if ses := h.m.core.Session(); ses == nil || ses.Script().Name != "first" || h.m.core.Offer() != nil {
		t.Fatalf("the answer to start did not start the session:\n%s", h.screen())
	}
}
