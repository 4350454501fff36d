//go:build linux

package e2e

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// processCPU is this process's CPU time, user and system, as getrusage
// gives it (to the microsecond).
func processCPU(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestReadUsageCountsCPUTime burns 100 ms of this process's CPU and checks
// that ReadUsage saw about as much as getrusage did. The work is measured
// in CPU time, not in wall time, so a busy machine only makes it slower.
func TestReadUsageCountsCPUTime(t *testing.T) {
	pid := os.Getpid()
	before, err := ReadUsage(pid)
	if err != nil {
		t.Fatal(err)
	}
	start := processCPU(t)
	n := 0
	for processCPU(t)-start < 100*time.Millisecond {
		for i := range 100000 {
			n += i ^ n
		}
	}
	burnt := processCPU(t) - start
	after, err := ReadUsage(pid)
	if err != nil {
		t.Fatal(err)
	}
	seen := after.CPU - before.CPU
	// Ticks of 10 ms, where there are no scheduler statistics, and the
	// test's own reads around the loop, allow a little either way.
	if seen < burnt-20*time.Millisecond || seen > burnt+50*time.Millisecond {
		t.Fatalf("ReadUsage saw %v of CPU time while getrusage saw %v burnt (n=%d)", seen, burnt, n)
	}
	if _, ok := runTime(pid); !ok {
		t.Log("no scheduler statistics here: CPU time is read in 10 ms ticks")
	}
}
