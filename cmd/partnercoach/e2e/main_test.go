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
// rather than computing: for keys pressed at a person's pace, and for the
// program's clock, which runs on in another process. The whole package
// takes about 20 s of CPU however many run at once, so the default of
// one per CPU, or the 4 of before, left a 2-core machine waiting: at 4
// the package took 80 s, at 24 it takes 26 s (27 to 31 s beside two
// CPU-bound loops), a little more than its longest test, 20 s.
const e2eParallel = 24

// drillParallel is how many run at once when the long drills are on
// (e2e.DrillsVar): the resize storm and the kill drills keep the CPUs
// busy, and the timing drills measure how late alerts come.
const drillParallel = 4

// nowVariable names the environment variable that fixes the instant the
// program's one-shot commands take as now (cmd/partnercoach/clock.go).
const nowVariable = "PARTNERCOACH_NOW"

// TestMain builds the program before the tests start (see e2e.Prebuild),
// runs them with at least e2eParallel at once (drillParallel with the
// drills), and removes the binary afterwards. The tests and every
// program they start keep time in UTC whatever the machine's zone (a
// test that wants a zone names it in TZ), so that no answer depends on
// where the tests run.
func TestMain(m *testing.M) {
	os.Setenv("TZ", "UTC")
	time.Local = time.UTC
	flag.Parse()
	if !flagGiven("test.parallel") {
		n := e2eParallel
		if os.Getenv(e2e.DrillsVar) == "1" {
			n = drillParallel
		}
		flag.Set("test.parallel", strconv.Itoa(max(n, runtime.GOMAXPROCS(0))))
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
