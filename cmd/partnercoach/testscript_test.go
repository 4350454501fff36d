package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"partnercoach/internal/e2e"
)

// update makes a script's cmp of output against a file of its archive,
// when they differ, rewrite that file with what was printed.
var update = flag.Bool("update", false, "rewrite the files of testdata/script that output is compared with")

// scriptNow is the instant a script's one-shot commands take as now unless
// the script sets PARTNERCOACH_NOW itself (env PARTNERCOACH_NOW=...).
const scriptNow = "2026-12-04T10:00:00Z"

// commandLimit bounds one run of partnercoach in a script: a command that
// blocks (on a FIFO, say) is stopped and fails the script, rather than
// hanging it until the test binary's timeout.
const commandLimit = 20 * time.Second

// TestMain runs the tests, or, when a script runs partnercoach, the
// program itself: testscript.Main puts a copy of the test binary named
// partnercoach on the scripts' PATH, and that copy runs main.
func TestMain(m *testing.M) {
	testscript.Main(testRun{m}, map[string]func(){"partnercoach": boundedMain})
}

// testRun is the run of the tests themselves, which keep time in UTC
// whatever the machine's zone (a test that wants a zone names it), so
// that no answer depends on where the tests run. The benchmarks of
// measure_test.go build the program when they first ask for it; the
// build is removed afterwards.
type testRun struct{ m *testing.M }

// Run implements testscript.TestingM.
func (r testRun) Run() int {
	os.Setenv("TZ", "UTC")
	time.Local = time.UTC
	defer e2e.RemoveBinary()
	return r.m.Run()
}

// boundedMain runs partnercoach for a script, stopping it with exit
// status 124 if it has not ended within commandLimit.
func boundedMain() {
	time.AfterFunc(commandLimit, func() {
		fmt.Fprintf(os.Stderr, "partnercoach did not end within %v\n", commandLimit)
		os.Exit(124)
	})
	main()
}

// TestCLI runs the scripts in testdata/script: the one-shot commands and
// the runs with no terminal, their output, exit status and files (see
// testdata/script/README.md).
func TestCLI(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		Setup:               setupScript,
		Cmds:                scriptCommands,
		Condition:           scriptCondition,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
	})
}

// hostileCharacters are the variables that give a script the characters
// a hostile name or file holds, which would be invisible, or act on a
// terminal, if written into the script as they are.
var hostileCharacters = map[string]string{
	"esc": "\x1b", "bel": "\a", "tab": "\t",
	"zwsp": "\u200b", "zwj": "\u200d", "rlm": "\u200f", "rlo": "\u202e", "wj": "\u2060",
	"lri": "\u2066", "rli": "\u2067", "pdi": "\u2069", "bom": "\ufeff",
}

// setupScript gives a script a home of its own in $WORK, with the XDG
// folders under it, a clock in UTC, a fixed now, and hostileCharacters.
func setupScript(env *testscript.Env) error {
	work := env.WorkDir
	env.Setenv("HOME", work)
	env.Setenv("XDG_CONFIG_HOME", filepath.Join(work, "config"))
	env.Setenv("XDG_DATA_HOME", filepath.Join(work, "data"))
	env.Setenv("XDG_STATE_HOME", filepath.Join(work, "state"))
	env.Setenv("TZ", "UTC")
	env.Setenv(nowVariable, scriptNow)
	// A program built with the race detector, as the test binary is under
	// -race, waits a second before it exits unless told not to.
	if os.Getenv("GORACE") == "" {
		env.Setenv("GORACE", "atexit_sleep_ms=0")
	}
	for name, char := range hostileCharacters {
		env.Setenv(name, char)
	}
	return nil
}

// scriptCondition answers the conditions of the scripts besides
// testscript's own: [root], whether the tests run as root.
func scriptCondition(cond string) (bool, error) {
	if cond == "root" {
		return os.Geteuid() == 0, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}
