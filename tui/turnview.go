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
)

// turnView draws a turn: who focuses and listens, the large countdown at
// a size (none when size is below zero), the same time as plain text, the
// progress bar and any banner. Tighter layouts leave out the blank lines
// (noGaps), and then the roles, the bar and the warning's lead (bare).
func (m *sessionModel) turnView(now time.Time, st script.Step, width, size int, tight tightness) string {
	r := app.ReadTurnOf(m.ses, st, now)
	gap := "\n\n"
	if tight > roomy {
		gap = "\n"
	}
	var b strings.Builder
	if tight < bare {
		b.WriteString(m.rolesLine(st.Turn) + gap)
	}
	style := m.turnStyle(r)
	if size >= 0 {
		b.WriteString(indent(style.Render(bigClock(r, clockSizes[size])), 2) + gap)
	}
	parts := turnStatus(r)
	if tight == bare && r.WarnAhead() {
		parts = parts[:len(parts)-1] // the warning's lead, which a glance can do without
	}
	status := joinFit(parts, width)
	if r.Calm() {
		// The one readout that moves every second: plain, so that a second
		// costs the terminal a cell or two and no colour codes.
		b.WriteString(status + "\n")
	} else {
		b.WriteString(style.Render(status) + "\n")
	}
	if tight < bare {
		b.WriteString(progressBar(r, width) + "\n")
	}
	if banner := m.turnBanner(r, width); banner != "" {
		b.WriteString(banner + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// progressBar shows how much of the turn has gone.
func progressBar(r app.TurnReading, width int) string {
	bar := progress.New(progress.WithoutPercentage(), progress.WithWidth(max(min(width-2, 60), 10)),
		progress.WithFillCharacters('█', '░'))
	frac := 1.0
	if r.Length > 0 {
		frac = min(max(float64(r.Length-r.Left)/float64(r.Length), 0), 1)
	}
	return bar.ViewAs(frac)
}

// turnStyle is the colour of a turn's time by its phase: overtime's, the
// warning's, the calm clock's while it runs, or a pause's.
func (m *sessionModel) turnStyle(r app.TurnReading) lipgloss.Style {
	switch {
	case r.Phase == app.TurnOver:
		return m.st.Timer.Over
	case r.Warning:
		return m.st.Timer.Warning
	case r.Phase == app.TurnRunning:
		return m.st.Timer.Calm
	}
	return m.st.Timer.Paused
}

// bigClock draws the large countdown at a size: in the calm stretch of a
// running turn (app.TurnReading.Calm) the minutes of the plain m:ss ("14
// min" over "14:59 left"), m:ss otherwise.
func bigClock(r app.TurnReading, z clockSize) string {
	if r.Calm() {
		rows := strings.Split(bigTextSized(strconv.FormatInt(app.ShownMinutes(r.Left), 10), z), "\n")
		rows[len(rows)-1] += " min"
		return strings.Join(rows, "\n")
	}
	return bigTextSized(app.Countdown(r.Left), z)
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

// rolesLine says who is focusing and who is listening, named as
// app.RoleName names them.
func (m *sessionModel) rolesLine(turn *script.Turn) string {
	focus, listen := app.RoleVerbs(app.KindOf(m.ses.Script()))
	o := m.ses.Options()
	return focus + ": " + m.st.Text.Role.Render(safeLine(app.RoleName(o, turn.Focuser))) +
		"   " + listen + ": " + m.st.Text.Role.Render(safeLine(app.RoleName(o, turn.Listener)))
}

// turnStatus is the time left in plain words, for a glance, a screen
// reader and a test alike: "12:34 left", "running", "segment 2 of 3".
func turnStatus(r app.TurnReading) []string {
	var parts []string
	if r.Left < 0 {
		parts = append(parts, "Overtime "+app.Countdown(r.Left))
	} else {
		parts = append(parts, app.Countdown(r.Left)+" left")
	}
	switch {
	case r.Phase == app.TurnWaiting:
		parts = append(parts, "not started: space starts it")
	case r.Phase == app.TurnClosed:
		return append(parts, "ended as you moved on: it ran "+app.MinSec(r.Ran()))
	case r.Running:
		parts = append(parts, "running")
	case r.Waited >= time.Second:
		parts = append(parts, "paused for "+app.MinSec(r.Waited))
	default:
		parts = append(parts, "paused")
	}
	if r.Segments > 1 && r.Phase != app.TurnOver {
		parts = append(parts, fmt.Sprintf("segment %d of %d · %s left in it", r.Segment, r.Segments, app.CalmLeft(r.SegmentLeft)))
	}
	if r.WarnAhead() { // once it has come, or in overtime, it would be stale
		parts = append(parts, "warning at "+app.MinSec(r.Warn)+" left")
	}
	return parts
}

// turnBanner is the alert the turn's phase calls for (app.TurnReading's
// Alert): its check-in after a segment, its warning, or its end.
func (m *sessionModel) turnBanner(r app.TurnReading, width int) string {
	line, kind, ok := r.Alert()
	if !ok {
		return ""
	}
	style := m.st.Banner.Warning
	if kind == app.AlertCheckIn {
		style = m.st.Banner.Info
	}
	return m.banner(style, line, width)
}

// Compact implements screen: the turn's time left on one line, for a
// small window: the current step's, or else the live one's while the
// coach looks back.
func (m *sessionModel) Compact(now time.Time) string {
	st := m.ses.Current()
	if st.Turn == nil {
		if r, pos, ok := m.core.Live(now); ok {
			return safeLine(app.LiveLine(r, pos))
		}
		return ""
	}
	r := app.ReadTurnOf(m.ses, st, now)
	return safeLine(st.Turn.Name()) + ": " + strings.Join(turnStatus(r), " · ")
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
