package tui

// Stopped writes the session as it is and says what became of it, once
// the program has returned: stopped from outside (a SIGINT delivered as a
// signal, the program killed), or quit by the coach with autosaves perhaps
// still on their way; see app.Core.SaveAtStop.
func (m *Model) Stopped() string { return m.core.SaveAtStop() }
