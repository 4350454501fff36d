//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/godbus/dbus/v5"
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
		return "unix:path=" + dbus.EscapeBusAddressValue(socket), true
	}
	return "", false
}

// dialBus opens a private connection to the bus at addr, authenticates
// and says hello. The address is found by sessionBusAddress, never by
// godbus's own search, which runs dbus-launch when it finds none. A bus
// that takes longer than timeout has its connection closed, which ends
// the handshake with an error.
func dialBus(addr string, timeout time.Duration) (busConn, error) {
	conn, err := dbus.Dial(addr)
	if err != nil {
		return nil, err
	}
	stop := time.AfterFunc(timeout, func() { conn.Close() })
	defer stop.Stop()
	if err := conn.Auth(nil); err != nil {
		conn.Close()
		return nil, err
	}
	if err := conn.Hello(); err != nil {
		conn.Close()
		return nil, err
	}
	return godbusConn{conn}, nil
}

// godbusConn is a busConn over a godbus connection.
type godbusConn struct{ c *dbus.Conn }

func (g godbusConn) call(ctx context.Context, dest string, path dbus.ObjectPath, method string, args ...any) ([]any, error) {
	call := g.c.Object(dest, path).CallWithContext(ctx, method, 0, args...)
	return call.Body, call.Err
}

func (g godbusConn) connected() bool { return g.c.Connected() }
func (g godbusConn) close() error    { return g.c.Close() }
