package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"partnercoach/internal/paths"
)

// lockWait is how long a change under a lock (of the newcomer list, of the
// calendar's export) waits for another process to finish its own.
const lockWait = 10 * time.Second

// lockNewcomers takes the lock file that guards the newcomer list and
// returns the function that releases it.
func lockNewcomers() (func(), error) {
	if err := paths.Ensure(paths.DataDir()); err != nil {
		return nil, err
	}
	return LockFile(newcomersLockPath(), "changing the newcomer list")
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
