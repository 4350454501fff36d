package main

import (
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"partnercoach/internal/textsafe"
)

// The help's layout: how wide it is at most, where the descriptions of
// commands and flags start, and how far a key may reach before its
// description moves to the line below.
const (
	maxHelpWidth = 100 // a wider terminal still gets lines a reader can follow
	helpIndent   = "  "
	keyColumnMax = 32 // the longest key that keeps its description beside it
	minTextWidth = 24 // descriptions are never wrapped narrower than this
)

// printHelp is the help of every command (set on the root with
// SetHelpFunc, which its subcommands inherit): what the command does, how
// it is called, its examples, its commands and its flags. The help of a
// command that does not exist is not printed: execute says it is unknown
// (helpOfUnknown).
func printHelp(c *cobra.Command, _ []string) {
	if helpOfUnknown(c) != nil {
		return
	}
	out := c.OutOrStdout()
	colour := helpInColour(out, os.Environ())
	if f, ok := out.(*os.File); ok && colour {
		lipgloss.EnableLegacyWindowsANSI(f)
	}
	_, _ = io.WriteString(out, renderHelp(c, min(outputWidth(out), maxHelpWidth), colour))
}

// helpInColour reports whether the help written to out is styled: when out
// is a terminal that shows colour, as the environment describes it. On a
// pipe, in a file, under NO_COLOR or with TERM=dumb it is plain text.
func helpInColour(out io.Writer, environ []string) bool {
	return colorprofile.Detect(out, environ) >= colorprofile.ANSI
}

// helpStyles paints the parts of the help. The layout is the same with
// and without colour: painting only adds colour and weight around words,
// so the plain help is the painted one with its escapes taken out.
type helpStyles struct {
	colour                         bool
	heading, command, flag, dimmed lipgloss.Style
}

// newHelpStyles makes the help's styles, in the terminal's own basic
// colours so that they suit a light background and a dark one.
func newHelpStyles(colour bool) helpStyles {
	return helpStyles{
		colour:  colour,
		heading: lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Magenta),
		command: lipgloss.NewStyle().Foreground(lipgloss.Cyan),
		flag:    lipgloss.NewStyle().Foreground(lipgloss.Green),
		dimmed:  lipgloss.NewStyle().Faint(true),
	}
}

// paint renders s, one line of text, in style when the help has colour.
func (h helpStyles) paint(style lipgloss.Style, s string) string {
	if !h.colour || s == "" {
		return s
	}
	return style.Render(s)
}

// helpRow is one line of a table of the help: a command or a flag, and
// what it does.
type helpRow struct {
	key  string // painted
	text string // plain, wrapped by the table
}

// renderHelp lays out the help of c for a width in columns.
func renderHelp(c *cobra.Command, width int, colour bool) string {
	h := newHelpStyles(colour)
	var b strings.Builder
	b.WriteString(wrapText(helpText(firstOf(c.Long, c.Short)), width, "") + "\n")
	h.section(&b, "Usage", usageLines(c, h, width))
	if len(c.Aliases) > 0 {
		h.section(&b, "Aliases", []string{helpIndent + h.paint(h.command, helpText(strings.Join(c.Aliases, ", ")))})
	}
	if c.Example != "" {
		h.section(&b, "Examples", h.exampleLines(c.Example, c.CommandPath()))
	}
	for _, g := range commandGroups(c) {
		h.section(&b, g.title, tableLines(h.commandRows(g.commands), width))
	}
	h.section(&b, "Flags", tableLines(h.flagRows(c.LocalFlags()), width))
	h.section(&b, "Global flags", tableLines(h.flagRows(c.InheritedFlags()), width))
	if c.HasAvailableSubCommands() {
		more := "Run '" + c.CommandPath() + " COMMAND --help' for what a command does and takes."
		b.WriteString("\n" + wrapText(helpText(more), width, "") + "\n")
	}
	return b.String()
}

// section writes a heading and its lines, after a blank line; a section
// with no lines is left out.
func (h helpStyles) section(b *strings.Builder, title string, lines []string) {
	if len(lines) == 0 {
		return
	}
	b.WriteString("\n" + h.paint(h.heading, title+":") + "\n")
	for _, line := range lines {
		b.WriteString(line + "\n")
	}
}

// usageLines is how c is called: its path, the arguments its Use line
// names, "[COMMAND]" when it has subcommands and "[flags]" when it takes
// a flag besides --help. Arguments that would reach past the width go on
// the lines below, further indented.
func usageLines(c *cobra.Command, h helpStyles, width int) []string {
	path := helpText(c.CommandPath())
	var rest []string
	if args := useArgs(c); args != "" {
		rest = append(rest, args)
	}
	if c.HasAvailableSubCommands() {
		rest = append(rest, "[COMMAND]")
	}
	if takesFlags(c) {
		rest = append(rest, "[flags]")
	}
	args := strings.Fields(helpText(strings.Join(rest, " ")))
	lines := []string{helpIndent + h.paint(h.command, path)}
	used, current := len(helpIndent)+ansi.StringWidth(path), ""
	for _, a := range args {
		if used+1+ansi.StringWidth(a) > width && (current != "" || len(lines) == 1) {
			lines[len(lines)-1] += h.paintArgs(current)
			lines, current = append(lines, helpIndent+" "), ""
			used = 2 * len(helpIndent)
		}
		current += " " + a
		used += 1 + ansi.StringWidth(a)
	}
	lines[len(lines)-1] += h.paintArgs(current)
	return lines
}

// paintArgs paints the arguments of a usage line, dimmed, after the
// space that leads them ("" stays "").
func (h helpStyles) paintArgs(args string) string {
	if args == "" {
		return ""
	}
	return " " + h.paint(h.dimmed, strings.TrimPrefix(args, " "))
}

// takesFlags reports whether c has a visible flag other than --help.
func takesFlags(c *cobra.Command) bool {
	found := false
	c.Flags().VisitAll(func(f *pflag.Flag) {
		found = found || (!f.Hidden && f.Name != "help")
	})
	return found
}

// firstOf returns the first of its arguments that is not empty.
func firstOf(texts ...string) string {
	for _, t := range texts {
		if t != "" {
			return t
		}
	}
	return ""
}

// helpText makes text from the command tree safe to print: a tab becomes
// four spaces, as cobra's own long descriptions indent with tabs, and any
// other control or hidden character is shown as an escape.
func helpText(s string) string {
	return textsafe.Text(strings.ReplaceAll(s, "\t", "    "))
}

// wrapText wraps text, which may hold line breaks of its own, to width
// columns, and indents every line but a blank one. A line is broken only
// at spaces, never inside a word such as --sound, and a word longer than
// the line has one to itself. A line that starts with a space is kept
// whole: it is a shell command or a layout of its own, as in cobra's
// help of the completion commands.
func wrapText(text string, width int, indent string) string {
	var out []string
	for _, line := range strings.Split(strings.TrimRight(text, "\n "), "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		if line[0] == ' ' {
			out = append(out, indent+strings.TrimRight(line, " "))
			continue
		}
		limit := max(width-len(indent), minTextWidth)
		current := words[0]
		for _, w := range words[1:] {
			if ansi.StringWidth(current)+1+ansi.StringWidth(w) > limit {
				out = append(out, indent+current)
				current = w
				continue
			}
			current += " " + w
		}
		out = append(out, indent+current)
	}
	return strings.Join(out, "\n")
}
