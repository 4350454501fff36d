// Package autosave keeps the live session safe while it runs: the lock
// that lets one process at a time run a session, the autosave written
// after every change, a rehearsal set aside while a session in real time
// runs, and the session brought back from the autosave after a crash.
// When the session ends, its record is written (see around/records) and
// the autosave removed. See docs/autosave.md.
package autosave
