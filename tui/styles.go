package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles holds every style the screens use, built once for the terminal's
// background. Colours fall away by themselves where the terminal has none
// or NO_COLOR is set; the layout never depends on colour alone.
type Styles struct {
	App        lipgloss.Style
	Title      lipgloss.Style
	Muted      lipgloss.Style
	Rule       lipgloss.Style
	StepHead   lipgloss.Style
	Role       lipgloss.Style
	Clock      lipgloss.Style
	ClockWarn  lipgloss.Style
	ClockOver  lipgloss.Style
	Paused     lipgloss.Style
	Banner     lipgloss.Style
	BannerWarn lipgloss.Style
	Selected   lipgloss.Style
	Done       lipgloss.Style
	Current    lipgloss.Style
	Status     lipgloss.Style
	Error      lipgloss.Style
	Help       help.Styles
	isDark     bool
	plain      bool // the terminal shows no colour: NO_COLOR, or none at all
}

// NewStyles builds the styles for a dark or a light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B7A6FF"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
	warn := ld(lipgloss.Color("#A05A00"), lipgloss.Color("#FFB454"))
	over := ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF6B6B"))
	good := ld(lipgloss.Color("#1E7A3C"), lipgloss.Color("#6BD68E"))
	return Styles{
		Title:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		Muted:      lipgloss.NewStyle().Foreground(muted),
		Rule:       lipgloss.NewStyle().Foreground(muted),
		StepHead:   lipgloss.NewStyle().Bold(true),
		Role:       lipgloss.NewStyle().Foreground(accent),
		Clock:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		ClockWarn:  lipgloss.NewStyle().Bold(true).Foreground(warn),
		ClockOver:  lipgloss.NewStyle().Bold(true).Foreground(over),
		Paused:     lipgloss.NewStyle().Foreground(muted),
		Banner:     lipgloss.NewStyle().Bold(true).Reverse(true).Padding(0, 1),
		BannerWarn: lipgloss.NewStyle().Bold(true).Reverse(true).Foreground(warn).Padding(0, 1),
		Selected:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		Done:       lipgloss.NewStyle().Foreground(good),
		Current:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Status:     lipgloss.NewStyle().Foreground(muted),
		Error:      lipgloss.NewStyle().Foreground(over),
		Help:       help.DefaultStyles(isDark),
		isDark:     isDark,
	}
}
