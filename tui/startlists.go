package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/internal/textsafe"
)

// This file draws the start screen's lists and what it says of their
// entries, each line in the first of its forms that fits the width.

// whoList lists the newcomers on record with their next session, then
// someone new and no newcomer.
func (m *startModel) whoList(width int) []string {
	roster := m.core.Roster()
	nameWidth := 0
	for _, e := range roster {
		nameWidth = max(nameWidth, ansi.StringWidth(textsafe.Line(e.Name)))
	}
	nameWidth = min(nameWidth, max(width/3, 8))
	off := m.offered()
	var lines []string
	for i, e := range roster {
		name := ansi.Truncate(textsafe.Line(e.Name), nameWidth, "…")
		name += strings.Repeat(" ", nameWidth-ansi.StringWidth(name))
		next := fitFirst(max(width-2-nameWidth-2, 1), nextForms(e)...)
		lines = append(lines, m.line(off+i, name+"  "+m.st.Text.Muted.Render(next)))
	}
	lines = append(lines,
		m.line(off+len(roster)+whoNew, "Someone new…"),
		m.line(off+len(roster)+whoNone, fitFirst(width-2,
			"No newcomer: a session between partners, or practice", "No newcomer: partners, or practice", "No newcomer")))
	return lines
}

// nextForms say a newcomer's next session, longest first: "session 3 ·
// followup · $50.00 · Sun 28 Mar 03:00", then without the script, then
// without the fee or without the appointment, then the number alone.
func nextForms(e app.Who) []string {
	num := fmt.Sprintf("session %d", e.Number)
	script, fee, when := " · "+e.Script, " · "+app.Money(e.FeeCents), ""
	if e.When != "" {
		when = " · " + textsafe.Line(e.When)
	}
	return []string{num + script + fee + when, num + fee + when, num + when, num + fee, num}
}

// scriptsTop is the title of the choice of script: whom the session is
// with.
func (m *startModel) scriptsTop(width int) []string {
	w, _ := m.core.Who()
	label := w.Label()
	return []string{m.titleLine(width, label+" · choose the script", label+" · script", label), m.rule(width)}
}

// scriptsList lists the scripts with their planned length, the one
// proposed marked. A title too long for the line is cut after a word,
// with "…"; one with no room left is left out.
func (m *startModel) scriptsList(width int) []string {
	nameWidth := 0
	for _, s := range m.scripts {
		nameWidth = max(nameWidth, ansi.StringWidth(textsafe.Line(s.Name)))
	}
	nameWidth = min(nameWidth, 16)
	var lines []string
	for i, s := range m.scripts {
		right := app.Minutes(s.Planned())
		if s.Name == m.core.Proposed() {
			right = fitFirst(width/3, "proposed · "+right, "proposed")
		}
		name := ansi.Truncate(textsafe.Line(s.Name), nameWidth, "…")
		room := width - 2 - nameWidth - 1 - ansi.StringWidth(right) - 2
		left := fmt.Sprintf("%-*s %s", nameWidth, name, cutAfterWord(textsafe.Line(s.Title), room))
		lines = append(lines, m.line(i, spread(strings.TrimRight(left, " "), m.st.Text.Muted.Render(right), width-2)))
	}
	return lines
}

// cutAfterWord returns s if it fits in width cells, or else its words
// that fit with "…" after them; "" when not even a word fits.
func cutAfterWord(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	words := strings.Fields(s)
	kept := ""
	for _, w := range words {
		next := strings.TrimLeft(kept+" "+w, " ")
		if ansi.StringWidth(next)+1 > width {
			break
		}
		kept = next
	}
	if kept == "" {
		return ""
	}
	return kept + "…"
}

// summaryLines say what the selected script is for, on at most rows
// lines, the last cut after a word with "…" when it is longer.
func (m *startModel) summaryLines(width, rows int) []string {
	if len(m.scripts) == 0 || rows <= 0 || m.scripts[m.sel].Summary == "" {
		return nil
	}
	lines := strings.Split(wrap(textsafe.Line(m.scripts[m.sel].Summary), width, 0), "\n")
	if len(lines) > rows {
		rest := strings.Join(lines[rows-1:], " ")
		lines = append(lines[:rows-1], cutAfterWord(rest, width))
	}
	return strings.Split(m.st.Text.Muted.Render(strings.Join(lines, "\n")), "\n")
}

// factsLine says of the selected script what the coach must know before
// starting it: its steps and, for a newcomer's session, its fee.
func (m *startModel) factsLine() string {
	if len(m.scripts) == 0 {
		return "No scripts to choose from: see 'partnercoach script list'."
	}
	s := m.scripts[m.sel]
	switch w, _ := m.core.Who(); {
	case s.Peer():
		return "A session between partners: with no newcomer, and no fee."
	case w.Name == "":
		return fmt.Sprintf("%d steps; with no newcomer named.", len(s.Steps))
	}
	return fmt.Sprintf("%d steps; fee %s.", len(s.Steps), app.Money(m.core.FeeFor(s)))
}

// offerLines describe the unfinished session and what can be done with
// it: a rehearsal is named as one, and the time is when it was last
// saved on the wall clock.
func (m *startModel) offerLines(width int) []string {
	s := m.offer
	what := "Unfinished session"
	if r := s.Options().Rehearsal; r.On() {
		what = fmt.Sprintf("Unfinished rehearsal (%g× speed)", r.Speed)
	}
	if n := s.Options().Newcomer; n != "" {
		what += " with " + textsafe.Line(n)
	}
	long := what + ": " + textsafe.Line(s.Script().Title)
	saved := m.offerSaved.Local().Format("Mon 2 Jan 15:04")
	at := fitFirst(width, fmt.Sprintf("At step %d of %d, last saved %s (%s).", s.Pos()+1, s.Len(), saved, m.ago()),
		fmt.Sprintf("Step %d of %d, saved %s (%s).", s.Pos()+1, s.Len(), saved, m.ago()),
		fmt.Sprintf("Step %d of %d, saved %s.", s.Pos()+1, s.Len(), saved))
	lines := m.banner(long, width)
	if len(lines) > 2 { // the script's title goes first: the coach knows it by the step
		lines = m.banner(what, width)
	}
	lines = append(lines, m.st.Text.Muted.Render(at))
	labels := [offerCount]string{
		"Resume it where it was",
		m.finishText,
		"Discard it",
	}
	for i, l := range labels {
		lines = append(lines, m.line(i, l))
	}
	if m.discarding != nil {
		lines = append(lines, askingView(*m.discarding, m.keys.Question, false, m.st.Text.Error, width))
	}
	return lines
}
