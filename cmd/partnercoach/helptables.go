package main

import (
	"partnercoach/app"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// commandGroup is a titled list of a command's subcommands in its help.
type commandGroup struct {
	title    string
	commands []*cobra.Command
}

// commandGroups lists the visible subcommands of c under the titles of
// its groups, in the order they were added, and those in no group under
// "Commands" (or "Additional commands" when there are groups). A group
// left with no visible command is left out.
func commandGroups(c *cobra.Command) []commandGroup {
	var groups []commandGroup
	index := map[string]int{}
	for _, g := range c.Groups() {
		index[g.ID] = len(groups)
		groups = append(groups, commandGroup{title: strings.TrimSuffix(g.Title, ":")})
	}
	other := commandGroup{title: "Commands"}
	if len(groups) > 0 {
		other.title = "Additional commands"
	}
	for _, sub := range c.Commands() {
		if !sub.IsAvailableCommand() && sub.Name() != "help" {
			continue
		}
		if i, ok := index[sub.GroupID]; ok {
			groups[i].commands = append(groups[i].commands, sub)
		} else {
			other.commands = append(other.commands, sub)
		}
	}
	groups = append(groups, other)
	kept := groups[:0]
	for _, g := range groups {
		if len(g.commands) > 0 {
			kept = append(kept, g)
		}
	}
	return kept
}

// commandRows are the rows of a table of commands: each one's name, the
// arguments its Use line names ("[COMMAND]" for one that has commands of
// its own), and its one-line description.
func (h helpStyles) commandRows(cmds []*cobra.Command) []helpRow {
	rows := make([]helpRow, 0, len(cmds))
	for _, sub := range cmds {
		key := h.paint(h.command, helpText(sub.Name()))
		args := useArgs(sub)
		if sub.HasAvailableSubCommands() {
			args = strings.TrimSpace(args + " [COMMAND]")
		}
		if args != "" {
			key += " " + h.paint(h.dimmed, helpText(args))
		}
		rows = append(rows, helpRow{key: key, text: sub.Short})
	}
	return rows
}

// flagRows are the rows of a table of the visible flags of a set: the
// short and long forms and the kind of value, then what the flag does
// and its default when that is not the zero value of its kind.
func (h helpStyles) flagRows(flags *pflag.FlagSet) []helpRow {
	var rows []helpRow
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		kind, usage := pflag.UnquoteUsage(f)
		key := "    " + h.paint(h.flag, helpText("--"+f.Name))
		if f.Shorthand != "" {
			key = h.paint(h.flag, helpText("-"+f.Shorthand)) + ", " + h.paint(h.flag, helpText("--"+f.Name))
		}
		if kind != "" {
			key += " " + h.paint(h.dimmed, helpText(kind))
		}
		if shown := defaultShown(f); shown != "" {
			usage += " (default: " + shown + ")"
		}
		// cobra's own flags (help, version) start in lower case.
		rows = append(rows, helpRow{key: key, text: app.Capital(usage)})
	})
	return rows
}

// tableLines lays out rows as two columns: the keys, and beside them
// their text wrapped to the width. The text column starts after the
// longest key of at most keyColumnMax columns; a longer key has its text
// on the lines below it, at that column.
func tableLines(rows []helpRow, width int) []string {
	keyWidth := 0
	for _, r := range rows {
		if w := lipgloss.Width(r.key); w <= keyColumnMax {
			keyWidth = max(keyWidth, w)
		}
	}
	column := strings.Repeat(" ", len(helpIndent)+keyWidth+2)
	var lines []string
	for _, r := range rows {
		text := strings.Split(wrapText(helpText(r.text), width, column), "\n")
		gap := len(column) - len(helpIndent) - lipgloss.Width(r.key)
		if gap < 2 {
			lines = append(lines, helpIndent+r.key)
			lines = append(lines, text...)
			continue
		}
		first := helpIndent + r.key + strings.Repeat(" ", gap) + strings.TrimPrefix(text[0], column)
		lines = append(lines, strings.TrimRight(first, " "))
		lines = append(lines, text[1:]...)
	}
	return lines
}

// exampleLines are the lines of a command's examples, indented as the
// rest of the help whatever their own common indent. The command's path
// is painted as a command, flags as flags, and a comment (from a word
// that starts with # or an opening parenthesis) dimmed.
func (h helpStyles) exampleLines(example string, path string) []string {
	lines := strings.Split(strings.Trim(helpText(example), "\n"), "\n")
	common := -1
	for _, line := range lines {
		if strings.TrimSpace(line) != "" {
			n := len(line) - len(strings.TrimLeft(line, " "))
			if common < 0 || n < common {
				common = n
			}
		}
	}
	for i, line := range lines {
		line = strings.TrimRight(line, " ")
		if line != "" {
			line = helpIndent + h.paintExample(line[max(common, 0):], path)
		}
		lines[i] = line
	}
	return lines
}

// paintExample paints one line of an example (see exampleLines). Words are
// split at single spaces, so that the line keeps its spacing.
func (h helpStyles) paintExample(line, path string) string {
	if !h.colour {
		return line
	}
	var head string
	if rest, ok := strings.CutPrefix(line, path); ok && (rest == "" || rest[0] == ' ') {
		head, line = h.paint(h.command, path), rest
	}
	words := strings.Split(line, " ")
	for i, w := range words {
		switch {
		case strings.HasPrefix(w, "#") || strings.HasPrefix(w, "("):
			words[i] = h.paint(h.dimmed, strings.Join(words[i:], " "))
			return head + strings.Join(words[:i+1], " ")
		case len(w) > 1 && w[0] == '-':
			words[i] = h.paint(h.flag, w)
		}
	}
	return head + strings.Join(words, " ")
}
