package notify

import "context"

// Desktop is the platform's notifier (see the package documentation).
// Make one with NewDesktop; its methods may be called from several
// goroutines at once.
type Desktop struct {
	impl platform
}

// platform is what each system's notifier does behind Desktop.
type platform interface {
	Notifier
	Warmer
	close() error
}

var (
	_ Notifier = (*Desktop)(nil)
	_ Warmer   = (*Desktop)(nil)
)

// Notify sends n, waiting at most Deadline (or until ctx is done) for the
// desktop. Its title and body are sent with any control character escaped.
func (d *Desktop) Notify(ctx context.Context, n Notification) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return d.impl.Notify(ctx, clean(n))
}

// Warm gets ready for the first notification in the background: on Linux
// and the BSDs it opens the connection to the session bus, where there is
// one. It never blocks, and does nothing after the first call.
func (d *Desktop) Warm() { d.impl.Warm() }

// Close lets go of the connection to the desktop, if one is open. A
// Notify after Close opens a new one.
func (d *Desktop) Close() error { return d.impl.close() }
