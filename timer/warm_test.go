package timer

import (
	"sync/atomic"
	"testing"
	"time"
)

var _ Warmer = (*Desktop)(nil)

func TestWarmConnectsOnceInTheBackground(t *testing.T) {
	var calls atomic.Int32
	release := make(chan struct{})
	connected := make(chan struct{}, 4)
	d := &Desktop{hasBus: withBus, connect: func() {
		calls.Add(1)
		<-release // a bus that takes its time must not hold up Warm
		connected <- struct{}{}
	}}
	start := time.Now()
	for range 3 {
		d.Warm()
	}
	if took := time.Since(start); took > 100*time.Millisecond {
		t.Errorf("Warm blocked for %v while the bus had not answered", took)
	}
	close(release)
	select {
	case <-connected:
	case <-time.After(time.Second):
		t.Fatal("Warm did not connect within a second")
	}
	select {
	case <-connected:
		t.Errorf("Warm connected %d times, want once", calls.Load())
	case <-time.After(50 * time.Millisecond):
	}
}

func TestWarmWithoutABusDoesNothing(t *testing.T) {
	var calls atomic.Int32
	d := &Desktop{hasBus: func() bool { return false }, connect: func() { calls.Add(1) }}
	d.Warm()
	time.Sleep(20 * time.Millisecond) // a connect would have been started by now
	if n := calls.Load(); n != 0 {
		t.Errorf("connect called %d times without a bus, want 0", n)
	}
}
