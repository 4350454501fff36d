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
