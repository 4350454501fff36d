//go:build linux

package notify

import (
	"context"
	"slices"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// TestWireRealBus talks to a real dbus-daemon and dunst: the replies of
// each shape the notifier may meet (a string, an array of strings, four
// strings, a boolean, a uint32) and an error of the bus's come back as Go
// values.
func TestWireRealBus(t *testing.T) {
	ns := e2e.StartNotifyServer(t)
	conn, err := dialBus(ns.Address, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	call := func(dest string, path busPath, method string, args ...any) []any {
		t.Helper()
		reply, err := conn.call(ctx, dest, path, method, args...)
		if err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		return reply
	}

	info := call(serverName, serverPath, "org.freedesktop.Notifications.GetServerInformation")
	if len(info) != 4 || info[0] != "dunst" || info[3] != "1.2" {
		t.Errorf("GetServerInformation = %#v, want dunst's four strings, spec 1.2", info)
	}
	names := call(busName, busObject, "org.freedesktop.DBus.ListNames")
	if list, ok := names[0].([]string); !ok || !slices.Contains(list, serverName) {
		t.Errorf("ListNames = %#v, want a []string naming %s", names, serverName)
	}
	if has := call(busName, busObject, "org.freedesktop.DBus.NameHasOwner", serverName); has[0] != true {
		t.Errorf("NameHasOwner(%s) = %#v, want true", serverName, has)
	}
	id := call(serverName, serverPath, methodNotify, notifyArgs("partnercoach-test", Notification{Title: "wire"}, false, 0)...)
	if n, ok := id[0].(uint32); !ok || n == 0 {
		t.Errorf("Notify = %#v, want the id dunst gave", id)
	}

	_, err = conn.call(ctx, busName, busObject, "org.freedesktop.DBus.NoSuchMethod")
	if name := dbusErrorName(err); name != "org.freedesktop.DBus.Error.UnknownMethod" {
		t.Errorf("an unknown method = %v, want UnknownMethod", err)
	}
	_, err = conn.call(ctx, "org.example.Nobody", serverPath, methodGetCaps)
	if name := dbusErrorName(err); name != errServiceUnknown {
		t.Errorf("a name nobody owns = %v, want ServiceUnknown", err)
	}
	if !conn.connected() {
		t.Error("the errors closed the connection")
	}
}
