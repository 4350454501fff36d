//go:build linux || freebsd || netbsd || openbsd || illumos

package timer

import (
	"os"
	"path/filepath"
	"strconv"

	"github.com/gen2brain/beeep"
	"github.com/godbus/dbus/v5"
)

// sessionBusAvailable reports whether a D-Bus session bus can be found
// without starting one: an address in the environment, or the bus socket
// in the user's runtime directory. Without one, the D-Bus library would
// run dbus-launch and leave a daemon behind for every notification.
func sessionBusAvailable() bool {
	if a := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); a != "" && a != "autolaunch:" {
		return true
	}
	dir := os.Getenv("XDG_RUNTIME_DIR")
	if dir == "" {
		dir = filepath.Join("/run/user", strconv.Itoa(os.Getuid()))
	}
	for _, name := range []string{"bus", "dbus-session"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

// connectSessionBus opens the shared connection to the session bus that
// beeep sends its notes on, so that it is open before the first note. Only
// call it where sessionBusAvailable is true: without a bus, the D-Bus
// library would start one.
func connectSessionBus() {
	_, _ = dbus.SessionBus() // a failure shows again, and is reported, at the first note
}

// sendUrgent sends an urgent note straight to the notification server, as
// beeep.Alert would but without its beep: on these systems beeep.Alert
// writes a BEL to standard output behind the terminal interface's back
// when there is no PC speaker. The front ends ring the terminal bell
// themselves. Should the direct call fail, beeep's own ways (notify-send,
// kdialog) get the note as a plain one.
func sendUrgent(n Note) error {
	conn, err := dbus.SessionBus()
	if err == nil {
		hints := map[string]dbus.Variant{
			"urgency":    dbus.MakeVariant(byte(2)), // critical
			"sound-name": dbus.MakeVariant("bell"),
		}
		obj := conn.Object("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
		err = obj.Call("org.freedesktop.Notifications.Notify", 0, beeep.AppName, uint32(0), "",
			n.Title, n.Body, []string{}, hints, int32(-1)).Err
	}
	if err != nil {
		return beeep.Notify(n.Title, n.Body, "")
	}
	return nil
}
