package plain

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
)

// TestPeerTurnsAreNamedAsPartners: a partner's turn is named "Partner
// A's turn" in every line about it, never "the partner A's turn" (the
// code before lowered the role as if it were "the coach's").
func TestPeerTurnsAreNamedAsPartners(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "partnership")}, Options{})
	h.to("a-turn")
	h.send("s")
	var out strings.Builder
	out.WriteString(h.send("+"))
	mustContain(t, out.String(), "Partner A's turn is now 21 minutes long.")
	h.clock.Add(2 * time.Minute)
	out.WriteString(h.send("n"))
	mustContain(t, out.String(), "Partner A's turn ended as you moved on: it ran 2 minutes of 21 minutes.")
	h.to("b-turn")
	h.send("s")
	h.sendAll("p", "p", "p")
	out.WriteString(h.send("s"))
	mustContain(t, out.String(), "One turn runs at a time. Partner B's turn on step 8: 20 minutes left, running; n goes back to it.")
	if strings.Contains(strings.ToLower(out.String()), "the partner") {
		t.Fatalf("a partner's turn said with \"the\":\n%s", out.String())
	}
}
