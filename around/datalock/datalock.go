// Package datalock keeps the one lock over the data folder. Every
// read-modify-write of the records, the newcomer list and its
// appointments, or the list of files written where the coach asked, and
// every forget, happens under it, so that two processes never lose each
// other's changes and a forgotten newcomer is never written back.
//
// The lock is held per open file, so a process must not take it twice: a
// function that must run under a lock its caller took asks for a *Held,
// which only With gives.
package datalock

import (
	"path/filepath"
	"time"

	"partnercoach/internal/paths"
	"partnercoach/internal/safefile"
)

// wait is how long a change to the data folder waits for another process
// to finish its own. A change holds the lock for the time of one read,
// one decision and one write: milliseconds, or a second with tens of
// thousands of records. Tests shorten it.
var wait = 10 * time.Second

// lockPath is the lock file that guards every change of the data folder: a
// record saved or corrected, the newcomer list and its appointments, a
// newcomer forgotten, an export written.
func lockPath() string { return filepath.Join(paths.DataDir(), "data.lock") }

// Held stands for the data lock, held by the caller of a function that
// takes it; With gives it to the function it runs.
type Held struct{ _ struct{} }

// With runs f with the data lock held. It waits up to ten seconds for
// another process, then says which file it is waiting on.
func With(f func(*Held) error) error {
	if err := paths.Ensure(paths.DataDir()); err != nil {
		return err
	}
	unlock, err := safefile.LockFile(lockPath(), "changing your records or newcomer list", wait)
	if err != nil {
		return err
	}
	defer unlock()
	return f(&Held{})
}
