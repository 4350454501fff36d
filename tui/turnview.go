package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/progress"
	"charm.land/lipgloss/v2"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/timer"
)

// turnView draws a turn: who focuses and listens, the large countdown,
// the same time as plain text, the progress bar and any banner.
func (m *sessionModel) turnView(now time.Time, st script.Step, width int) string {
	t := m.ses.Turn(st.ID)
	left := t.Left(now)
	var b strings.Builder
	b.WriteString(m.rolesLine(st.Turn) + "\n\n")
	style := m.st.Clock
	switch {
	case left <= 0:
		style = m.st.ClockOver
	case left <= t.Warn():
		style = m.st.ClockWarn
	case !t.Running():
		style = m.st.Paused
	}
	if big := bigClock(t, left); lipgloss.Width(big)+2 <= width {
		b.WriteString(indent(style.Render(big), 2) + "\n\n")
	}
	status := joinFit(turnStatus(t, now), width)
	if calm(t, left) {
		// The one readout that moves every second: plain, so that a second
		// costs the terminal a cell or two and no colour codes.
		b.WriteString(status + "\n")
	} else {
		b.WriteString(style.Render(status) + "\n")
	}
	bar := progress.New(progress.WithoutPercentage(), progress.WithWidth(max(min(width-2, 60), 10)),
		progress.WithFillCharacters('█', '░'))
	frac := 1.0
	if t.Length() > 0 {
		frac = min(max(float64(t.Length()-left)/float64(t.Length()), 0), 1)
	}
	b.WriteString(bar.ViewAs(frac) + "\n")
	if banner := m.turnBanner(t, st.Turn, now, width); banner != "" {
		b.WriteString(banner + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// calm reports whether a turn is in its quiet stretch: running, with more
// than the warning lead and more than a minute left. There the large
// clock shows whole minutes and only the plain line below it counts the
// seconds; in the warning, overtime or a pause the large clock shows m:ss.
func calm(t *timer.Turn, left time.Duration) bool {
	return t.Running() && left > t.Warn() && left > time.Minute
}

// bigClock draws the large countdown: whole minutes ("14 min") in the
// quiet stretch of a running turn, m:ss otherwise.
func bigClock(t *timer.Turn, left time.Duration) string {
	if calm(t, left) {
		rows := strings.Split(bigText(strconv.Itoa(minutesIn(left))), "\n")
		rows[2] += " min"
		return strings.Join(rows, "\n")
	}
	return bigText(clock(left))
}

// rolesLine says who is focusing and who is listening.
func (m *sessionModel) rolesLine(turn *script.Turn) string {
	name := func(r script.Role) string {
		if r != script.Coach && r != script.Newcomer {
			return r.Label() // a partner of a peer session
		}
		if r == script.Coach {
			return "Coach (you)"
		}
		if n := m.ses.Options().Newcomer; n != "" {
			return "Newcomer (" + n + ")"
		}
		return "Newcomer"
	}
	return "Focusing: " + m.st.Role.Render(name(turn.Focuser)) +
		"   Listening: " + m.st.Role.Render(name(turn.Listener))
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
	if n := t.Segments(); n > 1 {
		parts = append(parts, fmt.Sprintf("segment %d of %d (%s in it)", t.Segment(), n,
			calmLeft(max(t.SegmentLeft(now), 0))))
	}
	return append(parts, "warning at "+clock(t.Warn()))
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
	return st.Turn.Name() + ": " + strings.Join(turnStatus(m.ses.Turn(st.ID), now), " · ")
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
