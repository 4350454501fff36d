package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/session"
)

// startPhases are the start screen's phases as a coach reaches them, each
// with texts that must show whole: the keys from the first screen, and
// what the phase cannot do without.
var startPhases = []struct {
	name  string
	offer bool
	keys  []string
	whole []string
}{
	{"who", false, nil, []string{"› Bob Tester", "Someone new…", "No newcomer"}},
	{"offer", true, nil, []string{"Unfinished rehearsal (60× speed) with AB", "› Resume it where it was", "Discard it"}},
	{"scripts", false, []string{"enter"}, []string{"› followup", "10 steps; fee $50.00."}},
	{"name", false, []string{"down", "down", "down", "enter"}, []string{"Someone new", "Name: their name or initials"}},
	{"did_you_mean", false, []string{"down", "down", "down", "enter", "B", "o", "b", "space", "T", "e", "s", "t", "r", "enter"},
		[]string{"Did you mean Bob Tester?", "y = Bob Tester, n = Bob Testr is someone new"}},
	{"partners", false, []string{"enter", "down", "down", "down", "down", "enter"},
		[]string{"› partnership", "are Partner A, your partner", "Your name:", "Your partner's name:"}},
	{"refused", false, []string{"down", "down", "down", "enter", "enter"},
		[]string{"Name:", "Expected a newcomer's name or initials, got nothing."}},
}

// startAt opens the start screen with the roster of three and, if asked,
// an unfinished rehearsal on offer, presses the keys in a window that
// shows the screen (a window below the smallest takes none), and sizes
// the window to w×ht.
func startAt(t *testing.T, w, ht int, offer bool, keys ...string) *harness {
	t.Helper()
	var added []string
	h := newHarnessWith(t, "", 80, 24, func(c *app.Config) {
		c.Session, c.Roster = session.Options{}, roster(&added)
		if offer {
			opts := session.Options{Newcomer: "AB", Rehearsal: session.Rehearsal{Speed: 60, Origin: base}}
			c.Offer, c.Saved = session.New(c.Scripts[1], opts, base.Add(-30*time.Hour)), base.Add(-26*time.Hour)
		}
	})
	h.keys(keys...)
	h.send(tea.WindowSizeMsg{Width: w, Height: ht})
	return h
}

// TestStartScreenReadsWellInSmallWindows draws every phase of the start
// screen on 50×16, the smallest window, and on a 40×12 area, as the full
// help leaves it in a small window: every line must fit the width, so
// that the frame cuts none, with the confidentiality line and each
// phase's needed texts whole. On the code before, at 50×16 the entry of
// no newcomer, a newcomer's next session, the did-you-mean question, the
// offer and the title were cut, and the fee of the script selected was
// cut off after "fee".
func TestStartScreenReadsWellInSmallWindows(t *testing.T) {
	for _, size := range [][2]int{{50, 16}, {40, 12}} {
		for _, ph := range startPhases {
			h := startAt(t, size[0], size[1], ph.offer, ph.keys...)
			rows := startRows(h, size[0], size[1])
			view := ansi.Strip(h.m.screen.View(size[0], rows))
			lines := strings.Split(view, "\n")
			if len(lines) != rows {
				t.Errorf("%dx%d %s: %d lines, want %d:\n%s", size[0], size[1], ph.name, len(lines), rows, view)
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > size[0] {
					t.Errorf("%dx%d %s: a line is %d cells wide, cut by the frame: %q", size[0], size[1], ph.name, ansi.StringWidth(l), l)
				}
			}
			flat := strings.Join(strings.Fields(view), " ")
			for _, want := range append(ph.whole, confidential) {
				if !strings.Contains(flat, want) {
					t.Errorf("%dx%d %s: %q is not whole on screen:\n%s", size[0], size[1], ph.name, want, view)
				}
			}
		}
	}
}

// startRows is how many rows the frame gives the start screen in a window
// of w×ht: those the help line leaves, or all of them in a window below
// the smallest, where the frame draws none of the screen (the start
// screen's own layout is then drawn on the whole of them).
func startRows(h *harness, w, ht int) int {
	if w < MinWidth || ht < MinHeight {
		return ht
	}
	return ht - lineCount(fit(h.m.footer(), w, ht/2))
}

// TestStartScreenSmallGoldens keeps the start screen's phases at 50×16 (the
// whole window) and on a 40×12 area, to review by eye (go test ./tui
// -update rewrites them).
func TestStartScreenSmallGoldens(t *testing.T) {
	for _, ph := range startPhases {
		t.Run(ph.name+"_50x16", func(t *testing.T) {
			h := startAt(t, 50, 16, ph.offer, ph.keys...)
			golden.RequireEqual(t, h.screen())
		})
		t.Run(ph.name+"_40x12", func(t *testing.T) {
			h := startAt(t, 40, 12, ph.offer, ph.keys...)
			golden.RequireEqual(t, ansi.Strip(h.m.screen.View(40, 12)))
		})
	}
}
