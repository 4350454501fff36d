// Command bareloop is the least a terminal countdown can cost: it wakes
// once a second and rewrites one line with the time left, nothing else.
// bench/idle-side-by-side.sh runs it beside partnercoach, in the same
// terminal size and the same measuring window, as the yardstick for
// partnercoach's idle cost (BENCHMARKS.md).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	end := time.Now().Add(15 * time.Minute)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for now := range tick.C {
		left := end.Sub(now).Round(time.Second)
		fmt.Fprintf(os.Stdout, "\r%02d:%02d left ", int(left.Minutes()), int(left.Seconds())%60)
	}
}
