//go:build darwin || windows

package notify

import "github.com/gen2brain/beeep"

// NewDesktop returns the notifier of macOS or Windows, which sends through
// beeep under the given application name (on Windows, the name the
// notification is shown under). beeep.Notify shows a notification without
// sound; beeep.Alert, used only when a notification asks for sound, plays
// the system's notification sound with it.
func NewDesktop(appName string) *Desktop {
	beeep.AppName = appName
	return &Desktop{impl: newBackground(sendWith(beeep.Notify, beeep.Alert))}
}
