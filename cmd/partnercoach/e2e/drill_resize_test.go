//go:build linux

package e2e_test

import (
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// stormSizes returns n window sizes for the resize storm: the four corners
// of the range first (1×1, 300×100, 1×100, 300×1), then random ones from
// 1×1 to 300×100.
func stormSizes(rng *rand.Rand, n int) [][2]int {
	sizes := [][2]int{{1, 1}, {300, 100}, {1, 100}, {300, 1}}
	for len(sizes) < n {
		sizes = append(sizes, [2]int{1 + rng.IntN(300), 1 + rng.IntN(100)})
	}
	return sizes
}

// TestDrillResizeStorm sends 200 window sizes from 1×1 to 300×100 during
// a running turn at normal speed, then goes back to 100×30: the program is
// still running, and the countdown reads what the wall clock says, to
// within a second.
//
// tmux 3.3a, with the status line off, takes every size down to 1×1
// (resize-window refuses 0 with "width too small"), and the test checks
// that each size asked for is the size tmux gave. But tmux passes a pane's
// resizes on to the program at most one per 250 ms, the first and the last
// of a burst, so the storm through tmux reaches the program as a handful of
// sizes. The same 200 sizes are then set on the pane's terminal directly,
// 5 ms apart, which the program does see one by one. With PC_DRILL_FULL=1
// (bench/drill-resize.sh) the storm through tmux is paced at 260 ms a size
// instead, so that tmux itself delivers all 200: about a minute.
func TestDrillResizeStorm(t *testing.T) {
	e2e.Drill(t)
	begun := time.Now()
	term := startSession(t, nil, "run", "first", "--no-notify", "--silent")
	toCoachTurn(t, term)
	term.Send("Space")
	now := turnLeft(term.WaitForText(3*time.Second, "running · segment 1 of 3"))
	left0, at0 := term.WaitChange(3*time.Second, now, turnLeft)

	seed := uint64(time.Now().UnixNano())
	sizes := stormSizes(rand.New(rand.NewPCG(seed, 5)), 200)
	pace := time.Duration(0)
	if os.Getenv("PC_DRILL_FULL") == "1" {
		pace = 260 * time.Millisecond
	}
	viaTmux := stormThroughTmux(t, term, sizes, pace, seed)
	onPty := stormOnPty(t, term, sizes, seed)
	term.Resize(99, 30) // tmux's window is 100×30 already: make it resize
	term.Resize(100, 30)
	s := term.WaitForText(3*time.Second, "running · segment 1 of 3")
	if !term.Alive() {
		t.Fatalf("the program died after the storm (seed %d):\n%s", seed, term.ScreenAfterExit())
	}
	left1, at1 := term.WaitChange(3*time.Second, turnLeft(s), turnLeft)
	off := float64(left0-left1) - at1.Sub(at0).Seconds()
	if math.Abs(off) >= 1 {
		t.Fatalf("the countdown went from %d s to %d s in %.2f s of wall clock (seed %d)",
			left0, left1, at1.Sub(at0).Seconds(), seed)
	}
	term.Send("C-c")
	if code := term.WaitExit(e2e.ExitWait); code != 0 {
		t.Fatalf("exit status %d (seed %d):\n%s", code, seed, term.ScreenAfterExit())
	}
	if out := term.ScreenAfterExit(); strings.Contains(out, "panic") {
		t.Fatalf("the program panicked (seed %d):\n%s", seed, out)
	}
	t.Logf("resize storm: %d sizes through tmux in %.2f s (each given as asked) and on the terminal in %.2f s "+
		"(seed %d), 0 panics; countdown %d s → %d s in %.2f s of wall clock: off by %+.2f s; test wall time %.1f s",
		len(sizes), viaTmux.Seconds(), onPty.Seconds(), seed, left0, left1, at1.Sub(at0).Seconds(), off,
		time.Since(begun).Seconds())
}

// stormThroughTmux resizes the window to each size with resize-window,
// pace apart, checks that tmux gave each size as asked and that the program
// is still running every 50 sizes, and returns how long it took.
func stormThroughTmux(t *testing.T, term *e2e.Term, sizes [][2]int, pace time.Duration, seed uint64) time.Duration {
	t.Helper()
	start := time.Now()
	for i, size := range sizes {
		term.Resize(size[0], size[1])
		if w, h := term.Size(); w != size[0] || h != size[1] {
			t.Fatalf("size %d: asked tmux for %d×%d, got %d×%d", i+1, size[0], size[1], w, h)
		}
		if i%50 == 49 && !term.Alive() {
			t.Fatalf("the program died in the storm through tmux, by size %d (%d×%d; seed %d):\n%s",
				i+1, size[0], size[1], seed, term.ScreenAfterExit())
		}
		time.Sleep(pace)
	}
	return time.Since(start)
}

// stormOnPty sets each size on the pane's terminal directly, 5 ms apart,
// checks every 50 sizes that the program is still running, and returns how
// long it took.
func stormOnPty(t *testing.T, term *e2e.Term, sizes [][2]int, seed uint64) time.Duration {
	t.Helper()
	setSize := term.PtySizer()
	start := time.Now()
	for i, size := range sizes {
		err := setSize(size[0], size[1])
		time.Sleep(5 * time.Millisecond) // the pace of the storm, not a wait for a result
		if (err != nil || i%50 == 49) && !term.Alive() {
			t.Fatalf("the program died in the storm on the terminal, by size %d (%d×%d; seed %d):\n%s",
				i+1, size[0], size[1], seed, term.ScreenAfterExit())
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return time.Since(start)
}
