//go:build !windows

package main

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"partnercoach/tui"
)

// watchContinued tells the full screen each time the process is continued
// after a stop (SIGCONT), so that it takes the terminal again (see
// tui.Continued). The stop itself keeps its default action. It returns the
// function that stops watching.
func watchContinued(p *tea.Program) func() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGCONT)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-sig:
				p.Send(tui.Continued{})
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
