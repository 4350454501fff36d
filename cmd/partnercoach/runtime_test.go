package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// restoreRuntime puts back the processor count and collector target.
func restoreRuntime(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	gc := debug.SetGCPercent(100)
	debug.SetGCPercent(gc)
	t.Cleanup(func() {
		runtime.GOMAXPROCS(procs)
		debug.SetGCPercent(gc)
	})
}

func TestTuneRuntime(t *testing.T) {
	restoreRuntime(t)
	t.Setenv("GOGC", "")
	t.Setenv("GOMAXPROCS", "")
	runtime.GOMAXPROCS(4)
	debug.SetGCPercent(100)
	tuneRuntime()
	if got := runtime.GOMAXPROCS(0); got != procs {
		t.Errorf("GOMAXPROCS %d, want %d", got, procs)
	}
	if got := debug.SetGCPercent(100); got != gcPercent {
		t.Errorf("GC percent %d, want %d", got, gcPercent)
	}
}

func TestTuneRuntimeLeavesTheVariablesAlone(t *testing.T) {
	restoreRuntime(t)
	t.Setenv("GOGC", "80")
	t.Setenv("GOMAXPROCS", "3")
	runtime.GOMAXPROCS(3)
	debug.SetGCPercent(80)
	tuneRuntime()
	if got := runtime.GOMAXPROCS(0); got != 3 {
		t.Errorf("GOMAXPROCS %d, want the variable's 3", got)
	}
	if got := debug.SetGCPercent(100); got != 80 {
		t.Errorf("GC percent %d, want the variable's 80", got)
	}
}
