package safefile

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

// ErrBusy is what the error of LockFile wraps when the wait ran out:
// another partnercoach held the lock all along, and trying again later
// is the answer.
var ErrBusy = errors.New("another partnercoach holds the lock")

// busyError says what the other partnercoach has been busy with; it
// unwraps to ErrBusy.
type busyError struct{ msg string }

func (e *busyError) Error() string { return e.msg }
func (e *busyError) Unwrap() error { return ErrBusy }

// LockFile takes the lock file at path, waiting up to wait for another
// process that holds it, and returns the function that releases it. The
// folder must exist. A lock file that is there but is not a regular file
// is refused (see checkLockFile). When the wait runs out, the error says
// that another partnercoach has been busy for that long, doing what
// busy says ("changing the newcomer list").
func LockFile(path, busy string, wait time.Duration) (func(), error) {
	lk, err := lockOf(path)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	ok, err := lk.TryLockContext(ctx, 10*time.Millisecond)
	if err != nil && ctx.Err() == nil {
		return nil, fmt.Errorf("cannot lock %s: %w", path, err)
	}
	if !ok {
		return nil, &busyError{fmt.Sprintf("another partnercoach has been %s for %v (it holds %s); nothing was changed: try again when it is done", busy, wait, path)}
	}
	return func() { lk.Unlock() }, nil
}

// TryLock takes the lock file at path if no other process holds it, and
// returns the function that releases it; ok is false, with no error, when
// another process holds it. The folder must exist; a lock file that is
// not a regular file is refused, as LockFile refuses it.
func TryLock(path string) (unlock func() error, ok bool, err error) {
	lk, err := lockOf(path)
	if err != nil {
		return nil, false, err
	}
	ok, err = lk.TryLock()
	if err != nil {
		return nil, false, fmt.Errorf("cannot lock %s: %w", path, err)
	}
	if !ok {
		return nil, false, nil
	}
	return lk.Unlock, true, nil
}

// lockOf checks the lock file at path and returns its lock.
func lockOf(path string) (*flock.Flock, error) {
	if err := checkLockFile(path); err != nil {
		return nil, err
	}
	return flock.New(path, flock.SetPermissions(paths.FileMode)), nil
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
