package app

import (
	"context"

	"partnercoach/notify"
)

// This file is the core's one meeting with the desktop notifier.

// Notifier delivers desktop notifications.
type Notifier = notify.Notifier

// notifyJob sends a notification off the loop and reports how it went;
// quiet is NotifyResult's. The notifier bounds how long it waits
// (notify.Deadline).
func notifyJob(n Notifier, note Notification, quiet bool) Job {
	return func() Result { return NotifyResult{Err: n.Notify(context.Background(), note), Quiet: quiet} }
}

// probeJob asks the notifier, where it can tell, whether notifications
// would reach the desktop, so that the coach knows from the start when
// nothing will warn (a ProbeResult). It shows nothing; nil when the
// notifier cannot tell.
func probeJob(n Notifier) Job {
	p, ok := n.(notify.Prober)
	if !ok {
		return nil
	}
	return func() Result { return ProbeResult{Err: p.Probe(context.Background())} }
}

// warm has the notifier get ready for a notification to come, if it can.
func warm(n Notifier) {
	if w, ok := n.(notify.Warmer); ok {
		w.Warm()
	}
}

// reason says briefly why a notification failed.
func reason(err error) string { return notify.Reason(err) }
