package app

import (
	"fmt"
	"time"

	"partnercoach/notify"
	"partnercoach/session"
)

// Alert is an alert event as decided for both front ends: the event, and
// the line the screen shows for it (the notification's title).
type Alert struct {
	Event  session.Event
	Banner string
}

// Notification is one desktop notification. What it says is a matter of
// privacy: NotificationOf names the turn by its role and the time, never
// the newcomer.
type Notification = notify.Notification

// NotificationOf writes the desktop notification of an alert event, and
// reports false for an event that is no alert. sound is the run's Sound.
func NotificationOf(ev session.Event, sound bool) (Notification, bool) {
	var n Notification
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
		n.Body = "The turn ends at " + ends.Format("15:04") + "."
	case session.TurnEnded:
		n.Title = ev.Turn + ": time is up"
		n.Body = "Overtime now counts up."
		n.Urgent, n.Sound = true, sound
	default:
		return Notification{}, false
	}
	return n, true
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
	s := ShownSeconds(d)
	return fmt.Sprintf("%d:%02d left", s/60, s%60)
}

// alerts decides each alert among the events, once: the line on screen,
// the desktop notification when there is a notifier, and the bell. The
// run is quiet unless it asked for sound: then the bell rings with the
// end of a turn, and with every alert when no notification carries it.
func (c *Core) alerts(evs []session.Event) Effects {
	var e Effects
	for _, ev := range evs {
		n, ok := NotificationOf(ev, c.cfg.Sound)
		if !ok {
			continue
		}
		e.Alerts = append(e.Alerts, Alert{Event: ev, Banner: n.Title})
		if c.cfg.Notifier != nil {
			e.Jobs = append(e.Jobs, notifyJob(c.cfg.Notifier, n))
		}
		if c.cfg.Sound && (c.cfg.Notifier == nil || n.Urgent) {
			e.Bell = true
		}
	}
	return e
}

// notified records how a desktop notification went. A failure is shown
// until one succeeds, told once for each new reason, and rings the bell
// instead when the run asked for sound; the session goes on either way.
func (c *Core) notified(err error) Effects {
	if err == nil {
		c.notify = ""
		return Effects{}
	}
	why := reason(err)
	e := Effects{Bell: c.cfg.Sound}
	if why != c.notify {
		e.Notices = []string{notifyFailed(why)}
	}
	c.notify = why
	return e
}

// notifyFailed says that desktop notifications fail, and why.
func notifyFailed(why string) string {
	return "Desktop notification failed (" + why + "); the alerts are shown here, and the session goes on."
}
