package datalock

import "time"

// SetWait shortens how long a change waits for the lock, for a test,
// and returns the function that puts it back.
func SetWait(d time.Duration) func() {
	was := wait
	wait = d
	return func() { wait = was }
}
