package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/charmbracelet/x/term"

	"partnercoach/app"
	"partnercoach/tui/plain"
)

// accessibleWanted reports whether to run the accessible mode rather than
// the full-screen one: when asked for, when the terminal says it can do
// nothing but plain lines (TERM=dumb), or when the output is not a
// terminal at all (a pipe, a file, a screen reader's own console).
func accessibleWanted(asked bool, termName string, outIsTerminal bool) bool {
	return asked || termName == "dumb" || !outIsTerminal
}

// accessibleReason says, for a line on standard error, why the
// accessible mode was chosen when the coach did not ask for it, and how
// to get the full screen; it is "" when the coach asked (--accessible) or
// the full screen runs. A first run whose output is piped would otherwise
// fall into plain lines without a word.
func accessibleReason(asked bool, termName string, outIsTerminal bool) string {
	switch {
	case asked:
		return ""
	case !outIsTerminal:
		return "the output is not a terminal (a pipe or a file), so this is the accessible mode, in plain lines. " +
			"For the full screen, run partnercoach with its output on a terminal (no | or >); " +
			"--accessible asks for this mode and leaves out this line."
	case termName == "dumb":
		return "TERM=dumb says this terminal shows only plain lines, so this is the accessible mode. " +
			"For the full screen, run partnercoach in a terminal that sets TERM (such as xterm-256color); " +
			"--accessible asks for this mode and leaves out this line."
	}
	return ""
}

// runAccessible runs the accessible mode on standard input and output
// until the coach quits, the input ends, or ctrl+c (or SIGTERM) stops it;
// the autosave is kept as in the full-screen mode.
func runAccessible(cfg app.Config) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := plain.Options{
		Interactive: term.IsTerminal(os.Stdin.Fd()),
		Bell:        term.IsTerminal(os.Stdout.Fd()), // whether to ring it is the core's

	}
	return plain.Run(ctx, cfg, os.Stdin, os.Stdout, opts)
}
