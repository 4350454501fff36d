package app

import (
	"context"

	"partnercoach/timer"
)

// This file is the core's one meeting with the desktop notifier: when the
// notifier gets a package of its own, only this file changes.

// Notifier delivers desktop notifications.
type Notifier = timer.Notifier

// notifyJob sends a notification off the loop and reports how it went.
// The notifier bounds how long it waits.
//
// timer.Note has no sound of its own: an urgent note asks the desktop for
// a sound. So a notification is sent as urgent only when it asks for one,
// and the end of a turn in a quiet run goes out as a plain note.
func notifyJob(n Notifier, note Notification) Job {
	tn := timer.Note{Title: note.Title, Body: note.Body, Urgent: note.Urgent && note.Sound}
	return func() Result { return NotifyResult{Err: n.Notify(context.Background(), tn)} }
}

// warm has the notifier get ready for a notification to come, if it can.
func warm(n Notifier) {
	if w, ok := n.(timer.Warmer); ok {
		w.Warm()
	}
}

// reason says briefly why a notification failed.
func reason(err error) string { return timer.Reason(err) }
