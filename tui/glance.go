package tui

import (
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
)

// meterStates are the progress states of Bubble Tea (the OSC 9;4
// sequence's: 1 normal, 4 warning, 2 error) of each app.Meter.
var meterStates = map[app.Meter]tea.ProgressBarState{
	app.MeterNormal:  tea.ProgressBarDefault,
	app.MeterWarning: tea.ProgressBarWarning,
	app.MeterOver:    tea.ProgressBarError,
}

// glance sets what the view shows outside the window, as the core reads
// the session (app.Beacon): the terminal's title and the progress of its
// tab or taskbar, each only where the options ask for it. Bubble Tea
// writes them to the terminal only when they change, so a screen that
// does not change writes nothing; no progress (nil) clears it, and so
// does the end of the program.
func (m *Model) glance(v *tea.View) {
	if !m.opts.WindowTitle && !m.opts.Progress {
		return
	}
	b := m.core.Beacon(m.core.Clock().Now())
	if m.opts.WindowTitle {
		v.WindowTitle = b.WindowTitle()
	}
	if meter, pct := b.Meter(); m.opts.Progress && meter != app.MeterOff {
		v.ProgressBar = tea.NewProgressBar(meterStates[meter], pct)
	}
}
