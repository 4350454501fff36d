package e2e

import (
	"os"
	"strings"
	"testing"
)

// DrillsVar is the environment variable that turns on the long drills: the
// crash and kill drills, the resize storm, the frozen notification server,
// the instances, the bad input sweep and the timing of alerts. They take
// minutes, so the README's `go test -race ./...` skips them; CI (.ci/run)
// runs them with DrillsCommand.
const DrillsVar = "PARTNERCOACH_DRILLS"

// DrillsCommand is the one command that runs the drills, and only them.
const DrillsCommand = DrillsVar + "=1 go test -race -run '^TestDrill' ./..."

// drillPrefix starts the name of every drill, so that DrillsCommand's -run
// finds them all.
const drillPrefix = "TestDrill"

// Drill marks the test as a long drill: it skips it, saying how to run it,
// unless PARTNERCOACH_DRILLS is 1. A drill's name must start with
// TestDrill, or CI's run of the drills would leave it out; Drill fails one
// that does not.
func Drill(t testing.TB) {
	t.Helper()
	if !strings.HasPrefix(t.Name(), drillPrefix) {
		t.Fatalf("%s is a drill, so its name must start with %s (CI runs the drills with %s)",
			t.Name(), drillPrefix, DrillsCommand)
	}
	if os.Getenv(DrillsVar) != "1" {
		t.Skipf("skipping: a long drill, run in CI; to run the drills: %s", DrillsCommand)
	}
}
