package tui

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

// TestRehearsalLogSaysItsSpeed: the coach log of a rehearsal gives its
// times of day on the wall clock and its length on the session's clock,
// which ran at the rehearsal's speed, so the length says the speed; a
// real session's says none.
func TestRehearsalLogSaysItsSpeed(t *testing.T) {
	for _, tt := range []struct {
		speed float64
		want  string
	}{
		{60, "10:00–10:00 (5:00 at 60×)"},
		{1, "10:00–10:05 (5:00)"},
	} {
		h := newHarnessWith(t, "first", 100, 30, func(c *app.Config) {
			if tt.speed != 1 {
				c.Session.Rehearsal = session.Rehearsal{Speed: tt.speed, Origin: base}
			}
		})
		h.keys("S")
		h.tick(5 * time.Minute)
		h.keys("E")
		h.choose(app.CmdYes)
		if s := h.screen(); !strings.Contains(strings.SplitN(s, "\n", 2)[0], tt.want) {
			t.Errorf("speed %g: the heading lacks %q:\n%s", tt.speed, tt.want, s)
		}
	}
}
