package tui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/progress"
	"charm.land/lipgloss/v2"

	"partnercoach/app"
	"partnercoach/script"
)

// turnParts is a turn drawn at an instant, part by part: the layout of a
// step tries several ways to set them (layoutCandidates), and each part
// is drawn once a frame.
type turnParts struct {
	r      app.TurnReading
	roles  string // who focuses and who listens
	status string // the time left in words, with the warning's lead
	bare   string // the same without the warning's lead, for a bare layout
	bar    string // the progress bar
	banner string // the alert the phase calls for, or ""
}

// drawTurn draws the parts of a step's turn at now in the width.
func (m *sessionModel) drawTurn(now time.Time, st script.Step, width int) turnParts {
	r := app.ReadTurnOf(m.ses, st, now)
	p := turnParts{r: r, roles: m.rolesLine(st.Turn), bar: m.progressBar(r, width), banner: m.turnBanner(r, width)}
	parts := turnStatus(r)
	p.status = m.turnStatusLine(r, parts, width)
	p.bare = p.status
	if r.WarnAhead() { // the warning's lead, which a glance can do without
		p.bare = m.turnStatusLine(r, parts[:len(parts)-1], width)
	}
	return p
}

// turnStatusLine sets the time left in words in the width: plain in the
// calm stretch, where it is the one readout that moves every second (a
// second then costs the terminal a cell or two and no colour codes), in
// the turn's colour otherwise.
func (m *sessionModel) turnStatusLine(r app.TurnReading, parts []string, width int) string {
	status := joinFit(parts, width)
	if r.Calm() {
		return status
	}
	return m.turnStyle(r).Render(status)
}

