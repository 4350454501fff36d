package tui

import (
	"strings"
	"testing"
	"time"
)

// The frame benchmarks draw what a coach sees during a call, once a
// second as a running turn redraws it: each frame is drawn one second of
// session time after the one before, so that what a second changes (the
// time left, the bar, the minutes) is drawn again and what it does not
// change may be kept. A run of frames stays in one stretch of the turn
// (benchFrames): past it, the benchmark starts again from a fresh screen,
// off the clock.

// benchFrames is how many seconds of a turn a run of frames draws before
// it starts again: four minutes, which keep a turn started half a minute
// before within its first segment of five.
const benchFrames = 240

// benchFrame draws frames of a screen that open sets up, a second apart.
func benchFrame(b *testing.B, open func() *harness) {
	h := open()
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		if n == benchFrames {
			b.StopTimer()
			h, n = open(), 0
			b.StartTimer()
		}
		h.clock.Add(time.Second)
		_ = h.m.View()
		n++
	}
}

// runningTurn opens the coach's turn of a first session (15 minutes in
// three segments of five) at a size, starts it, lets it run for so long
// within its first segment, and presses the keys.
func runningTurn(b *testing.B, w, h int, after time.Duration, keys ...string) *harness {
	hs := newHarness(b, "first", w, h)
	hs.toStep("My turn")
	hs.keys("space")
	hs.tick(after)
	hs.keys(keys...)
	return hs
}

// warningTurn is runningTurn's turn at its warning, two minutes before
// its end: each segment's check-in answered, 13 minutes run.
func warningTurn(b *testing.B) *harness {
	hs := runningTurn(b, 100, 30, 5*time.Minute, "space")
	hs.tick(5 * time.Minute)
	hs.keys("space")
	hs.tick(3 * time.Minute)
	return hs
}

// BenchmarkRenderFrame measures one frame of a running turn in a 100×30
// terminal, in the calm stretch where the large clock shows minutes.
func BenchmarkRenderFrame(b *testing.B) {
	benchFrame(b, func() *harness { return runningTurn(b, 100, 30, 30*time.Second) })
}

// BenchmarkRenderFrameWarning measures one frame of a turn's last two
// minutes and the overtime after them, where the large clock counts
// seconds and a banner is up.
func BenchmarkRenderFrameWarning(b *testing.B) {
	benchFrame(b, func() *harness { return warningTurn(b) })
}

// BenchmarkRenderFrameNarrow measures one frame of a running turn in an
// 80×24 terminal, where the agenda is not beside the step.
func BenchmarkRenderFrameNarrow(b *testing.B) {
	benchFrame(b, func() *harness { return runningTurn(b, 80, 24, 30*time.Second) })
}

// BenchmarkRenderCards measures one frame of a reference card open over
// a running turn (the coach reads it while the time goes on).
func BenchmarkRenderCards(b *testing.B) {
	benchFrame(b, func() *harness { return runningTurn(b, 100, 30, 30*time.Second, "c", "enter") })
}

// BenchmarkRenderCardList measures one frame of the list of reference
// cards over a running turn.
func BenchmarkRenderCardList(b *testing.B) {
	benchFrame(b, func() *harness { return runningTurn(b, 100, 30, 30*time.Second, "c") })
}

// BenchmarkTick measures one tick of a running turn: bringing the session
// up to date and making the command for the next wake, without drawing.
func BenchmarkTick(b *testing.B) {
	h := newHarness(b, "first", 100, 30)
	h.toStep("My turn")
	h.keys("space")
	s := h.m.screen.(*sessionModel)
	s.tick = tickCmd // the real wake command is made, though not waited on
	b.ReportAllocs()
	for b.Loop() {
		h.clock.Add(time.Millisecond)
		_, _ = h.m.Update(tickMsg{gen: s.gen})
	}
}

// BenchmarkRenderCoachLog measures one frame of the coach log's form in
// a 100×30 terminal, beside the step table: the recommendation's page,
// what the newcomer would learn being typed.
func BenchmarkRenderCoachLog(b *testing.B) {
	benchFrame(b, func() *harness {
		hs := newHarness(b, "first", 100, 30)
		hs.keys("S") // the call starts: the session is held, and asked the recommendation
		hs.tick(50 * time.Minute)
		hs.keys("E", "right", "enter", "enter", "enter", "enter", "t", "o", " ", "l", "i", "s", "t", "e", "n")
		if !strings.Contains(hs.screen(), "What would they learn") || !strings.Contains(hs.screen(), "to listen") {
			b.Fatalf("not the coach log's recommendation:\n%s", hs.screen())
		}
		return hs
	})
}
