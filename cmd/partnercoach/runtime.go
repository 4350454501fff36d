package main

import (
	"os"
	"runtime"
	"runtime/debug"
)

// gcPercent is the garbage collector's target for partnercoach. Its live
// heap is about 1.5 MB and, while a turn runs, it allocates about 100 KB a
// second, one frame's worth. Go's default (100) lets the heap grow to at
// least 4 MB before collecting, and those pages stay resident; at 25 the
// heap stays near 2 MB, which keeps the program under its 6 MB of private
// memory, for a collection every several seconds that costs well under a
// millisecond (BENCHMARKS.md has the figures).
const gcPercent = 25

// procs is how many threads may run Go code at once. partnercoach does one
// thing at a time: a second, idle processor only means that every hand-off
// between goroutines (the tick, the update, the renderer) may wake another
// thread. With one, an idle second costs a third of the context switches
// and a quarter less CPU (BENCHMARKS.md). Blocking system calls, such as
// writing the autosave or a notification that hangs, still get threads of
// their own.
const procs = 1

// tuneRuntime sets the collector's target and the number of processors,
// unless the GOGC or GOMAXPROCS variable sets its own. main calls it
// first; the tests of this package keep Go's defaults.
func tuneRuntime() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(procs)
	}
}
