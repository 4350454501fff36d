package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"partnercoach/app"
	"partnercoach/session"
)

// The header says, by priority: the step, the session's time, the
// overrun and the projected end, then whether this is a rehearsal, then
// (on a step with a turn) the next step's title, and last the script's
// title. Where a line cannot hold them all, the title
// is cut, then dropped, and then the rest is said shorter, down to
// "7/11 · 65m/50 · +15 · ~20:17" at 50 columns.

// headerForm is how long the header's words are: full, medium or short.
type headerForm int

const (
	headerFull headerForm = iota
	headerMedium
	headerShort
)

// titleWay is how the header shows the script's title.
type titleWay int

const (
	titleWhole titleWay = iota
	titleCut
	titleNone
)

// minTitle is the fewest cells of the script's title worth showing, cut.
const minTitle = 16

// header is the top line, the live turn's line while the coach looks at
// another step (or the turn is hidden, see turnHidden), and a rule under
// them, which carries the marks of standing problems.
func (m *sessionModel) header(now time.Time, width int) string {
	if line := m.liveLine(now, width); line != "" {
		return m.headLine(now, width) + "\n" + line + "\n" + m.rule(width)
	}
	return m.headLine(now, width) + "\n" + m.rule(width)
}

// liveLine is the line of a turn that runs or waits while the coach is
// elsewhere: on another step, looking back ("▶ Newcomer's turn on step 9:
// 11:40 left, running; n goes back to it."), or "" for none.
func (m *sessionModel) liveLine(now time.Time, width int) string {
	r, pos, ok := m.core.Live(now)
	if !ok {
		return ""
	}
	line := fitFirst(width, glyphCurrent+" "+app.LiveLine(r, pos),
		fmt.Sprintf("%s %s, step %d: %s", glyphCurrent, r.Name, pos+1, strings.Join(turnStatus(r)[:2], " · ")),
		fmt.Sprintf("%s step %d: %s", glyphCurrent, pos+1, turnStatus(r)[0]))
	return m.turnStyle(r).Render(line)
}

// headLine lays the header's line out in width cells: the fullest form
// that fits, with the title whole, cut or left out.
func (m *sessionModel) headLine(now time.Time, width int) string {
	title := safeLine(m.ses.Script().Title)
	if line, ok := m.waitingLine(now, title, width); ok {
		return line
	}
	if line, ok := m.nextLine(now, title, width); ok {
		return line
	}
	var step, clk, over string
	for _, form := range []headerForm{headerFull, headerMedium, headerShort} {
		clk, over = m.sessionTime(now, form)
		for _, t := range []titleWay{titleWhole, titleCut, titleNone} {
			for _, long := range []bool{true, false} {
				step = m.stepPlace(form, long)
				room := width - lipgloss.Width(clk+over) - lipgloss.Width(step) - 2
				switch {
				case t == titleWhole && lipgloss.Width(title)+3 <= room:
					return m.headJoin(title, step, clk, over, width)
				case t == titleCut && room-3 >= minTitle:
					return m.headJoin(fit(title, room-3, 1), step, clk, over, width)
				case t == titleNone && room >= 0:
					return m.headJoin("", step, clk, over, width)
				}
			}
		}
	}
	return fit(m.headJoin("", step, clk, over, width), width, 1)
}

// waitingLine is the header's line while the session clock waits for the
// call, saying so ("session 0m / 50 min · starts with your first key", or
// shorter "· waits for the call"), when it fits in width cells, with the
// title whole or, failing that, without it; else false, and the header
// leaves it out (the agenda says it too).
func (m *sessionModel) waitingLine(now time.Time, title string, width int) (string, bool) {
	if _, how := m.ses.CallStarted(); how != session.CallWaiting {
		return "", false
	}
	base, _ := m.sessionTime(now, headerFull)
	step := m.stepPlace(headerFull, true)
	for _, says := range []string{app.CallPhrase(m.ses, now), "waits for the call"} {
		clk := base + " · " + says
		room := width - lipgloss.Width(clk) - lipgloss.Width(step) - 2
		switch {
		case lipgloss.Width(title)+3 <= room:
			return m.headJoin(title, step, clk, "", width), true
		case room >= 0: // the script's title gives way to the hint
			return m.headJoin("", step, clk, "", width), true
		}
	}
	return "", false
}

// nextLine is the header's line during a step with a turn, when the
// next step's title fits on it beside the step's place and the session's
// time, both in full: "step 7 of 11 · next: Feedback on my turn", with the
// script's title before them where that fits too; else false.
func (m *sessionModel) nextLine(now time.Time, title string, width int) (string, bool) {
	st, ok := m.ses.NextStep()
	if !ok || m.ses.Current().Turn == nil {
		return "", false
	}
	clk, over := m.sessionTime(now, headerFull)
	step := m.stepPlace(headerFull, true) + " · next: " + safeLine(st.Title)
	room := width - lipgloss.Width(clk+over) - lipgloss.Width(step) - 2
	switch {
	case lipgloss.Width(title)+3 <= room:
		return m.headJoin(title, step, clk, over, width), true
	case room >= 0:
		return m.headJoin("", step, clk, over, width), true
	}
	return "", false
}

