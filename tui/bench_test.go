package tui

import (
	"testing"
	"time"
)

// BenchmarkRenderFrame measures drawing one frame of a running turn in a
// 100×30 terminal.
func BenchmarkRenderFrame(b *testing.B) {
	h := newHarness(b, "first", 100, 30)
	h.toStep("My turn")
	h.keys("space")
	h.clock.Add(90 * time.Second)
	b.ReportAllocs()
	for b.Loop() {
		_ = h.m.View()
	}
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
