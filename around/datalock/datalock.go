package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"partnercoach/internal/paths"
)

// lockWait is how long a change to the data folder waits for another
// process to finish its own. A change holds the lock for the time of one
// read, one decision and one write: milliseconds, or a second with tens of
// thousands of records. Tests shorten it.
var lockWait = 10 * time.Second

// DataLockPath is the lock file that guards every change of the data
// folder: a record saved or corrected, the newcomer list and its
// appointments, a newcomer forgotten, an export written.
func DataLockPath() string { return filepath.Join(paths.DataDir(), "data.lock") }

// lockData takes the one lock over the data folder and returns the
// function that releases it. Every read-modify-write of the records, the
// newcomer list or the appointments, and every forget, happens under it,
// so that two processes never lose each other's changes and a forgotten
// newcomer is never written back. It waits up to lockWait for another
// process, then says which file it is waiting on. The lock is held per
// open file, so a process must not take it twice: the functions that run
// under it call one another's unlocked forms.
func lockData() (func(), error) {
	if err := paths.Ensure(paths.DataDir()); err != nil {
		return nil, err
	}
	return LockFile(DataLockPath(), "changing your records or newcomer list")
}

// underLock runs f with the data lock held.
func underLock(f func() error) error {
	unlock, err := lockData()
	if err != nil {
		return err
	}
	defer unlock()
	return f()
}

// checkLockFile refuses a lock file that is there but is not a regular
// file. Locking opens the file with O_CREATE, which would follow a
// symbolic link and create its target wherever it points, or block on a
// FIFO; so a lock file that is anything else is refused, with a message.
func checkLockFile(path string) error {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot lock %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("cannot lock %s: it %s, not a regular file; partnercoach does not lock through it (remove it, and partnercoach makes a new one)", path, describeMode(info.Mode()))
	}
	return nil
}