// headKey is what the header's line is drawn from: its parts, as headJoin
// takes them.
type headKey struct {
	title, step, clk, over string
	width                  int
	dark                   bool
}

// headJoin draws the header's parts: the title (if any) and the step on
// the left, the session's time and overrun on the right; kept drawn while
// they stand, a minute.
func (m *sessionModel) headJoin(title, step, clk, over string, width int) string {
	k := headKey{title, step, clk, over, width, m.st.isDark}
	return m.drawn.head.get(k, func() string { return m.drawHead(k) })
}

// drawHead draws the header's line.
func (m *sessionModel) drawHead(k headKey) string {
	title, step, clk, over, width := k.title, k.step, k.clk, k.over, k.width
	left := m.st.Text.Muted.Render(step)
	if title != "" {
		left = m.st.Text.Title.Render(title) + m.st.Text.Muted.Render(" · "+step)
	}
	right := clk
	if over != "" {
		right += m.st.Timer.Warning.Render(over)
	}
	gap := max(width-lipgloss.Width(left)-lipgloss.Width(right), 1)
	return left + strings.Repeat(" ", gap) + right
}

// stepPlace says which step is on show, and marks a rehearsal (a run at
// --speed): "step 7 of 11 · rehearsal 60×", shorter in shorter forms, and
// with long false the rehearsal's mark as just "60×".
func (m *sessionModel) stepPlace(form headerForm, long bool) string {
	pos, n := m.ses.Pos()+1, m.ses.Len()
	var s string
	switch form {
	case headerFull:
		s = fmt.Sprintf("step %d of %d", pos, n)
	case headerMedium:
		s = fmt.Sprintf("step %d/%d", pos, n)
	default:
		s = fmt.Sprintf("%d/%d", pos, n)
	}
	sc, ok := m.clock.(interface{ Speed() float64 })
	if !ok || sc.Speed() <= 1 {
		return s
	}
	speed := strconv.FormatFloat(sc.Speed(), 'f', -1, 64) + "×"
	if long {
		return s + " · rehearsal " + speed
	}
	return s + " · " + speed
}

// sessionTime is the session's time against its plan and, when it is
// projected to run over, by how much and when it would end (a time of
// the coach's day, real even in a rehearsal), in a form.
func (m *sessionModel) sessionTime(now time.Time, form headerForm) (clk, over string) {
	plan := m.ses.Planned()
	spent := m.ses.Elapsed(now)
	o := m.ses.Over(now)
	if app.MinutesIn(o) == 0 {
		o = 0 // the header counts in minutes: no "over by 0 min"
	}
	end := ""
	if o > 0 {
		end = m.ses.Real(m.ses.Projected(now)).Format("15:04")
	}
	switch form {
	case headerFull:
		clk = fmt.Sprintf("session %s / %s", app.MinutesShort(spent), app.Planned(plan))
		if o > 0 {
			over = fmt.Sprintf(" · over by %s, ends ~%s", app.Minutes(o), end)
		}
	case headerMedium:
		clk = fmt.Sprintf("%s / %s", app.MinutesShort(spent), app.Planned(plan))
		if o > 0 {
			over = fmt.Sprintf(" · +%s · ends ~%s", app.Minutes(o), end)
		}
	default:
		clk = fmt.Sprintf("%s/%d", app.MinutesShort(spent), app.MinutesIn(plan))
		if o > 0 {
			over = fmt.Sprintf(" · +%d · ~%s", app.MinutesIn(o), end)
		}
	}
	return clk, over
}

// rule is the line under the header. It carries the standing problems,
// said in full once and then kept here in brief: "⚠ no desktop alerts
// (? says more)".
func (m *sessionModel) rule(width int) string {
	k := ruleKey{brief: safeLine(m.standingBrief()), width: width, dark: m.st.isDark}
	return m.drawn.rule.get(k, func() string { return m.drawRule(k.brief, width) })
}

// ruleKey is what the header's rule is drawn from.
type ruleKey struct {
	brief string
	width int
	dark  bool
}

// drawRule draws the header's rule, width cells long, with the brief of
// standing problems on it when there is one and it fits.
func (m *sessionModel) drawRule(brief string, width int) string {
	if brief == "" || lipgloss.Width(brief)+6 > width {
		return m.st.Rule.Render(strings.Repeat("─", width))
	}
	rest := width - lipgloss.Width(brief) - 4
	return m.st.Rule.Render("── ") + m.st.Text.Error.Render(brief) + m.st.Rule.Render(" "+strings.Repeat("─", rest))
}
