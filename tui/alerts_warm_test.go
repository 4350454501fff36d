package tui

import (
	"testing"

	"partnercoach/app"
	"partnercoach/app/apptest"
)

// warmNotifier is a notifier that counts how often it was asked to get
// ready for a note.
type warmNotifier struct {
	apptest.Notifier
	warms int
}

// Warm implements notify.Warmer.
func (n *warmNotifier) Warm() { n.warms++ }

func TestNotifierWarmedOnlyWhileAnAlertIsToCome(t *testing.T) {
	n := &warmNotifier{}
	h := newHarnessWith(t, "first", 100, 30, func(c *app.Config) { c.Notifier = n })
	h.toStep("My turn")
	if n.warms != 0 {
		t.Fatalf("the notifier was warmed %d times before any turn ran", n.warms)
	}
	h.keys("space")
	if n.warms == 0 {
		t.Fatalf("the notifier was not warmed when a turn with alerts to come started")
	}
}