// turnView sets a turn's parts: who focuses and listens, the large
// countdown at a size (none when size is below zero), the same time as
// plain text, the progress bar and any banner. Tighter layouts leave out
// the blank lines (noGaps), and then the roles, the bar and the warning's
// lead (bare).
func (m *sessionModel) turnView(p turnParts, size int, tight tightness) string {
	gap := "\n\n"
	if tight > roomy {
		gap = "\n"
	}
	var b strings.Builder
	if tight < bare {
		b.WriteString(p.roles + gap)
	}
	if size >= 0 {
		b.WriteString(m.largeClock(p.r, clockSizes[size]) + gap)
	}
	if tight == bare {
		b.WriteString(p.bare + "\n")
	} else {
		b.WriteString(p.status + "\n" + p.bar + "\n")
	}
	if p.banner != "" {
		b.WriteString(p.banner + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// barKey is what a turn's progress bar is drawn from: its width and how
// many of its cells are filled.
type barKey struct{ width, filled int }

// progressBar shows how much of the turn has gone, kept drawn while the
// same number of cells is filled (a quarter of a minute, in a 15-minute
// turn on a wide screen).
func (m *sessionModel) progressBar(r app.TurnReading, width int) string {
	k := barKeyOf(r, width)
	return m.drawn.bar.get(k, func() string { return drawBar(k) })
}

// barKeyOf is the width of a turn's progress bar in a space of width cells
// and how many cells are filled, rounded as bubbles' progress bar rounds.
func barKeyOf(r app.TurnReading, width int) barKey {
	w := max(min(width-2, 60), 10)
	frac := 1.0
	if r.Length > 0 {
		frac = min(max(float64(r.Length-r.Left)/float64(r.Length), 0), 1)
	}
	return barKey{width: w, filled: max(0, min(w, int(math.Round(float64(w)*frac))))}
}

// newBar is the progress bar of a turn, width cells wide.
func newBar(width int) progress.Model {
	return progress.New(progress.WithoutPercentage(), progress.WithWidth(width),
		progress.WithFillCharacters('█', '░'))
}

// drawBar draws a progress bar with k.filled of its k.width cells filled.
// A bar depends only on them, so it is drawn at the fraction that fills
// exactly that many.
func drawBar(k barKey) string {
	return newBar(k.width).ViewAs(float64(k.filled) / float64(k.width))
}

// tone is the colour of a turn's time by its phase: overtime's, the
// warning's, the calm clock's while it runs, or a pause's.
type tone int

const (
	toneCalm tone = iota
	toneWarning
	toneOver
	tonePaused
)

// toneOf is the tone of a turn's time.
func toneOf(r app.TurnReading) tone {
	switch {
	case r.Phase == app.TurnOver:
		return toneOver
	case r.Warning:
		return toneWarning
	case r.Phase == app.TurnRunning:
		return toneCalm
	}
	return tonePaused
}

// toneStyle is the style of a tone.
func (m *sessionModel) toneStyle(t tone) lipgloss.Style {
	switch t {
	case toneOver:
		return m.st.Timer.Over
	case toneWarning:
		return m.st.Timer.Warning
	case toneCalm:
		return m.st.Timer.Calm
	}
	return m.st.Timer.Paused
}

// turnStyle is the style of a turn's time by its phase.
func (m *sessionModel) turnStyle(r app.TurnReading) lipgloss.Style { return m.toneStyle(toneOf(r)) }

// clockKey is what the large countdown is drawn from: its digits, at a
// size, in a tone.
type clockKey struct {
	digits string
	calm   bool
	size   clockSize
	tone   tone
	dark   bool
}

// largeClock is the large countdown of a turn at a size, in the turn's
// colour, two cells in; it is kept drawn while its digits stand, a minute
// in the calm stretch.
func (m *sessionModel) largeClock(r app.TurnReading, z clockSize) string {
	k := clockKey{digits: clockDigits(r), calm: r.Calm(), size: z, tone: toneOf(r), dark: m.st.isDark}
	return m.drawn.clocks.get(k, func() string {
		return indent(m.toneStyle(k.tone).Render(bigClockOf(k.digits, k.calm, k.size)), 2)
	})
}

// clockDigits are the digits the large countdown shows: in the calm
// stretch of a running turn (app.TurnReading.Calm) the minutes of the
// plain m:ss ("14" over "14:59 left"), m:ss otherwise.
func clockDigits(r app.TurnReading) string {
	if r.Calm() {
		return strconv.FormatInt(app.ShownMinutes(r.Left), 10)
	}
	return app.Countdown(r.Left)
}

// bigClockOf draws the large countdown's digits at a size, with " min"
// after the minutes of the calm stretch.
func bigClockOf(digits string, calm bool, z clockSize) string {
	if !calm {
		return bigTextSized(digits, z)
	}
	rows := strings.Split(bigTextSized(digits, z), "\n")
	rows[len(rows)-1] += " min"
	return strings.Join(rows, "\n")
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

// rolesKey is what the line of a turn's roles is drawn from: the turn
// (the session's names do not change while it runs).
type rolesKey struct {
	turn *script.Turn
	dark bool
}

// rolesLine says who is focusing and who is listening, named as
// app.RoleName names them, kept drawn for the turn.
func (m *sessionModel) rolesLine(turn *script.Turn) string {
	return m.drawn.roles.get(rolesKey{turn, m.st.isDark}, func() string {
		focus, listen := app.RoleVerbs(app.KindOf(m.ses.Script()))
		o := m.ses.Options()
		return focus + ": " + m.st.Text.Role.Render(safeLine(app.RoleName(o, turn.Focuser))) +
			"   " + listen + ": " + m.st.Text.Role.Render(safeLine(app.RoleName(o, turn.Listener)))
	})
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
	} else if none, ok := app.NoWarning(r.Warn, r.Length); ok && r.Phase != app.TurnOver && r.Phase != app.TurnClosed {
		parts = append(parts, none)
	}
	return parts
}

// bannerKey is what a turn's banner is drawn from.
type bannerKey struct {
	line  string
	kind  app.AlertKind
	width int
	dark  bool
}

// turnBanner is the alert the turn's phase calls for (app.TurnReading's
// Alert): its check-in after a segment, its warning, or its end; kept
// drawn while it stands.
func (m *sessionModel) turnBanner(r app.TurnReading, width int) string {
	line, kind, ok := r.Alert()
	if !ok {
		return ""
	}
	return m.drawn.banner.get(bannerKey{line, kind, width, m.st.isDark}, func() string {
		style := m.st.Banner.Warning
		if kind == app.AlertCheckIn {
			style = m.st.Banner.Info
		}
		return m.banner(style, line, width)
	})
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
