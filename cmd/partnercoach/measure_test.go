//go:build linux

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"partnercoach/internal/e2e"
	"partnercoach/script"
)

// The benchmarks in this file measure the built program in a real terminal
// (tmux, 100×30) for BENCHMARKS.md. They report figures; they assert
// nothing about speed. bench/measure.sh runs them:
//
//	go test -run '^$' -bench . -benchtime 1x ./cmd/partnercoach

// measureSpan is how long the idle measurement lasts: 60 s, or
// PARTNERCOACH_MEASURE_SECONDS.
func measureSpan(b *testing.B) time.Duration {
	if s := os.Getenv("PARTNERCOACH_MEASURE_SECONDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("PARTNERCOACH_MEASURE_SECONDS=%q: expected a whole number of seconds", s)
		}
		return time.Duration(n) * time.Second
	}
	return time.Minute
}

// measureTerm runs the binary in a 100×30 terminal with fresh XDG folders.
func measureTerm(b *testing.B, args ...string) *e2e.Term {
	b.Helper()
	bin := e2e.BuildBinary(b)
	term := e2e.StartTerm(b, 100, 30, e2e.HomeEnv(b.TempDir()), append([]string{bin}, args...)...)
	term.WaitForText(5*time.Second, "step 1 of")
	return term
}

// usage reads the program's usage or stops the benchmark.
func usage(b *testing.B, pid int) e2e.Usage {
	b.Helper()
	u, err := e2e.ReadUsage(pid)
	if err != nil {
		b.Fatal(err)
	}
	return u
}

// megabytes converts bytes to MB (2^20 bytes).
func megabytes(n int64) float64 { return float64(n) / (1 << 20) }

// BenchmarkIdleTurn measures a running turn that nobody touches: CPU (user
// and system) as a percentage of one core, context switches a second,
// bytes written to the terminal a minute, and memory at the end.
func BenchmarkIdleTurn(b *testing.B) {
	span := measureSpan(b)
	for b.Loop() {
		b.StopTimer()
		term := idleTurn(b)
		time.Sleep(settle)
		pc := startIdle(b, term)
		b.StartTimer()
		time.Sleep(span)
		pc.report(b, "")
	}
}

// idleTurn starts partnercoach in a 100×30 terminal and starts the
// coach's turn of a first session (step 7, 15 minutes), which then runs
// untouched.
func idleTurn(b *testing.B) *e2e.Term {
	term := measureTerm(b, "run", "first", "--no-notify", "--no-save")
	for range 6 {
		term.Send("n")
	}
	term.WaitForText(5*time.Second, "My turn: coach focuses")
	term.Send("Space")
	term.WaitForText(3*time.Second, "running")
	return term
}

// idle is a program in a terminal whose idle cost is being measured: its
// usage when the measuring began, and the file its terminal output goes to.
type idle struct {
	term   *e2e.Term
	before e2e.Usage
	start  time.Time
	out    string
}

// settle is how long a program runs before its idle cost is counted: past
// its start and its first collections.
const settle = 3 * time.Second

// startIdle starts counting a settled program's CPU, wake-ups and
// terminal output.
func startIdle(b *testing.B, term *e2e.Term) *idle {
	out := filepath.Join(b.TempDir(), "terminal-output")
	term.PipeOutput(out)
	return &idle{term: term, before: usage(b, term.PID()), start: time.Now(), out: out}
}

// report reports what the program used since startIdle, each metric's unit
// prefixed with prefix, and returns its CPU as a percentage of a core.
func (m *idle) report(b *testing.B, prefix string) float64 {
	after := usage(b, m.term.PID())
	secs := time.Since(m.start).Seconds()
	info, err := os.Stat(m.out)
	if err != nil {
		b.Fatal(err)
	}
	cpu := 100 * (after.CPU - m.before.CPU).Seconds() / secs
	b.ReportMetric(cpu, prefix+"cpu-%")
	b.ReportMetric(float64(after.Switches-m.before.Switches)/secs, prefix+"switches/s")
	b.ReportMetric(float64(info.Size())*60/secs, prefix+"bytes/min")
	b.ReportMetric(megabytes(after.Resident), prefix+"MB-resident")
	b.ReportMetric(megabytes(after.Private), prefix+"MB-private")
	return cpu
}

