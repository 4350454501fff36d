package store

import (
	"context"
	"fmt"
	"time"

	"github.com/gofrs/flock"

	"partnercoach/internal/paths"
)

// LockFile takes the lock file at path, waiting up to lockWait for another
// process that holds it, and returns the function that releases it. The
// folder must exist. A lock file that is there but is not a regular file
// is refused (see checkLockFile). When the wait runs out, the error says
// that another partnercoach has been busy for that long, doing what
// busy says ("changing the newcomer list").
func LockFile(path, busy string) (func(), error) {
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
		return nil, fmt.Errorf("another partnercoach has been %s for %v (it holds %s); nothing was changed: try again when it is done", busy, lockWait, path)
	}
	return func() { lk.Unlock() }, nil
}
