package tui

import (
	"io"

	tea "charm.land/bubbletea/v2"
)

// Continued tells the full screen that its process was stopped (a SIGTSTP
// or a SIGSTOP) and has been continued. While it was stopped, the shell
// took the terminal back: it may have put it in line mode, where keys
// wait for Enter and are echoed, and written over the screen ("Stopped").
// The front end that runs the program sends it on SIGCONT.
type Continued struct{}

// retake is Continued's answer: Bubble Tea gives the terminal back and
// takes it again, in raw mode and on the alternate screen, as around a
// program run with tea.Exec (there is none: retakeTerminal runs nothing),
// then clears the screen so that the whole frame is drawn anew.
func retake() tea.Cmd {
	return tea.Sequence(tea.Exec(retakeTerminal{}, nil), tea.ClearScreen)
}

// retakeTerminal is the tea.ExecCommand that runs nothing.
type retakeTerminal struct{}

// Run runs nothing.
func (retakeTerminal) Run() error { return nil }

// SetStdin does nothing: nothing reads.
func (retakeTerminal) SetStdin(io.Reader) {}

// SetStdout does nothing: nothing writes.
func (retakeTerminal) SetStdout(io.Writer) {}

// SetStderr does nothing: nothing writes.
func (retakeTerminal) SetStderr(io.Writer) {}
