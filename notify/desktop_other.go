//go:build !(darwin || windows || linux || (freebsd && cgo) || netbsd || openbsd)

package notify

import "context"

// NewDesktop returns a notifier that fails every notification with
// ErrUnsupported: this system has none that partnercoach can send.
func NewDesktop(string) *Desktop { return &Desktop{impl: unsupported{}} }

// unsupported is the notifier of a system without desktop notifications.
type unsupported struct{}

func (unsupported) Notify(context.Context, Notification) error { return ErrUnsupported }
func (unsupported) Warm()                                      {}
func (unsupported) close() error                               { return nil }
