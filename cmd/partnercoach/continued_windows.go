package main

import tea "charm.land/bubbletea/v2"

// watchContinued does nothing on Windows, where a process is not stopped
// and continued from its terminal.
func watchContinued(*tea.Program) func() { return func() {} }
