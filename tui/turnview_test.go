package tui

import (
	"partnercoach/app"
	"testing"
	"time"
)

func TestJoinFit(t *testing.T) {
	if got := joinFit([]string{"aa", "bb", "cc"}, 8); got != "aa · bb\ncc" {
		t.Fatalf("joinFit = %q", got)
	}
}

// TestProgressBarKeptIsTheBarDrawnAtItsFraction checks that a progress bar
// kept for its width and filled cells is the very bar bubbles draws at the
// turn's fraction, for every width a screen gives it and every second of a
// turn, overtime included.
func TestProgressBarKeptIsTheBarDrawnAtItsFraction(t *testing.T) {
	length := 15 * time.Minute
	for width := 0; width <= 80; width += 7 {
		for left := length + time.Second; left >= -time.Minute; left -= time.Second {
			r := app.TurnReading{Length: length, Left: left}
			frac := min(max(float64(length-left)/float64(length), 0), 1)
			want := newBar(max(min(width-2, 60), 10)).ViewAs(frac)
			if got := drawBar(barKeyOf(r, width)); got != want {
				t.Fatalf("width %d, %v left: kept bar %q, drawn %q", width, left, got, want)
			}
		}
	}
}
