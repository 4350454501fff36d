package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"partnercoach/app"
	"partnercoach/internal/textsafe"
)

// helpPaths are commands of the tree whose help the tests read, by their
// words under the root: the root, a command of commands, commands with
// examples and defaults, and one of cobra's own.
var helpPaths = [][]string{
	{}, {"newcomer"}, {"newcomer", "schedule"}, {"run"}, {"log", "export"},
	{"calendar", "export"}, {"completion", "bash"},
}

// findCommand returns the command of a fresh tree at path.
func findCommand(t *testing.T, path ...string) *cobra.Command {
	t.Helper()
	c, rest, err := newRootCmd().Find(path)
	if err != nil || len(rest) > 0 {
		t.Fatalf("no command %q: %v", path, err)
	}
	return c
}

// everyCommand lists the commands of a fresh tree that the help shows.
func everyCommand() []*cobra.Command {
	var all []*cobra.Command
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		all = append(all, c)
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				walk(sub)
			}
		}
	}
	walk(newRootCmd())
	return all
}

// words is text with every run of spaces and line breaks made one space,
// so that wrapped text compares with the text it was wrapped from.
func words(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func TestHelpInColourIsThePlainHelpPainted(t *testing.T) {
	t.Parallel()
	for _, path := range helpPaths {
		c := findCommand(t, path...)
		plain, styled := renderHelp(c, 80, false), renderHelp(c, 80, true)
		if strings.Contains(plain, "\x1b") {
			t.Errorf("%q: the plain help holds an escape:\n%s", path, plain)
		}
		if !strings.Contains(styled, "\x1b[") {
			t.Errorf("%q: the help in colour has no colour:\n%s", path, styled)
		}
		if got := ansi.Strip(styled); got != plain {
			t.Errorf("%q: the help in colour, its escapes taken out, is not the plain help:\n%s\n---\n%s", path, got, plain)
		}
	}
}

// TestHelpLosesNothing reads the help of every command for what fang's
// showed: the description, the usage, each example line, each command
// with its arguments and description, each flag with its short form, kind
// and default.
func TestHelpLosesNothing(t *testing.T) {
	t.Parallel()
	for _, c := range everyCommand() {
		help := renderHelp(c, 80, false)
		flat := words(help)
		want := []string{words(helpText(firstOf(c.Long, c.Short))), "Usage: " + c.CommandPath()}
		for _, line := range strings.Split(c.Example, "\n") {
			want = append(want, words(line))
		}
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				want = append(want, words(sub.Name()+" "+useArgs(sub)), words(sub.Short))
			}
		}
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Hidden {
				return
			}
			kind, usage := pflag.UnquoteUsage(f)
			form := "--" + f.Name
			if f.Shorthand != "" {
				form = "-" + f.Shorthand + ", " + form
			}
			want = append(want, words(form+" "+kind+" "+app.Capital(usage)))
			if shown := defaultShown(f); shown != "" {
				want = append(want, "(default: "+shown+")")
			}
		})
		for _, w := range want {
			if !strings.Contains(flat, w) {
				t.Errorf("the help of %q lacks %q:\n%s", c.CommandPath(), w, help)
			}
		}
	}
}

// TestHelpFitsTheWidth lays the help of every command out at three widths:
// no line is wider, but for the lines that are kept whole (the usage, a
// command with its arguments, the examples, the shell lines of cobra's
// completion help) and a single long word.
func TestHelpFitsTheWidth(t *testing.T) {
	t.Parallel()
	for _, c := range everyCommand() {
		kept := c.CommandPath() + " " + useArgs(c) + "\n" + c.Example + "\n" + helpText(c.Long)
		for _, sub := range c.Commands() {
			kept += "\n" + sub.Name() + " " + useArgs(sub)
		}
		for _, width := range []int{60, 80, 100} {
			for _, line := range strings.Split(renderHelp(c, width, false), "\n") {
				trimmed := strings.TrimSpace(line)
				if ansi.StringWidth(line) <= width || strings.Contains(kept, trimmed) || !strings.Contains(trimmed, " ") {
					continue
				}
				t.Errorf("%s at %d columns: a line of %d: %q", c.CommandPath(), width, ansi.StringWidth(line), line)
			}
		}
	}
}

func TestWrapTextBreaksOnlyAtSpaces(t *testing.T) {
	t.Parallel()
	const text = "No terminal bell and no notification sound, whatever --sound or the settings say (the default)\n\n" +
		"    source <(partnercoach completion bash) # kept whole\nA word-with-hyphens stays whole too."
	for width := 20; width <= 90; width++ {
		got := wrapText(text, width, "   ")
		if words(got) != words(text) {
			t.Fatalf("at %d columns the words changed:\n%s", width, got)
		}
		if !strings.Contains(got, "\n       source <(partnercoach completion bash) # kept whole\n") {
			t.Errorf("at %d columns the indented line was not kept whole:\n%s", width, got)
		}
		for _, line := range strings.Split(got, "\n") {
			if line != "" && !strings.HasPrefix(line, "   ") {
				t.Errorf("at %d columns a line lost its indent: %q", width, line)
			}
			if len(line) > max(width, minTextWidth+3) && strings.Contains(strings.TrimSpace(line), " ") && !strings.Contains(line, "source") {
				t.Errorf("at %d columns a line of %d: %q", width, len(line), line)
			}
			if strings.HasSuffix(line, " ") || strings.HasSuffix(line, "--") {
				t.Errorf("at %d columns a line ends badly: %q", width, line)
			}
		}
	}
}

