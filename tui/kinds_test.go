package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/session"
)

// namedPartners names the partners of the peer sessions of these tests.
func namedPartners(cfg *app.Config) {
	cfg.Session.Partners = session.Partners{Me: "Sam", Partner: "Alex"}
}

// TestOtherKindsGoldens keeps, at 80×24, the screens of the kinds of
// session beside a newcomer's: a coaching session's client in the warning
// of their exploring and its session log, and a peer exchange with named
// partners in the warning of Partner B's turn and the screen after it.
func TestOtherKindsGoldens(t *testing.T) {
	tests := []struct {
		name, script string
		edit         func(*app.Config)
		act          func(h *harness)
		want         []string
	}{
		{"coaching_warning", "coaching", nil, func(h *harness) {
			h.toStep("Exploring")
			h.keys("space")
			h.tick(16*time.Minute + 30*time.Second)
		}, []string{"Speaking: Client (Alice Example, session 1)   Listening: Coach (you)",
			"Warning: 2 minutes left in the client's turn."}},
		{"coaching_log", "coaching", nil, func(h *harness) {
			h.tick(50 * time.Minute)
			h.keys("E")
			h.choose(app.CmdYes)
		}, []string{"Session log · Coaching", "· Alice Example", "The client did not come (billable)"}},
		{"partnership_warning", "partnership", namedPartners, func(h *harness) {
			h.toStep("Partner B's turn")
			h.keys("space")
			h.tick(18*time.Minute + 30*time.Second)
		}, []string{"Focusing: Partner B (Alex)   Listening: Partner A (you, Sam)",
			"Warning: 2 minutes left in Alex's turn."}},
		{"partnership_after", "partnership", namedPartners, func(h *harness) {
			h.tick(50 * time.Minute)
			h.keys("E")
			h.choose(app.CmdYes)
		}, []string{"After the exchange · Focusing partnership", "How did the exchange go?", "My partner did not come"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarnessWith(t, tc.script, 80, 24, tc.edit)
			tc.act(h)
			s := h.screen()
			for _, want := range tc.want {
				if !strings.Contains(s, want) {
					t.Errorf("the screen lacks %q", want)
				}
			}
			for _, never := range []string{"Newcomer did not come", "Transferred", "Ready for a partnership", "the partner"} {
				if strings.Contains(s, never) {
					t.Errorf("the screen says %q", never)
				}
			}
			golden.RequireEqual(t, s)
		})
	}
}
