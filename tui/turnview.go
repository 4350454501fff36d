package tui

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/progress"
	"charm.land/lipgloss/v2"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/timer"
)

// turnView draws a turn: who focuses and listens, the large countdown at
// a size (none when size is below zero), the same time as plain text, the
// progress bar and any banner. Tighter layouts leave out the blank lines
// (noGaps), and then the roles, the bar and the warning's lead (bare).
func (m *sessionModel) turnView(now time.Time, st script.Step, width, size int, tight tightness) string {
	t := m.ses.Turn(st.ID)
	left := t.Left(now)
	gap := "\n\n"
	if tight > roomy {
		gap = "\n"
	}
	var b strings.Builder
	if tight < bare {
		b.WriteString(m.rolesLine(st.Turn) + gap)
	}
	style := m.turnStyle(t, left)
	if size >= 0 {
		b.WriteString(indent(style.Render(bigClock(t, left, clockSizes[size])), 2) + gap)
	}
	parts := turnStatus(t, now)
	if tight == bare {
		parts = parts[:len(parts)-1] // the warning's lead, which a glance can do without
	}
	status := joinFit(parts, width)
	if calm(t, left) {
		// The one readout that moves every second: plain, so that a second
		// costs the terminal a cell or two and no colour codes.
		b.WriteString(status + "\n")
	} else {
		b.WriteString(style.Render(status) + "\n")
	}
	if tight < bare {
		b.WriteString(m.progressBar(t, left, width) + "\n")
	}
	if banner := m.turnBanner(t, st.Turn, now, width); banner != "" {
		b.WriteString(banner + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// progressBar shows how much of the turn has gone.
func (m *sessionModel) progressBar(t *timer.Turn, left time.Duration, width int) string {
	bar := progress.New(progress.WithoutPercentage(), progress.WithWidth(max(min(width-2, 60), 10)),
		progress.WithFillCharacters('█', '░'))
	frac := 1.0
	if t.Length() > 0 {
		frac = min(max(float64(t.Length()-left)/float64(t.Length()), 0), 1)
	}
	return bar.ViewAs(frac)
}

// turnStyle is the colour of a turn's time: the warning's, overtime's,
// a pause's, or the plain clock's.
func (m *sessionModel) turnStyle(t *timer.Turn, left time.Duration) lipgloss.Style {
	switch {
	case left <= 0:
		return m.st.ClockOver
	case left <= t.Warn():
		return m.st.ClockWarn
	case !t.Running():
		return m.st.Paused
	}
	return m.st.Clock
}

// calm reports whether a turn is in its quiet stretch: running, with more
// than the warning lead and more than a minute left. There the large
// clock shows whole minutes and only the plain line below it counts the
// seconds; in the warning, overtime or a pause the large clock shows m:ss.
func calm(t *timer.Turn, left time.Duration) bool {
	return t.Running() && left > t.Warn() && left > time.Minute
}

// bigClock draws the large countdown at a size: in the quiet stretch of a
// running turn the minutes of the plain m:ss ("14 min" over "14:59
// left"), m:ss otherwise.
func bigClock(t *timer.Turn, left time.Duration, z clockSize) string {
	if calm(t, left) {
		rows := strings.Split(bigTextSized(strconv.Itoa(leftMinutes(left)), z), "\n")
		rows[len(rows)-1] += " min"
		return strings.Join(rows, "\n")
	}
	return bigTextSized(clock(left), z)
}

// widestClock is the widest the large countdown can be, at a size: its
// size is chosen for it, so that it does not change as the time does.
func widestClock(z clockSize) int {
	for i, w := range widestClocks() {
		if clockSizes[i] == z {
			return w
		}
	}
	return lipgloss.Width(bigTextSized("+88:88", z)) + 2
}

// widestClocks holds widestClock of each of clockSizes, drawn once: every
// frame asks, and the answer never changes.
var widestClocks = sync.OnceValue(func() []int {
	ws := make([]int, len(clockSizes))
	for i, z := range clockSizes {
		ws[i] = lipgloss.Width(bigTextSized("+88:88", z)) + 2
	}
	return ws
})

// rolesLine says who is focusing and who is listening.
func (m *sessionModel) rolesLine(turn *script.Turn) string {
	name := func(r script.Role) string {
		if r != script.Coach && r != script.Newcomer {
			return r.Label() // a partner of a peer session
		}
		if r == script.Coach {
			return "Coach (you)"
		}
		if n := app.NewcomerLabel(m.ses.Options()); n != "" {
			return "Newcomer (" + n + ")" // with the session's number for them
		}
		return "Newcomer"
	}
	return "Focusing: " + m.st.Role.Render(safeLine(name(turn.Focuser))) +
		"   Listening: " + m.st.Role.Render(safeLine(name(turn.Listener)))
}

// turnStatus is the time left in plain words, for a glance, a screen
// reader and a test alike: "12:34 left", "running", "segment 2 of 3".
func turnStatus(t *timer.Turn, now time.Time) []string {
	left := t.Left(now)
	var parts []string
	if left < 0 {
		parts = append(parts, "Overtime "+clock(left))
	} else {
		parts = append(parts, clock(left)+" left")
	}
	switch {
	case !t.Started():
		parts = append(parts, "not started: space starts it")
	case t.Running():
		parts = append(parts, "running")
	default:
		parts = append(parts, "paused")
	}
	if n := t.Segments(); n > 1 && left > 0 {
		parts = append(parts, fmt.Sprintf("segment %d of %d · %s left in it", t.Segment(), n,
			calmLeft(max(t.SegmentLeft(now), 0))))
	}
	return append(parts, "warning at "+clock(t.Warn())+" left")
}

// turnBanner is the in-app alert that belongs to the turn's state: a
// check-in after a segment, the warning, or the end.
func (m *sessionModel) turnBanner(t *timer.Turn, turn *script.Turn, now time.Time, width int) string {
	left := t.Left(now)
	switch {
	case left <= 0:
		return m.banner(m.st.BannerWarn, "Time is up: "+turn.Name()+" is over", width)
	case left <= t.Warn() && t.Started():
		return m.banner(m.st.BannerWarn, fmt.Sprintf("Warning: %s in the %s", app.LeftPhrase(t.Warn()),
			strings.ToLower(turn.Name()[:1])+turn.Name()[1:]), width)
	case t.AtCheckIn(now):
		return m.checkInBanner(t, turn, width)
	}
	return ""
}

// checkInBanner is shown while a segmented turn waits at a boundary.
func (m *sessionModel) checkInBanner(t *timer.Turn, turn *script.Turn, width int) string {
	prompt := turn.CheckIn
	if prompt == "" {
		prompt = "Check in before going on."
	}
	return m.banner(m.st.Banner, fmt.Sprintf("Segment %d of %d done. %s Space starts segment %d.",
		t.Segment()-1, t.Segments(), prompt, t.Segment()), width)
}

// Compact implements screen: the turn's time left on one line, for a
// small window.
func (m *sessionModel) Compact(now time.Time) string {
	st := m.ses.Current()
	if st.Turn == nil {
		return ""
	}
	return safeLine(st.Turn.Name()) + ": " + strings.Join(turnStatus(m.ses.Turn(st.ID), now), " · ")
}

// indent puts n spaces before every line of s.
func indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// banner draws an alert in a style, wrapped to the width.
func (m *sessionModel) banner(style lipgloss.Style, text string, width int) string {
	return style.Render(wrap(text, max(width-2, 1), 0))
}

// joinFit joins parts with " · ", starting a new line rather than
// breaking a part when the line would grow wider than width.
func joinFit(parts []string, width int) string {
	var lines []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case len([]rune(cur))+3+len([]rune(p)) <= width:
			cur += " · " + p
		default:
			lines, cur = append(lines, cur), p
		}
	}
	return strings.Join(append(lines, cur), "\n")
}
