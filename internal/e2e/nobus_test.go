//go:build linux

package e2e

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"testing"

	"partnercoach/internal/texttest"
)

// TestBusWatchSeesALaunch checks that the watch stays quiet while no bus
// is started, and says so once its dbus-launch has run.
func TestBusWatchSeesALaunch(t *testing.T) {
	w := WatchForBus(t)
	r := &texttest.Recorder{TB: t}
	w.Check(r)
	if len(r.Said) != 0 {
		t.Fatalf("before any launch the watch said %q", r.Said)
	}
	exec.Command(filepath.Join(w.Dir, "dbus-launch")).Run() // exits 1 by design
	w.Check(r)
	if fmt.Sprint(r.Said) != "[dbus-launch was run]" {
		t.Errorf("after a launch the watch said %q, want that dbus-launch was run", r.Said)
	}
}
