package notify

import "context"

// Prober is a notifier that can tell, without showing anything, whether
// its notifications would reach the desktop.
type Prober interface {
	// Probe returns nil when a notification sent now would reach the
	// desktop as far as can be told, else why not (ErrNoBus, ErrNoServer,
	// ErrTimeout). It waits at most Deadline.
	Probe(ctx context.Context) error
}

var _ Prober = (*Desktop)(nil)

// Probe implements Prober. On Linux and the BSDs it reaches the session
// bus and asks the notification server for its capabilities, which shows
// nothing; where the platform cannot tell, it returns nil.
func (d *Desktop) Probe(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if p, ok := d.impl.(Prober); ok {
		return p.Probe(ctx)
	}
	return nil
}
