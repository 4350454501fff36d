package texttest

import (
	"fmt"
	"testing"
)

// Recorder is a testing.TB that keeps what a check says with Errorf
// instead of failing, so that a test of the check can read it.
type Recorder struct {
	testing.TB
	// Said is every message, in order.
	Said []string
}

// Helper implements testing.TB.
func (r *Recorder) Helper() {}

// Errorf implements testing.TB: it keeps the message.
func (r *Recorder) Errorf(format string, args ...any) {
	r.Said = append(r.Said, fmt.Sprintf(format, args...))
}
