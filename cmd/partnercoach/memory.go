package main

import (
	"os"
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

// init sets the collector's target, unless the GOGC variable sets its own.
func init() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}