// BenchmarkIdleSideBySide measures partnercoach's running turn and a bare
// loop that rewrites one line once a second (bench/bareloop), each in its
// own 100×30 terminal, over the same span of time, so that what else the
// machine does weighs on both alike. It reports both programs' figures
// (pc- and loop-) and partnercoach's CPU as a multiple of the loop's.
func BenchmarkIdleSideBySide(b *testing.B) {
	span := measureSpan(b)
	loopBin := os.Getenv("PARTNERCOACH_BARE_LOOP")
	if loopBin == "" {
		loopBin = e2e.BuildPackage(b, "./bench/bareloop")
	}
	for b.Loop() {
		b.StopTimer()
		pcTerm := idleTurn(b)
		loopTerm := e2e.StartTerm(b, 100, 30, e2e.HomeEnv(b.TempDir()), loopBin)
		loopTerm.WaitForText(5*time.Second, "left")
		time.Sleep(settle)
		pc, loop := startIdle(b, pcTerm), startIdle(b, loopTerm)
		b.StartTimer()
		time.Sleep(span)
		pcCPU, loopCPU := pc.report(b, "pc-"), loop.report(b, "loop-")
		if loopCPU > 0 {
			b.ReportMetric(pcCPU/loopCPU, "cpu-ratio")
		}
	}
}

// BenchmarkFirstFrame measures the time from the key press that starts
// the program (a shell waits for it, then execs the binary) to its first
// frame on tmux's screen.
func BenchmarkFirstFrame(b *testing.B) {
	bin := e2e.BuildBinary(b)
	var total, worst time.Duration
	n := 0
	for b.Loop() {
		b.StopTimer()
		term := e2e.StartTerm(b, 100, 30, e2e.HomeEnv(b.TempDir()),
			"sh", "-c", `read go; exec "$0" "$@"`, bin, "run", "first", "--no-notify", "--no-save")
		time.Sleep(200 * time.Millisecond) // the shell is waiting
		b.StartTimer()
		start := time.Now()
		term.Send("Enter")
		seen, err := term.WaitForTextNow(5*time.Second, "step 1 of 11")
		if err != nil {
			b.Fatal(err)
		}
		d := seen.Sub(start)
		total, worst, n = total+d, max(worst, d), n+1
	}
	b.ReportMetric(float64(total.Microseconds())/float64(n)/1000, "ms-mean")
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-worst")
}

// BenchmarkKeyPress measures the time from a key press (n or p, one step
// on or back) to the step it shows on tmux's screen, while a turn runs.
func BenchmarkKeyPress(b *testing.B) {
	term := measureTerm(b, "run", "first", "--no-notify", "--no-save")
	for range 6 {
		term.Send("n")
	}
	term.WaitForText(5*time.Second, "step 7 of 11")
	term.Send("Space")
	term.WaitForText(3*time.Second, "running")
	// Send keeps a person's pace (e2e.CommandPace) after the keys before:
	// wait it out here, or the first press would count that wait.
	time.Sleep(e2e.CommandPace)
	var total, worst time.Duration
	n := 0
	for b.Loop() {
		key, want := "n", "step 8 of 11"
		if n%2 == 1 {
			key, want = "p", "step 7 of 11"
		}
		start := time.Now()
		term.Send(key)
		seen, err := term.WaitForTextNow(3*time.Second, want)
		if err != nil {
			b.Fatal(err)
		}
		d := seen.Sub(start)
		total, worst, n = total+d, max(worst, d), n+1
		// A coach's pace, not a burst: n and p are two different letters,
		// which Send keeps e2e.LetterPace apart. Wait it out here, or Send
		// waits out its rest inside the time measured (about 95 ms of it
		// when this slept 300 ms).
		b.StopTimer()
		time.Sleep(e2e.LetterPace)
		b.StartTimer()
	}
	b.ReportMetric(float64(total.Microseconds())/float64(n)/1000, "ms-mean")
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-worst")
}

// BenchmarkFullSession runs a whole first session at 60 times speed,
// starting every turn and staying on every step for its planned time, and
// reports the memory at the end and at its peak.
func BenchmarkFullSession(b *testing.B) {
	first, err := script.Builtin("first")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		term := measureTerm(b, "run", "first", "--speed", "60", "--no-notify", "--no-save")
		for i, st := range first.Steps {
			term.WaitForText(3*time.Second, fmt.Sprintf("step %d of %d", i+1, len(first.Steps)))
			term.Send("Space") // starts the step's turn, if it has one
			time.Sleep(st.Planned()/60 + 200*time.Millisecond)
			term.Send("n")
		}
		u := usage(b, term.PID())
		b.ReportMetric(megabytes(u.Resident), "MB-resident")
		b.ReportMetric(megabytes(u.Private), "MB-private")
		b.ReportMetric(megabytes(u.Peak), "MB-peak-resident")
	}
}
