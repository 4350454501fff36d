package store

import (
	"context"
	"fmt"
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
