package app

import (
	"fmt"
	"time"

	"partnercoach/notify"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// This file decides the alerts once for both front ends: which events are
// alerts, what each says on screen or aloud (AlertLine), what its desktop
// notification says (NotificationOf), and whether the bell rings.

// AlertKind is the kind of an alert: the end of a segment, the warning
// before a turn's end, or the end itself.
type AlertKind int

// The kinds of alert.
const (
	AlertCheckIn AlertKind = iota + 1
	AlertWarning
	AlertTimeUp
	// AlertStillPaused reminds of a pause that has waited on the coach
	// for timer.PauseRemind: quietly, never with the bell.
	AlertStillPaused
)

// kindOf returns the kind of alert an event is, and false for an event
// that is no alert.
func kindOf(ev session.Event) (AlertKind, bool) {
	switch ev.Kind {
	case session.SegmentDone:
		return AlertCheckIn, true
	case session.WarningDue:
		return AlertWarning, true
	case session.TurnEnded:
		return AlertTimeUp, true
	case session.StillPaused:
		return AlertStillPaused, true
	}
	return 0, false
}

// Alert is an alert event as decided for both front ends: the event, its
// kind, the line both front ends show or say for it, and the short title
// of its notification, which a screen shows while the alert's step is
// not on show.
type Alert struct {
	Event session.Event
	Kind  AlertKind
	Line  string
	Title string
}

// AlertLine words an alert event of a session, the same for both front
// ends: its turn named as TurnPhrase names it, with the turn's check-in
// prompt at a segment's end.
func AlertLine(s *session.Session, ev session.Event) string {
	k, ok := kindOf(ev)
	if !ok {
		return ""
	}
	phrase, checkIn := script.TurnPhrase(ev.Turn), ""
	if st, ok := stepWithTurn(s.Script(), ev.Step); ok {
		phrase, checkIn = TurnPhrase(s.Options(), st.Turn), st.Turn.CheckIn
	}
	if k == AlertStillPaused {
		return stillPausedLine(phrase, ev.Segment, ev.Segments, ev.Waited)
	}
	return alertLine(k, phrase, ev.Segment, ev.Segments, ev.Left, checkIn)
}

// stepWithTurn returns the step of a script with the given id, and false
// when there is none or it has no turn.
func stepWithTurn(sc *script.Script, id string) (script.Step, bool) {
	i := sc.StepIndex(id)
	if i < 0 || sc.Steps[i].Turn == nil {
		return script.Step{}, false
	}
	return sc.Steps[i], true
}

// alertLine words an alert of a turn, named inside the sentence by
// phrase ("the coach's turn"): done is the segment that ended, of
// segments; left is the time left at the warning.
func alertLine(k AlertKind, phrase string, done, segments int, left time.Duration, checkIn string) string {
	switch k {
	case AlertCheckIn:
		if checkIn == "" {
			checkIn = "Check in before going on."
		}
		return fmt.Sprintf("Segment %d of %d of %s is done. %s The timer is paused: %s starts segment %d.",
			done, segments, phrase, Sentence(checkIn), LetterOf(OnSession, CmdStartPause), done+1)
	case AlertWarning:
		return fmt.Sprintf("Warning: %s left in %s.", Spoken(left), phrase)
	case AlertTimeUp:
		return fmt.Sprintf("Time is up: %s is over.", phrase)
	}
	return ""
}

// stillPausedLine words the reminder of a pause that waits on the coach:
// done is the segments done, of segments; waited is how long it has
// waited (timer.PauseRemind when the reminder came on time).
func stillPausedLine(phrase string, done, segments int, waited time.Duration) string {
	start := LetterOf(OnSession, CmdStartPause)
	if done > 0 && done < segments {
		return fmt.Sprintf("The check-in of %s has waited %s: %s starts segment %d.", phrase, waitedWords(waited), start, done+1)
	}
	return fmt.Sprintf("%s has been paused for %s: %s goes on.", Capital(phrase), waitedWords(waited), start)
}

// waitedWords says how long a pause has waited, in whole minutes: the
// reminder's own lead (timer.PauseRemind) when none is known.
func waitedWords(waited time.Duration) string {
	return SpokenPast(max(waited, timer.PauseRemind).Truncate(time.Minute))
}

// Notification is one desktop notification. What it says is a matter of
// privacy: NotificationOf names the turn by its role and the time, never
// the newcomer.
type Notification = notify.Notification

// alertSlot is what the alerts' notifications replace: each takes the
// place of the one before it, within a turn and across turns, so that the
// desktop shows the latest alert and "time is up" never stacks on "2
// minutes left" (notify.Notification.Replaces).
const alertSlot = "partnercoach-alert"

// NotificationOf writes the desktop notification of an alert event, and
// reports false for an event that is no alert. sound is the run's Sound.
func NotificationOf(ev session.Event, sound bool) (Notification, bool) {
	n := Notification{Replaces: alertSlot}
	switch ev.Kind {
	case session.SegmentDone:
		n.Title = fmt.Sprintf("%s: segment %d of %d done", ev.Turn, ev.Segment, ev.Segments)
		n.Body = "Time to check in. The timer is paused until you start the next segment."
	case session.WarningDue:
		n.Title = fmt.Sprintf("%s: %s", ev.Turn, LeftPhrase(ev.Left))
		ends := ev.Ends // real wall-clock time, even in a rehearsal
		if ends.IsZero() {
			ends = ev.At.Add(ev.Left)
		}
		n.Body = "The turn ends at " + ends.Round(time.Minute).Format("15:04") + "." // 12:04:59 is about 12:05
	case session.TurnEnded:
		n.Title = ev.Turn + ": time is up"
		n.Body = "Overtime now counts up."
		n.Urgent, n.Sound = true, sound
	case session.StillPaused:
		n.Title = fmt.Sprintf("%s: paused %s", ev.Turn, waitedWords(ev.Waited))
		n.Body = "The turn waits for you. " + stillPausedLine(script.TurnPhrase(ev.Turn), ev.Segment, ev.Segments, ev.Waited)
	default:
		return Notification{}, false
	}
	return n, true
}

// alerts decides each alert among the events, once: the line on screen,
// the desktop notification when there is a notifier, and the bell. The
// run is quiet unless it asked for sound: then the bell rings with the
// end of a turn, and with every alert when no notification carries it.
func (c *Core) alerts(evs []session.Event) Effects {
	var e Effects
	for _, ev := range evs {
		a, n, ok := c.alertOf(ev)
		if !ok {
			continue
		}
		k := a.Kind
		e.Alerts = append(e.Alerts, a)
		if c.cfg.Notifier != nil {
			e.Jobs = append(e.Jobs, notifyJob(c.cfg.Notifier, n, k == AlertStillPaused))
		}
		if c.cfg.Sound && k != AlertStillPaused && (c.cfg.Notifier == nil || n.Urgent) {
			e.Bell = true // a reminder is always quiet
		}
	}
	return e
}

// alertOf is the alert an event makes on screen and its desktop
// notification, or false for an event that is no alert.
func (c *Core) alertOf(ev session.Event) (Alert, Notification, bool) {
	n, ok := NotificationOf(ev, c.cfg.Sound)
	if !ok {
		return Alert{}, Notification{}, false
	}
	k, _ := kindOf(ev)
	return Alert{Event: ev, Kind: k, Line: AlertLine(c.ses, ev), Title: n.Title}, n, true
}

// caughtUp alerts what fell due while the program was not running, when
// a session brought back is brought up to now. The coach who resumes is
// at the screen and the screen says how the session stands, so only the
// latest alert is shown, and on screen alone: no desktop notification
// and no bell for a warning or an end that passed minutes or days ago.
func (c *Core) caughtUp(evs []session.Event) Effects {
	for i := len(evs) - 1; i >= 0; i-- {
		if a, _, ok := c.alertOf(evs[i]); ok {
			return Effects{Alerts: []Alert{a}}
		}
	}
	return Effects{}
}

// notified records how a desktop notification went, or (probe) whether
// one would reach the desktop, as asked at the start. A failure is shown
// until a notification succeeds, told once for each new reason, and
// rings the bell instead when the run asked for sound and ring is set
// (not for the probe, when nothing was due, nor for a reminder, which is
// always quiet); the session goes on either way.
func (c *Core) notified(err error, ring, probe bool) Effects {
	if err == nil {
		c.notify = ""
		return Effects{}
	}
	why := reason(err)
	e := Effects{Bell: c.cfg.Sound && ring}
	if why != c.notify { // a reason already said stands as it was said
		e.Notices = []string{notifyProblem(why, probe)}
		c.probed = probe
	}
	c.notify = why
	return e
}

// notifyProblem says that desktop notifications fail, or (probe) would,
// and why.
func notifyProblem(why string, probe bool) string {
	if probe {
		return "No desktop alerts (" + why + "): the alerts show here only; the session goes on."
	}
	return "Desktop notification failed (" + why + "); the alerts are shown here, and the session goes on."
}
