package tui

import (
	"strings"
	"time"

	"partnercoach/script"
)

// minPoints is how many lines of talking points the step keeps on screen
// whatever else it shows: the large clock shrinks, the blank lines go and
// the checklist is cut first.
const minPoints = 3

// comfyPoints is how many lines of talking points a larger clock must
// leave: the large clock grows only into room the points do not need.
const comfyPoints = 6

// stepLayout is how a step is laid out in its space: its top (the title
// and the turn) drawn with the large clock at a size, the lines left for
// the talking points, and the checklist, cut to its room.
type stepLayout struct {
	top     string
	tight   tightness
	points  int // lines for the talking points, their cue included
	entries string
}

// layoutStep lays out a step in width×height: the largest clock that
// fits the width and leaves the talking points their room; failing that
// the smallest clock packed closer, then with the checklist cut around
// the selection to minEntries lines, then no clock and the checklist cut
// further, so that minPoints lines of talking points (and the cue that
// more are cut) always show.
func (m *sessionModel) layoutStep(now time.Time, st script.Step, width, height int) stepLayout {
	n := len(m.pointLines(st.Points, width))
	need := pointsNeed(n, minPoints)
	entries := m.stepEntries(now, st, width)
	top := m.drawTop(now, st, width)
	var l stepLayout
	for _, c := range m.layoutCandidates(st, width) {
		l = stepLayout{top: m.stepTop(top, c.size, c.tight), tight: c.tight, entries: entries}
		avail := height - lineCount(l.top) - l.gaps()
		if c.cut > 0 && lineCount(entries) > avail-need {
			l.entries = m.cutEntries(entries, max(avail-need, c.cut))
		}
		l.points = avail - lineCount(l.entries)
		want := need
		if c.size > 0 {
			want = pointsNeed(n, comfyPoints)
		}
		if l.points >= want {
			return l
		}
	}
	l.points = max(l.points, 0)
	return l
}

// minEntries is how many lines of the checklist stay with the large
// clock: below it, the clock goes first.
const minEntries = 3

// tightness is how close a step is packed.
type tightness int

const (
	roomy  tightness = iota // blank lines between the parts
	noGaps                  // no blank lines
	bare                    // no blank lines, and the turn without its roles, bar and warning's lead
)

// layoutCandidate is one way to draw a step.
type layoutCandidate struct {
	size  int // index in clockSizes, or -1 for no large clock
	tight tightness
	cut   int // the fewest lines the checklist may be cut to; 0 keeps it whole
}

// layoutCandidates are the ways to draw a step, roomiest first: each
// clock size that fits the width, largest first, then the smallest clock
// packed closer, then with the checklist cut, then no clock.
func (m *sessionModel) layoutCandidates(st script.Step, width int) []layoutCandidate {
	if st.Turn == nil {
		return []layoutCandidate{{-1, roomy, 0}, {-1, noGaps, 0}, {-1, noGaps, 1}}
	}
	var out []layoutCandidate
	for i := len(clockSizes) - 1; i >= 0; i-- {
		if widestClock(clockSizes[i]) <= width {
			out = append(out, layoutCandidate{i, roomy, 0})
		}
	}
	if len(out) > 0 {
		out = append(out, layoutCandidate{0, noGaps, 0}, layoutCandidate{0, bare, 0}, layoutCandidate{0, bare, minEntries})
	}
	return append(out, layoutCandidate{-1, bare, 0}, layoutCandidate{-1, bare, 1})
}

// gaps counts the blank lines between the parts of the step.
func (l stepLayout) gaps() int {
	if l.tight > roomy {
		return 0
	}
	if l.entries == "" {
		return 1
	}
	return 2
}

// pointsNeed is how many lines n lines of talking points need to show at
// least want of them: all when they are that few, else want and the cue.
func pointsNeed(n, want int) int {
	if n <= want {
		return n
	}
	return want + 1
}

// cutEntries keeps room lines of the checklist and choice, around the
// selected entry, the last of them saying how many are cut.
func (m *sessionModel) cutEntries(entries string, room int) string {
	lines := strings.Split(entries, "\n")
	if len(lines) <= room {
		return entries
	}
	sel := 0
	for i, l := range lines {
		if strings.Contains(l, glyphSelected) {
			sel = i
			break
		}
	}
	w := windowAround(len(lines), sel, room)
	out := append([]string{}, lines[w.first:w.first+w.shown]...)
	if room > 1 {
		out = append(out, m.st.Text.Muted.Render("  "+w.cue("line", "", "")+" (↑/↓)"))
	}
	return strings.Join(out, "\n")
}
