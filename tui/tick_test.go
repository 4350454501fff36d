package tui

import (
	"testing"
	"time"
)

func TestNextBoundary(t *testing.T) {
	a := base
	tests := []struct {
		now, want time.Duration
	}{
		{0, time.Second},
		{300 * time.Millisecond, time.Second},
		{time.Second, 2 * time.Second},
		{-300 * time.Millisecond, 0},
		{-time.Second, 0},
	}
	for _, tc := range tests {
		if got := nextBoundary(a, a.Add(tc.now)).Sub(a); got != tc.want {
			t.Errorf("nextBoundary at %v = %v, want %v", tc.now, got, tc.want)
		}
	}
}
