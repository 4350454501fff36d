package tui

import (
	"fmt"
	"strings"

	"partnercoach/app"
)

// scrollWindow is the part of a list of lines on show: from its first,
// so many of total, the others out of view above and below, as every
// list that can be cut shows it (the talking points, the checklist, the
// start screen's lists, the reference cards).
type scrollWindow struct{ first, shown, total int }

// windowFrom is the window of total lines from first (kept within them)
// in room lines, one of which says how many more there are when some are
// cut.
func windowFrom(total, first, room int) scrollWindow {
	if total <= room {
		return scrollWindow{0, total, total}
	}
	shown := max(room-1, 1)
	first = min(max(first, 0), total-shown)
	return scrollWindow{first, shown, total}
}

// windowAround is the window of total lines in room lines, one of them
// saying how many more there are, around the line at: as near the middle
// as the ends let it be.
func windowAround(total, at, room int) scrollWindow {
	return windowFrom(total, at-max(room-1, 1)/2, room)
}

// cut reports whether lines are out of view.
func (w scrollWindow) cut() bool { return w.shown < w.total }

// above and below count the lines out of view.
func (w scrollWindow) above() int { return w.first }
func (w scrollWindow) below() int { return w.total - w.first - w.shown }

// cue says how many lines are out of view above and below, counted as a
// noun ("line", or "" for none) and with the keys that bring them in
// where given: "↑ 3 more lines (pgup) · ↓ 1 more line (pgdown)". It is ""
// when none is.
func (w scrollWindow) cue(noun, upKey, downKey string) string {
	return moreCue(w.above(), w.below(), noun, upKey, downKey)
}

// moreCue is cue for a count of lines above and below.
func moreCue(above, below int, noun, upKey, downKey string) string {
	var parts []string
	if above > 0 {
		parts = append(parts, moreOne(glyphAbove, above, noun, upKey))
	}
	if below > 0 {
		parts = append(parts, moreOne(glyphBelow, below, noun, downKey))
	}
	return strings.Join(parts, " · ")
}

// moreOne says one side of the cue: "↓ 5 more lines (pgdown)".
func moreOne(arrow string, n int, noun, key string) string {
	s := fmt.Sprintf("%s %d more", arrow, n)
	if noun != "" {
		s = arrow + " " + app.Count(n, "more "+noun, "more "+noun+"s")
	}
	if key != "" {
		s += " (" + key + ")"
	}
	return s
}
