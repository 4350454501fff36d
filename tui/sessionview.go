package tui

import (
	"slices"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/script"
)

// agendaWidth is the width of the agenda column, shown beside the step
// when the window is at least agendaMinWidth wide. A wider window gives
// the step stepWideWidth columns and the rest to the agenda, up to
// agendaMaxWidth, where the steps' titles read whole.
const (
	agendaWidth    = 34
	agendaMinWidth = 100
	agendaMaxWidth = 60
	stepWideWidth  = agendaMinWidth + 20 - agendaWidth - 2
)

// agendaCols is the width of the agenda column in a window width columns
// wide, 0 when the agenda is not beside the step.
func agendaCols(width int) int {
	if width < agendaMinWidth {
		return 0
	}
	return min(max(width-stepWideWidth-2, agendaWidth), agendaMaxWidth)
}

// stepColumn is the width of the step's column in a window width columns
// wide: beside the agenda, or the whole width.
func stepColumn(width int) int {
	if a := agendaCols(width); a > 0 {
		return width - a - 2
	}
	return width
}

// View draws the session screen in the given space. It changes nothing.
func (m *sessionModel) View(width, height int) string {
	now := m.clock.Now()
	head := m.header(now, width)
	status := m.statusLines(now, width, height)
	bodyH := max(height-lineCount(head)-lineCount(status...), 0) // as bodyHeight
	var body string
	switch {
	case m.cards != nil:
		body = m.cardsView(width, bodyH)
	case width >= agendaMinWidth:
		a, sw := agendaCols(width), stepColumn(width)
		step := m.stepView(now, sw, bodyH)
		if m.preview {
			step = m.withTurnLine(now, m.previewView(sw), sw)
		}
		left := fit(step, sw, bodyH)
		right := fit(m.agendaView(now, a, bodyH), a, bodyH)
		body = besides(left, width-a, right)
	case m.preview:
		body = m.withTurnLine(now, m.previewView(width), width)
	case m.showAgenda:
		h := bodyH
		if m.ses.Current().Turn != nil {
			h-- // the turn's line above it
		}
		body = m.withTurnLine(now, m.agendaView(now, width, h), width)
	default:
		body = m.stepView(now, width, bodyH)
	}
	parts := append([]string{head, fitPad(body, width, bodyH)}, status...)
	return strings.Join(parts, "\n")
}

// withTurnLine puts the current step's turn, on one line, above what is
// shown in the step's place (the agenda, the preview): its time left
// stays on screen whatever is open.
func (m *sessionModel) withTurnLine(now time.Time, body string, width int) string {
	st := m.ses.Current()
	if st.Turn == nil {
		return body
	}
	r := app.ReadTurn(st.Turn, m.ses.Turn(st.ID), now)
	return m.turnStyle(r).Render(fitParts(append([]string{safeLine(st.Turn.Name()) + ":"}, turnStatus(r)...), width)) + "\n" + body
}

// fitParts joins as many of parts, from the first, as fit on one line of
// width cells: "Coach's turn: 11:30 left · running"; the first alone is
// cut to the width. The first two are joined by a space, the rest by " · ".
func fitParts(parts []string, width int) string {
	line := parts[0]
	for i, p := range parts[1:] {
		sep := " · "
		if i == 0 {
			sep = " "
		}
		if ansi.StringWidth(line+sep+p) > width {
			break
		}
		line += sep + p
	}
	return fit(line, width, 1)
}

// statusLines are the lines under the step: the question before a risky
// command, the hint, an alert
// raised on another step, the core's problems (a failed notification or
// save, until said) and the note field, in a screen of the given height.
func (m *sessionModel) statusLines(now time.Time, width, height int) []string {
	var status, short []string
	if m.hint != "" {
		status = append(status, m.st.Text.Muted.Render(wrap(safeLine(m.hint), max(width, 1), 0)))
		short = append(short, "")
	}
	if m.alert != "" && (m.alertStep != m.ses.Current().ID || m.cards != nil) { // else its step has a banner
		status = append(status, m.st.Banner.Warning.Render(glyphProblem+" "+safeLine(m.alert)))
		short = append(short, "")
	}
	for _, s := range m.standingLines() {
		status = append(status, m.st.Text.Error.Render(wrap(s.Text, max(width, 1), 0)))
		short = append(short, m.st.Text.Error.Render(briefLine(s)))
	}
	note := m.noteView(width)
	status = capStatus(append(status, note...), append(short, make([]string, len(note))...), width, max(height/6, 2))
	if m.confirm != nil { // whole, whatever else is cut: its answers must show
		status = append([]string{m.confirmLine(width)}, status...)
	}
	return status
}

