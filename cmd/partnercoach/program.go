package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
	"partnercoach/tui"
)

// joinNames lists the built-in script names for help text.
func joinNames() string { return strings.Join(script.BuiltinNames(), ", ") }

// startScreen runs the program on the choice of built-in scripts.
func startScreen(f runFlags) error {
	var all []*script.Script
	for _, name := range script.BuiltinNames() {
		s, err := script.Builtin(name)
		if err != nil {
			return err
		}
		all = append(all, s)
	}
	cfg, err := config(f)
	if err != nil {
		return err
	}
	cfg.Scripts = all
	return runProgram(cfg)
}

// runSession runs the program straight into a session of s.
func runSession(f runFlags, s *script.Script) error {
	cfg, err := config(f)
	if err != nil {
		return err
	}
	cfg.Start = s
	return runProgram(cfg)
}

// config turns the flags into the interface's configuration.
func config(f runFlags) (tui.Config, error) {
	warn, err := f.warnDuration()
	if err != nil {
		return tui.Config{}, err
	}
	if f.speed < 1 {
		return tui.Config{}, fmt.Errorf("--speed: expected a number of at least 1, got %v", f.speed)
	}
	cfg := tui.Config{
		Session: session.Options{Warn: warn, Newcomer: strings.TrimSpace(f.newcomer)},
		Silent:  f.silent,
		Clock:   timer.Wall{},
	}
	if f.speed > 1 {
		cfg.Clock = timer.NewScaled(f.speed)
	}
	if !f.noNotify {
		cfg.Notifier = timer.NewDesktop("partnercoach")
	}
	return cfg, nil
}

// errNoTerminal is returned when partnercoach is not run in a terminal.
var errNoTerminal = errors.New("partnercoach needs a terminal: run it in a terminal window " +
	"(its output is not a terminal here)")

// runProgram runs the Bubble Tea program until the coach quits.
func runProgram(cfg tui.Config) error {
	if !term.IsTerminal(os.Stdout.Fd()) {
		return errNoTerminal
	}
	p := tea.NewProgram(tui.New(cfg))
	if _, err := p.Run(); err != nil {
		return fmt.Errorf("cannot run in this terminal: %w", err)
	}
	return nil
}
