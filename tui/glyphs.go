package tui

// The glyphs the screens draw, named for what they mean. They are the
// only non-letters a coach must learn to read.
const (
	glyphCurrent  = "▶" // the agenda's step on show
	glyphDone     = "✓" // a step done
	glyphRan      = "●" // a step whose turn ran
	glyphSkipped  = "↷" // a step passed by
	glyphProblem  = "⚠" // a problem, or an alert raised elsewhere
	glyphAnswer   = "✦" // an answer given for the turn
	glyphSelected = "›" // the entry selected
	glyphNote     = "✎" // a note kept
	glyphPoint    = "•" // a talking point
	glyphAbove    = "↑" // lines above, out of view
	glyphBelow    = "↓" // lines below, out of view
)
