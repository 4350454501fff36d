package tui

// Stopped says what became of the session when the program was stopped
// from outside (a SIGINT delivered as a signal, the program killed)
// rather than quit by the coach; see app.Core.SaveAtStop. Call it once the
// program has returned.
func (m *Model) Stopped() string { return m.core.SaveAtStop() }
