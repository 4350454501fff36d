//go:build linux || freebsd || netbsd || openbsd || illumos

package timer

import (
	"os"
	"path/filepath"
	"strconv"
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
