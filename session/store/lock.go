package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/gofrs/flock"

	"partnercoach/internal/paths"
)

// lockWait is how long a change to the newcomer list waits for another
// process to finish its own.
const lockWait = 10 * time.Second

// lockNewcomers takes the lock file that guards the newcomer list and
// returns the function that releases it.
func lockNewcomers() (func(), error) {
	if err := paths.Ensure(paths.DataDir()); err != nil {
		return nil, err
	}
	path := newcomersLockPath()
	if err := checkLockFile(path); err != nil {
		return nil, err
	}
	lk := flock.New(path, flock.SetPermissions(paths.FileMode))
	ctx, cancel := context.WithTimeout(context.Background(), lockWait)
	defer cancel()
	ok, err := lk.TryLockContext(ctx, 10*time.Millisecond)
	if err != nil && ctx.Err() == nil {
		return nil, fmt.Errorf("cannot lock %s: %w", path, err)
	}
	if !ok {
		return nil, fmt.Errorf("another partnercoach has been changing the newcomer list for %v (it holds %s); try again when it is done", lockWait, path)
	}
	return func() { lk.Unlock() }, nil
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
