package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles holds every style the screens use, in groups by what they draw,
// built once for the terminal's background. Colours fall away by
// themselves where the terminal has none or NO_COLOR is set; the layout
// never depends on colour alone.
type Styles struct {
	// Text is the styles of words.
	Text struct {
		Title   lipgloss.Style // a screen's title
		Heading lipgloss.Style // a step's title, a list's heading
		Muted   lipgloss.Style // what matters less: plans, hints, cues
		Role    lipgloss.Style // who focuses and listens; the cards' marks
		Error   lipgloss.Style // a problem that lasts, a wrong answer
		Cursor  lipgloss.Style // the cursor in text drawn by the screen itself
	}
	// Rule is the line under a header.
	Rule lipgloss.Style
	// Timer is the colour of a turn's time by its phase: running calm,
	// in the warning, over, or not running.
	Timer struct {
		Calm, Warning, Over, Paused lipgloss.Style
	}
	// Banner is an alert across the screen: news, or a warning (and a
	// question asked before something is done).
	Banner struct {
		Info, Warning lipgloss.Style
	}
	// List is the marks of a list: the selected entry, one done, the
	// current step in the agenda.
	List struct {
		Selected, Done, Current lipgloss.Style
	}
	// Help is the footer's help.
	Help help.Styles

	isDark   bool
	noColour bool // the terminal shows no colour: NO_COLOR, or none at all
}

// NewStyles builds the styles for a dark or a light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B7A6FF"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
	warn := ld(lipgloss.Color("#A05A00"), lipgloss.Color("#FFB454"))
	over := ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF6B6B"))
	good := ld(lipgloss.Color("#1E7A3C"), lipgloss.Color("#6BD68E"))
	var s Styles
	s.Text.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Text.Heading = lipgloss.NewStyle().Bold(true)
	s.Text.Muted = lipgloss.NewStyle().Foreground(muted)
	s.Text.Role = lipgloss.NewStyle().Foreground(accent)
	s.Text.Error = lipgloss.NewStyle().Foreground(over)
	s.Text.Cursor = lipgloss.NewStyle().Reverse(true)
	s.Rule = lipgloss.NewStyle().Foreground(muted)
	s.Timer.Calm = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Timer.Warning = lipgloss.NewStyle().Bold(true).Foreground(warn)
	s.Timer.Over = lipgloss.NewStyle().Bold(true).Foreground(over)
	s.Timer.Paused = lipgloss.NewStyle().Foreground(muted)
	s.Banner.Info = lipgloss.NewStyle().Bold(true).Reverse(true).Padding(0, 1)
	s.Banner.Warning = lipgloss.NewStyle().Bold(true).Reverse(true).Foreground(warn).Padding(0, 1)
	s.List.Selected = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.List.Done = lipgloss.NewStyle().Foreground(good)
	s.List.Current = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Help = help.DefaultStyles(isDark)
	s.isDark = isDark
	return s
}
