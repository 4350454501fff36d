package app

import (
	"context"

	"partnercoach/notify"
)

// This file is the core's one meeting with the desktop notifier.

// Notifier delivers desktop notifications.
type Notifier = notify.Notifier

// notifyJob sends a notification off the loop and reports how it went.
// The notifier bounds how long it waits (notify.Deadline).
func notifyJob(n Notifier, note Notification) Job {
	return func() Result { return NotifyResult{Err: n.Notify(context.Background(), note)} }
}

// warm has the notifier get ready for a notification to come, if it can.
func warm(n Notifier) {
	if w, ok := n.(notify.Warmer); ok {
		w.Warm()
	}
}

// reason says briefly why a notification failed.
func reason(err error) string { return notify.Reason(err) }
