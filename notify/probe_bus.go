//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import "context"

// Probe implements Prober: without a session bus it returns ErrNoBus at
// once; else it asks the server for its capabilities, as the first
// notification does, bounded by the deadline.
func (b *busNotifier) Probe(ctx context.Context) error {
	addr, ok := b.address()
	if !ok {
		return ErrNoBus
	}
	callCtx, cancel := context.WithTimeout(ctx, b.timeout)
	defer cancel()
	conn, err := b.connection(callCtx, addr)
	if err == nil {
		_, err = b.bodyMarkup(callCtx, conn)
		b.drop(conn)
	}
	return b.explain(callCtx, err)
}
