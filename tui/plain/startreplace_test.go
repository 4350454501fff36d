package plain

import (
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

// TestStartOverTheOfferAsksFirst: a new session chosen while an
// unfinished one is on offer replaces it in the autosave, so it is asked
// first, as the full screen asks; any line but the answer keeps both.
// Before, the unfinished session was overwritten with nothing asked.
func TestStartOverTheOfferAsksFirst(t *testing.T) {
	offer := session.New(builtin(t, "first"), session.Options{Newcomer: "AB"}, t0.Add(-50*time.Hour))
	h := newHarness(t, app.Config{Scripts: scripts(t), Offer: offer, Saved: t0.Add(-49 * time.Hour)}, Options{})
	h.news()
	h.send("none")
	mustContain(t, h.send("1"), "Start a new session? The unfinished session is then discarded for good")
	mustContain(t, h.send("y"), "Kept.", "Type the number or the name of a script")
	if h.fe.core.Session() != nil || h.fe.core.Offer() == nil {
		t.Fatal("a line other than the answer started the session or dropped the offer")
	}
	h.send("1")
	mustContain(t, h.send("start"), "Step 1 of 11")
	if ses := h.fe.core.Session(); ses == nil || ses.Script().Name != "first" {
		t.Fatal("the answer to start did not start the session")
	}
}
