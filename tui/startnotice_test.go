package tui

import (
	"strings"
	"testing"

	"partnercoach/app"
	"partnercoach/session"
)

// TestStartScreenSaysTheNotice: what the program found as it opened (an
// autosave moved aside as damaged, a rehearsal set aside) is said on the
// start screen, where the coach is, not only once a session opens.
func TestStartScreenSaysTheNotice(t *testing.T) {
	var added []string
	const notice = "The autosave could not be read: moved aside to /x/session.json.damaged-1."
	h := newHarnessWith(t, "", 80, 24, func(c *app.Config) {
		c.Session, c.Roster, c.Notice = session.Options{}, roster(&added), notice
	})
	if s := h.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), notice) {
		t.Fatalf("the start screen does not say %q:\n%s", notice, s)
	}
}