// capStatus keeps the status lines within most lines: first a line with a
// short form (a standing problem's brief, short[i]) is given in it, and
// only when that is not enough is each line cut to one line of the width,
// so that a hint (a resumed session's notice) is not cut mid-sentence
// while a brief would make room for it.
func capStatus(status, short []string, width, most int) []string {
	if lineCount(status...) <= most {
		return status
	}
	out := slices.Clone(status)
	for i := range out {
		if short[i] != "" {
			out[i] = short[i]
		}
	}
	if lineCount(out...) <= most {
		return out
	}
	for i := range out {
		out[i] = fit(out[i], width, 1)
	}
	return out
}

// bodyHeight is the height left for the step (or the cards) in a screen
// of the given height, under the header and above the status lines.
func (m *sessionModel) bodyHeight(now time.Time, width, height int) int {
	return max(height-lineCount(m.header(now, width))-lineCount(m.statusLines(now, width, height)...), 0)
}

// pointsArea returns how many lines the talking points of the current step
// take at the width of its column, and how many lines the step has room
// for, in a screen of the given size with a one-line footer. Update clamps
// the scroll to it, so that View need not.
func (m *sessionModel) pointsArea(width, height int) (lines, room int) {
	now := m.clock.Now()
	bodyH := m.bodyHeight(now, width, height-1)
	width = stepColumn(width)
	st := m.ses.Current()
	return len(m.pointLines(st.Points, width)), m.pointsRoom(now, st, width, bodyH)
}

// stepView draws the current step in height lines: the title, the turn,
// the checklist and choice, and as many talking points as fit between
// them, scrolled by pgup/pgdown.
func (m *sessionModel) stepView(now time.Time, width, height int) string {
	st := m.ses.Current()
	l := m.layoutStep(now, st, width, height)
	gap := "\n\n"
	if l.tight > roomy {
		gap = "\n"
	}
	parts := []string{l.top}
	if pts := m.pointsView(st.Points, width, l.points); pts != "" {
		parts = append(parts, pts)
	}
	if l.entries != "" {
		parts = append(parts, l.entries)
	}
	return strings.Join(parts, gap)
}

// topParts is the top of a step drawn at an instant, part by part, for
// the layouts to set (see turnParts).
type topParts struct {
	title   string     // the step's title and its times
	turn    *turnParts // the step's turn, or nil
	answers string     // the answers given for the turn
}

// drawTop draws the parts of the step's top at now in the width.
func (m *sessionModel) drawTop(now time.Time, st script.Step, width int) topParts {
	p := topParts{title: m.titleLine(now, st, width), answers: m.answersLines(st, width)}
	if st.Turn != nil {
		t := m.drawTurn(now, st, width)
		p.turn = &t
	}
	return p
}

// stepTop sets the step's title line and its turn, with the large clock
// at a size (none below zero), and the answers given for the turn.
func (m *sessionModel) stepTop(p topParts, size int, tight tightness) string {
	top := p.title
	if p.turn != nil {
		top += "\n" + m.turnView(*p.turn, size, tight)
	}
	if p.answers != "" {
		top += "\n" + p.answers
	}
	return top
}

// titleKey is what a step's title line is drawn from.
type titleKey struct {
	title   string
	planned time.Duration
	spent   int // whole minutes
	width   int
	dark    bool
}

// titleLine is the step's title with its planned and spent minutes, kept
// drawn while they stand.
func (m *sessionModel) titleLine(now time.Time, st script.Step, width int) string {
	k := titleKey{st.Title, m.ses.PlannedNow(st.ID), app.MinutesIn(m.ses.Spent(st.ID, now)), width, m.st.isDark}
	return m.drawn.title.get(k, func() string {
		title, spent := safeLine(k.title), time.Duration(k.spent)*time.Minute
		times := "planned " + app.Planned(k.planned) + " · spent " + app.Minutes(spent)
		if lipgloss.Width(title)+lipgloss.Width(times)+1 > k.width {
			times = "plan " + app.MinutesShort(k.planned) + " · spent " + app.MinutesShort(spent)
		}
		return spread(m.st.Text.Heading.Render(title), m.st.Text.Muted.Render(times), k.width)
	})
}

// stepEntries is the step's checklist, choice and notes at now, kept
// drawn while none of them changes, nor the day, and no field is open in
// them.
func (m *sessionModel) stepEntries(now time.Time, st script.Step, width int) string {
	draw := func() string { return strings.TrimRight(m.entriesView(st, width)+m.stepNotes(now, st.ID, width), "\n") }
	if k, ok := m.entriesKey(now, st, width); ok {
		return m.drawn.entries.get(k, draw)
	}
	return draw()
}

