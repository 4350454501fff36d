package settings

import (
	"testing"
	"time"

	"partnercoach/around/fees"

	"github.com/charmbracelet/x/exp/golden"
)

func TestYAMLOfTheDefaults(t *testing.T) {
	golden.RequireEqual(t, Default().YAML())
}

func TestYAMLReadsBackTheSame(t *testing.T) {
	tests := []Settings{
		Default(),
		{Warn: 90 * time.Second, Notify: false, Silent: true, Fees: fees.Fees{First: 3050, Later: 5}, Coach: `Zoë "Z" O'Brien \ co`,
			Script: "followup", Colours: ColoursNone, WindowTitle: true, Progress: ProgressOff},
		{Warn: time.Hour, Fees: fees.Fees{First: 0, Later: 99999999}, Coach: "#1 coach: yes", Script: "null", Colours: ColoursDark, Progress: ProgressOn},
		{Warn: 20 * time.Second, Script: "010", Colours: ColoursLight, Progress: ProgressAuto},
		{Warn: time.Second, Script: "true", Colours: ColoursAuto, Progress: ProgressAuto},
		{Warn: time.Hour + 20*time.Second, Script: "a-1", Colours: ColoursAuto, Progress: ProgressOff},
	}
	for _, want := range tests {
		got, err := Parse("s.yaml", want.YAML())
		if err != nil || got != want {
			t.Errorf("Parse(YAML()) = %+v, %v; want %+v from\n%s", got, err, want, want.YAML())
		}
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		2 * time.Minute: "2m", 90 * time.Second: "1m30s", 20 * time.Second: "20s", time.Hour: "1h",
		time.Hour + 10*time.Minute: "1h10m", 10*time.Minute + 10*time.Second: "10m10s", 500 * time.Millisecond: "500ms",
	} {
		if got := formatDuration(d); got != want {
			t.Errorf("formatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