// TestHelpShowsHostileTextAsEscapes gives a command control and hidden
// characters everywhere its help prints text: they are shown as escapes,
// in colour and without, and the only escapes in the help in colour are
// its own colours.
func TestHelpShowsHostileTextAsEscapes(t *testing.T) {
	t.Parallel()
	const bad = "\x1b[31m\x1b]2;title\a\u202e\u009b"
	root := &cobra.Command{Use: "partnercoach", Short: "root", Run: func(*cobra.Command, []string) {}}
	c := &cobra.Command{
		Use: "odd" + bad + " ARG" + bad, Short: "Short" + bad, Long: "Long" + bad + "\nsecond line" + bad,
		Example: "  partnercoach odd --flag" + bad, Aliases: []string{"alias" + bad},
		Run: func(*cobra.Command, []string) {},
	}
	c.Flags().String("flag", "default"+bad, "Usage"+bad)
	c.AddCommand(&cobra.Command{Use: "sub" + bad, Short: "Sub" + bad, Run: func(*cobra.Command, []string) {}})
	root.AddCommand(c)
	for _, cmd := range []*cobra.Command{root, c} {
		plain := renderHelp(cmd, 80, false)
		for _, line := range strings.Split(plain, "\n") {
			if !textsafe.Safe(line) {
				t.Errorf("a line of the help of %s holds a control or hidden character: %q", cmd.Name(), line)
			}
		}
		styled := renderHelp(cmd, 80, true)
		if ansi.Strip(styled) != plain {
			t.Errorf("the help in colour of %s holds escapes of its text:\n%q", cmd.Name(), styled)
		}
		if strings.ContainsAny(styled, "\a\u009b\u202e") || strings.Contains(styled, "\x1b]") {
			t.Errorf("the help in colour of %s holds more than colours: %q", cmd.Name(), styled)
		}
	}
	if plain := renderHelp(c, 80, false); !strings.Contains(words(plain), `--flag string Usage\x1b[31m\x1b]2;title\x07\u202e\x9b (default: default\x1b[31m`) {
		t.Errorf("the flag's text is not shown as escapes:\n%s", plain)
	}
}

func TestHelpInColourOnlyOnATerminalWithColour(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		env  []string
		want bool
	}{
		{[]string{"TERM=xterm-256color"}, false}, // a buffer is no terminal
		{[]string{"TERM=xterm-256color", "TTY_FORCE=1"}, true},
		{[]string{"TERM=xterm", "TTY_FORCE=1"}, true},
		{[]string{"TERM=xterm-256color", "TTY_FORCE=1", "NO_COLOR=1"}, false},
		{[]string{"TERM=dumb", "TTY_FORCE=1"}, false},
	} {
		if got := helpInColour(new(bytes.Buffer), tt.env); got != tt.want {
			t.Errorf("%q: in colour %v, want %v", tt.env, got, tt.want)
		}
	}
}

func TestCommandGroups(t *testing.T) {
	t.Parallel()
	root := &cobra.Command{Use: "partnercoach"}
	root.AddGroup(&cobra.Group{ID: "call", Title: "On the call:"}, &cobra.Group{ID: "empty", Title: "Nothing"})
	run := func(*cobra.Command, []string) {}
	root.AddCommand(&cobra.Command{Use: "log", Short: "Log", Run: run},
		&cobra.Command{Use: "run", Short: "Run", GroupID: "call", Run: run},
		&cobra.Command{Use: "secret", Short: "Secret", Hidden: true, GroupID: "call", Run: run})
	var got []string
	for _, g := range commandGroups(root) {
		got = append(got, g.title)
		for _, c := range g.commands {
			got = append(got, c.Name())
		}
	}
	if want := []string{"On the call", "run", "Additional commands", "log"}; !slices.Equal(got, want) {
		t.Errorf("groups %q, want %q", got, want)
	}
}

// TestEveryHelpLineFits80Columns walks the whole command tree, cobra's own
// commands included, and reads each command's help as a terminal of 80
// columns shows it: no line, examples included, is wider than 80 cells.
func TestEveryHelpLineFits80Columns(t *testing.T) {
	t.Parallel()
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		for _, line := range strings.Split(renderHelp(c, 80, false), "\n") {
			if w := ansi.StringWidth(line); w > 80 {
				t.Errorf("%s --help: a line of %d cells: %q", c.CommandPath(), w, line)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	root := newRootCmd()
	root.InitDefaultHelpCmd()
	walk(root)
}
