//go:build !(linux || freebsd || netbsd || openbsd || illumos)

package timer

import "github.com/gen2brain/beeep"

// sessionBusAvailable reports true: on this system notifications do not
// go through D-Bus.
func sessionBusAvailable() bool { return true }

// connectSessionBus does nothing: on this system notifications do not go
// through D-Bus.
func connectSessionBus() {}

// sendUrgent sends an urgent note with beeep.Alert, which on these systems
// sounds the system's own alert, not a BEL on standard output.
func sendUrgent(n Note) error { return beeep.Alert(n.Title, n.Body, "") }