// pointsRoom is how many lines the talking points have in a step drawn
// in height lines.
func (m *sessionModel) pointsRoom(now time.Time, st script.Step, width, height int) int {
	return m.layoutStep(now, st, width, height).points
}

// pointLines are the talking points wrapped to the width, kept drawn: the
// lines are shared, and no caller changes them.
func (m *sessionModel) pointLines(points []string, width int) []string {
	return m.drawn.points.get(keyOfPoints(points, width), func() []string { return wrapPoints(points, width) })
}

// wrapPoints wraps talking points to the width, each after its bullet.
func wrapPoints(points []string, width int) []string {
	var lines []string
	for _, p := range points {
		lines = append(lines, strings.Split(glyphPoint+" "+wrap(p, width-2, 2), "\n")...)
	}
	return lines
}

// clampScroll keeps a scroll offset within the lines that can be shown
// in room lines (one of which says how many more there are).
func clampScroll(scroll, lines, room int) int {
	if room < 2 {
		return 0
	}
	return windowFrom(lines, scroll, room).first
}

// pointsView draws the talking points from the scroll offset in at most
// room lines, saying how many more there are above or below whenever
// some are cut.
func (m *sessionModel) pointsView(points []string, width, room int) string {
	k := pointsViewKey{keyOfPoints(points, width), room, m.scroll, m.st.isDark}
	return m.drawn.pointsView.get(k, func() string { return m.drawPointsView(points, width, room) })
}

// pointsViewKey is what the talking points on show are drawn from.
type pointsViewKey struct {
	points       pointsKey
	room, scroll int
	dark         bool
}

// drawPointsView draws the talking points on show (pointsView).
func (m *sessionModel) drawPointsView(points []string, width, room int) string {
	lines := m.pointLines(points, width)
	if len(lines) <= room {
		return strings.Join(lines, "\n")
	}
	if room < 1 {
		return ""
	}
	if room == 1 {
		return m.st.Text.Muted.Render(moreCue(0, len(lines), "line", "", "pgdown"))
	}
	w := windowFrom(len(lines), clampScroll(m.scroll, len(lines), room), room)
	shown := lines[w.first : w.first+w.shown]
	return strings.Join(shown, "\n") + "\n" + m.st.Text.Muted.Render(fit(w.cue("line", "pgup", "pgdown"), width, 1))
}

// entriesView draws the checklist and the choice, marking the selection.
func (m *sessionModel) entriesView(st script.Step, width int) string {
	var b strings.Builder
	for i, it := range st.Checklist {
		box := "[ ]"
		if m.ses.Checked(st.ID, i) {
			box = m.st.List.Done.Render("[x]")
		}
		text := it.Text
		if a, ok := m.ses.Answer(st.ID, i); ok {
			text += " — " + a
		}
		b.WriteString(m.entry(i, box+" "+wrap(text, width-6, 6)) + "\n")
		if m.inputOn && i == m.sel {
			label, keys := "Minutes: ", "  enter = set, esc = cancel"
			in := m.input // a copy, sized for this drawing: View changes nothing
			if m.answer { // the answer takes the width there is; the footer says the keys
				label, keys = answerLabel, ""
				in.SetWidth(m.answerWidth(width))
			}
			b.WriteString("      " + label + in.View() + keys + "\n")
			if m.inputErr != "" {
				b.WriteString("      " + m.st.Text.Error.Render(safeLine(m.inputErr)) + "\n")
			}
		}
	}
	if c := st.Choice; c != nil {
		b.WriteString(m.st.Text.Heading.Render(safeLine(c.Prompt)) + "\n")
		chosen, made := m.ses.Chosen(st.ID)
		for k, o := range c.Options {
			radio := "( )"
			if made && chosen == k {
				radio = m.st.List.Done.Render("(•)")
			}
			b.WriteString(m.entry(len(st.Checklist)+k, radio+" "+wrap(o.Label, width-6, 6)) + "\n")
		}
	}
	return b.String()
}

// entry prefixes a line with the selection marker.
func (m *sessionModel) entry(i int, line string) string {
	if i == m.sel {
		return m.st.List.Selected.Render(glyphSelected) + " " + line
	}
	return "  " + line
}

// spread puts left and right text at the two ends of a line. Where they
// do not fit, left is cut to keep right (such as a time), if at least
// minTitle cells of it are left; else right is left out.
func spread(left, right string, width int) string {
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		room := width - lipgloss.Width(right) - 1
		if room < minTitle {
			return left
		}
		left = ansi.Truncate(left, room, "…")
		gap = width - lipgloss.Width(left) - lipgloss.Width(right)
	}
	return left + strings.Repeat(" ", gap) + right
}
