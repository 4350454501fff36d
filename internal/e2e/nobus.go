//go:build linux

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BusWatch proves that a program run without a session bus started none.
// Its folder holds a dbus-launch that leaves a mark when run, to be put
// first on the program's PATH; its Token, an environment entry the test
// gives the program, marks any dbus-daemon the program spawned, even one
// reparented since.
type BusWatch struct {
	// Dir is the folder of the fake dbus-launch.
	Dir string
	// Token is "PC_NOTIFY_TEST=…", unique to the test.
	Token string
	mark  string
}

// WatchForBus writes the fake dbus-launch and makes the token.
func WatchForBus(t testing.TB) *BusWatch {
	t.Helper()
	w := &BusWatch{Dir: t.TempDir()}
	w.mark = filepath.Join(w.Dir, "dbus-launch-ran")
	launcher := "#!/bin/sh\necho ran >> " + w.mark + "\nexit 1\n"
	if err := os.WriteFile(filepath.Join(w.Dir, "dbus-launch"), []byte(launcher), 0o700); err != nil {
		t.Fatal(err)
	}
	w.Token = fmt.Sprintf("PC_NOTIFY_TEST=%d-%d", os.Getpid(), time.Now().UnixNano())
	return w
}

// Path is the PATH with the fake dbus-launch first.
func (w *BusWatch) Path() string {
	return w.Dir + string(os.PathListSeparator) + os.Getenv("PATH")
}

// Check fails the test if dbus-launch was run or a session bus carrying
// the token is running.
func (w *BusWatch) Check(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(w.mark); err == nil {
		t.Errorf("dbus-launch was run")
	}
	pids, err := SessionBusProcesses()
	if err != nil {
		t.Fatal(err)
	}
	for _, pid := range pids {
		if HasEnv(pid, w.Token) {
			t.Errorf("a session bus was started: pid %d", pid)
		}
	}
}
