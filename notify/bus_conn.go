//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// sessionBusAddress finds the session bus without starting one: the
// address in DBUS_SESSION_BUS_ADDRESS, or else the bus socket in the
// user's runtime directory (XDG_RUNTIME_DIR, or /run/user/UID). An
// address of "autolaunch:" asks for a bus to be started, so it counts as
// none.
func sessionBusAddress() (string, bool) {
	if a := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); a != "" && a != "autolaunch:" {
		return a, true
	}
	dir := os.Getenv("XDG_RUNTIME_DIR")
	if dir == "" {
		dir = filepath.Join("/run/user", strconv.Itoa(os.Getuid()))
	}
	socket := filepath.Join(dir, "bus")
	if fi, err := os.Stat(socket); err == nil && fi.Mode().Type() == os.ModeSocket {
		return "unix:path=" + escapeBusValue(socket), true
	}
	return "", false
}

// dialBus opens a private connection to the bus at addr (a list of
// addresses, tried in order), authenticates and says hello, all within
// timeout. The address is found by sessionBusAddress, which never starts a
// bus.
func dialBus(addr string, timeout time.Duration) (busConn, error) {
	deadline := time.Now().Add(timeout)
	sockets, err := parseBusAddress(addr)
	if err != nil {
		return nil, err
	}
	c, err := openBus(sockets, deadline)
	if err != nil {
		return nil, err
	}
	return c, nil
}
