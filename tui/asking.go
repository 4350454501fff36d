package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"partnercoach/app"
)

// This file draws a question asked before something that ends or
// discards (app.Asking): its text, its answers with the one chosen
// marked, and the keys that answer it, none of them a letter (the core
// decides what each key does: app.Asking.Key).

// askingView draws a question in width cells: its text wrapped, then its
// answers and, unless the footer's help shows them (keys false), its keys,
// on one line where they fit, else on two.
func askingView(a app.Asking, k questionKeys, keys bool, style lipgloss.Style, width int) string {
	var opts []string
	for i, o := range a.Options {
		if i == a.Chosen() {
			opts = append(opts, "["+safeLine(o.Label)+"]")
		} else {
			opts = append(opts, " "+safeLine(o.Label)+" ")
		}
	}
	choices, said := strings.Join(opts, " "), askingKeys(k)
	lines := []string{wrap(a.Text, width, 0)}
	switch line := choices + "   " + said; {
	case !keys:
		lines = append(lines, wrap(choices, width, 1))
	case lipgloss.Width(line) <= width:
		lines = append(lines, line)
	default:
		lines = append(lines, wrap(choices, width, 1), fit(said, width, 1))
	}
	return style.Render(strings.Join(lines, "\n"))
}

// askingKeys says the keys that answer a question: "←/→ = choose, enter
// = answer, esc = stay".
func askingKeys(k questionKeys) string { return keysSaid(k.Prev, k.Answer, k.No) }
