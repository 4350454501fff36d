package session

import (
	"fmt"
	"time"

	"partnercoach/timer"
)

// Note writes the desktop notification of an alert event, in one place
// for every front end, because what a notification says is a matter of
// privacy: it names the turn by its role (ev.Turn is "Coach's turn" or
// "Newcomer's turn") and the time, never the newcomer. resume says how
// the coach starts the next segment, such as "press space". The end of a
// turn is urgent unless the run is silent. The turn's end is said in
// wall-clock time (ev.Ends), real even in a rehearsal. Events that are no alerts give
// the zero Note.
func (ev Event) Note(silent bool, resume string) timer.Note {
	var n timer.Note
	switch ev.Kind {
	case SegmentDone:
		n.Title = fmt.Sprintf("%s: segment %d of %d done", ev.Turn, ev.Segment, ev.Segments)
		n.Body = "Time to check in. The timer is paused until you " + resume + "."
	case WarningDue:
		n.Title = fmt.Sprintf("%s: %s", ev.Turn, LeftPhrase(ev.Left))
		ends := ev.Ends
		if ends.IsZero() {
			ends = ev.At.Add(ev.Left)
		}
		n.Body = "The turn ends at " + ends.Format("15:04") + "."
	case TurnEnded:
		n.Title = ev.Turn + ": time is up"
		n.Body = "Overtime now counts up."
		n.Urgent = !silent
	}
	return n
}

// LeftPhrase says how much time is left in words: "2 minutes left",
// "1 minute left", or "1:30 left".
func LeftPhrase(d time.Duration) string {
	switch {
	case d == time.Minute:
		return "1 minute left"
	case d > 0 && d%time.Minute == 0:
		return fmt.Sprintf("%d minutes left", d/time.Minute)
	}
	d = (d + time.Second - 1).Truncate(time.Second)
	return fmt.Sprintf("%d:%02d left", d/time.Minute, d%time.Minute/time.Second)
}
