// Package e2e_test holds the tests that drive the built partnercoach from
// outside, as a coach would: in a real terminal (tmux), against a real
// notification server (dunst), on pipes in the accessible mode, through
// calendar programs, two processes at once, and the long drills (run with
// PARTNERCOACH_DRILLS=1). They need nothing of package main: the harness
// is partnercoach/internal/e2e. The command line's own tests, one command
// at a time with no terminal, are the scripts of ../testdata/script.
package e2e_test

import (
	"flag"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// e2eParallel is how many tests marked parallel run at once unless
// -parallel says otherwise. The end-to-end tests spend their time waiting
// for the program's clock, which runs on in another process, rather than
// computing; the default of one per CPU would leave a 2-core machine
// waiting.
const e2eParallel = 4

// nowVariable names the environment variable that fixes the instant the
// program's one-shot commands take as now (cmd/partnercoach/clock.go).
const nowVariable = "PARTNERCOACH_NOW"

// TestMain builds the program before the tests start (see e2e.Prebuild),
// runs them with at least e2eParallel at once, and removes the binary
// afterwards. The tests and every program they start keep time in UTC
// whatever the machine's zone (a test that wants a zone names it in TZ),
// so that no answer depends on where the tests run.
func TestMain(m *testing.M) {
	os.Setenv("TZ", "UTC")
	time.Local = time.UTC
	flag.Parse()
	if !flagGiven("test.parallel") {
		flag.Set("test.parallel", strconv.Itoa(max(e2eParallel, runtime.GOMAXPROCS(0))))
	}
	e2e.Prebuild()
	code := m.Run()
	e2e.RemoveBinary()
	os.Exit(code)
}

// flagGiven reports whether the flag called name was set on the command line.
func flagGiven(name string) bool {
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}
