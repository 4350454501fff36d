package script

import (
	"testing"
	"time"
)

func TestDurationStringReadsBack(t *testing.T) {
	tests := map[time.Duration]string{
		0:                                    "0s",
		10 * time.Second:                     "10s",
		90 * time.Second:                     "1m30s",
		15 * time.Minute:                     "15m",
		20 * time.Minute:                     "20m",
		time.Hour:                            "1h",
		time.Hour + 10*time.Minute:           "1h10m",
		1500 * time.Millisecond:              "1.5s",
		2*time.Minute + 500*time.Millisecond: "2m0.5s",
	}
	for d, want := range tests {
		got := Duration(d).String()
		if got != want {
			t.Errorf("Duration(%v).String() = %q, want %q", d, got, want)
		}
		back, err := ParseDuration(got)
		if err != nil || back != d {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", got, back, err, d)
		}
	}
}
