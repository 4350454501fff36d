//go:build linux

package e2e_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// drillSpeed is how much faster than the wall clock the crash drill runs
// its session.
const drillSpeed = 60

// The crash drill's terminal is narrower than 100 columns, so that no
// agenda, whose times move on, stands beside the checklist and the notes
// it compares, and tall enough for a step's checklist and notes.
const drillWidth, drillHeight = 80, 45

// crashDrill drives a whole first session at drillSpeed, killing the
// program with SIGKILL at random moments and resuming it each time.
type crashDrill struct {
	t    *testing.T
	bin  string
	env  []string
	term *e2e.Term
	rng  *rand.Rand

	killAt  []time.Duration // moments of driving time (downtime left out) to kill at, in order
	begun   time.Time       // when driving started
	down    time.Duration   // time spent killing and resuming
	lastKey time.Time       // when a key was last sent
	moves   map[string]int  // moves made on each step, by its counter

	kills, lost int
	worst       float64 // the largest difference in time left after a resume from the middle of its bounds, in session seconds
	window      float64 // the largest half width of those bounds, in session seconds
}

// drillKills returns the number of kills the crash drill makes: 20, or
// PC_DRILL_KILLS (bench/drill-crash.sh sets it).
func drillKills(t *testing.T) int {
	n := 20
	if s := os.Getenv("PC_DRILL_KILLS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1 {
			t.Fatalf("PC_DRILL_KILLS=%q: expected a positive number", s)
		}
	}
	return n
}

// TestDrillCrashAtSpeed runs a whole first session at 60 times speed with
// --save (ticks, notes, both turns with their check-ins, every step) and
// kills it with SIGKILL at 20 random moments. After each kill, resume must
// bring back what was on screen just before: the step, the checklist, the
// notes, and the turn's state and time left, a running turn having run on
// at its speed while the program was down. It reports how many resumes
// lost something (the goal is 0).
func TestDrillCrashAtSpeed(t *testing.T) {
	e2e.Drill(t)
	e2e.Require(t, "tmux")
	bin := e2e.BuildBinary(t)
	seed := uint64(time.Now().UnixNano())
	d := &crashDrill{t: t, bin: bin, env: []string{"HOME=" + t.TempDir()},
		rng: rand.New(rand.NewPCG(seed, 13)), moves: map[string]int{}}
	d.killAt = d.schedule(drillKills(t), 30*time.Second)
	d.term = e2e.StartTerm(t, drillWidth, drillHeight, d.env, bin, "run", "first", "--speed", strconv.Itoa(drillSpeed),
		"--save", "--no-notify", "--silent", "--newcomer", "Drill")
	d.term.WaitForText(5*time.Second, "step 1 of 11")
	d.begun = time.Now()
	d.drive()
	driving := time.Since(d.begun) - d.down
	d.term.Send("q")
	d.term.WaitForText(3*time.Second, "[Stay]  Quit")
	d.term.Choose(1)
	if code := d.term.WaitExit(e2e.ExitWait); code != 0 {
		t.Fatalf("exit status %d at the end", code)
	}
	t.Logf("crash drill at %d×: %d kills at random moments over %.1f s of session (seed %d), %d resumes lost something; "+
		"time left came back within %.1f s of session time of what the wall clock says (bounds ±%.1f s from the captures); "+
		"%.1f s spent killing and resuming, test wall time %.1f s", drillSpeed, d.kills, driving.Seconds(), seed, d.lost,
		d.worst, d.window, d.down.Seconds(), time.Since(d.begun).Seconds())
	if d.kills < len(d.killAt) {
		t.Errorf("the session ended after %d of %d kills", d.kills, len(d.killAt))
	}
}

// schedule returns n random moments within span, in order.
func (d *crashDrill) schedule(n int, span time.Duration) []time.Duration {
	at := make([]time.Duration, n)
	for i := range at {
		at[i] = time.Duration(d.rng.Int64N(int64(span)))
	}
	slices.Sort(at)
	return at
}

// drive walks the session to its last step, deciding each move from what
// is on screen, so that it carries on from wherever a resume puts it.
func (d *crashDrill) drive() {
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		f := readFacts(d.term.Screen())
		switch {
		case f.state == "running":
			d.pollTurn()
		case f.state == "not started", f.state == "paused":
			d.sendUntil("Space", func(g facts) bool { return g.state != f.state }) // start, or go on after a check-in
		case f.step == "step 11 of 11" && d.moves[f.step] >= 3 && d.kills >= len(d.killAt):
			return
		case d.moves[f.step] < 3:
			d.stepMove(f)
		case f.step != "step 11 of 11":
			d.moves[f.step]++
			d.sendUntil("n", func(g facts) bool { return g.step != f.step })
		default:
			d.pollTurn() // the last step: wait for the kills still to come
		}
		d.maybeKill()
	}
	d.t.Fatalf("the drill did not get through the session; last screen:\n%s", d.term.Screen())
}

// stepMove makes one random move on a step outside its turn: tick the
// selected item, select the next one, or write a note.
func (d *crashDrill) stepMove(f facts) {
	d.moves[f.step]++
	switch d.rng.IntN(6) {
	case 0, 1, 2:
		if len(f.items) > 0 {
			d.sendUntil("x", func(g facts) bool { return !slices.Equal(g.items, f.items) })
		}
	case 3, 4:
		d.send("Down")
		time.Sleep(30 * time.Millisecond) // a coach's pace between keys
	default:
		note := "note " + strconv.Itoa(d.kills) + "-" + strconv.Itoa(d.moves[f.step])
		d.send("N")
		d.term.SendLiteral(note)
		d.sendUntil("Enter", func(g facts) bool { return len(g.notes) > len(f.notes) })
	}
}

// sendUntil sends a key and waits until the screen shows its effect, so
// that the next move is decided on what the key did.
func (d *crashDrill) sendUntil(key string, done func(facts) bool) {
	d.send(key)
	if _, err := d.term.WaitFor(3*time.Second, func(s string) bool { return done(readFacts(s)) }); err != nil {
		d.t.Fatalf("%s had no effect: %v", key, err)
	}
}

// pollTurn watches a running turn for 50 ms, giving the kill schedule a
// chance to strike in the middle of it.
func (d *crashDrill) pollTurn() {
	time.Sleep(50 * time.Millisecond)
}

// send types keys and notes the time, for maybeKill.
func (d *crashDrill) send(keys ...string) {
	d.term.Send(keys...)
	d.lastKey = time.Now()
}

// maybeKill kills the program if the next moment of the schedule has come,
// resumes it, and compares what comes back with what was on screen.
func (d *crashDrill) maybeKill() {
	if d.kills >= len(d.killAt) || time.Since(d.begun)-d.down < d.killAt[d.kills] {
		return
	}
	// Give the last key 60 ms to be handled and saved: a key still on its
	// way when the program dies was never seen, and is not a loss.
	if wait := 60*time.Millisecond - time.Since(d.lastKey); wait > 0 {
		time.Sleep(wait)
	}
	stopped := time.Now()
	before := d.shoot()
	if err := syscall.Kill(d.term.PID(), syscall.SIGKILL); err != nil {
		d.t.Fatal(err)
	}
	d.term.WaitExit(e2e.ExitWait)
	time.Sleep(downtime - time.Since(stopped)) // a fixed pause is the point here
	d.term = e2e.StartTerm(d.t, drillWidth, drillHeight, d.env, d.bin, "resume", "--no-notify", "--silent")
	d.term.WaitForText(5*time.Second, "Resumed a rehearsal at "+strconv.Itoa(drillSpeed)+"× speed")
	after := d.shoot()
	d.kills++
	d.compare(before, after)
	d.down += time.Since(stopped)
}

// pauses holds, by step, the time left at which a running turn of the
// first script stops by itself: at the end of each segment of the coach's
// turn for the check-in, and at 0, where overtime begins.
var pauses = map[string][]int{
	"step 7 of 11": {600, 300, 0},
	"step 9 of 11": {0},
}

// expect returns the state and time left a turn that was running with
// left seconds should show elapsed seconds of wall clock later, having run
// at drillSpeed and stopped at the first pause it reached on the way.
func expect(step string, left int, elapsed float64) (state string, want float64) {
	want = float64(left) - drillSpeed*elapsed
	for _, p := range pauses[step] {
		switch {
		case p >= left || want > float64(p):
			continue
		case p == 0:
			return "", -1 // ended: overtime shows instead of a time left
		}
		return "paused", float64(p)
	}
	return "running", want
}

// staleness is how old what tmux shows may be when a capture begins: the
// program redraws once a second of session time (17 ms at 60×), late by
// up to a frame of Bubble Tea's renderer (another 17 ms), and tmux takes
// its share; on a loaded machine (the race detector, other packages'
// tests) more. It is small beside downtime: the program stays down for
// at least downtime, so a resume that counted it at the wall clock's pace
// instead of the rehearsal's would be off by 59 times that, 18 s of
// session time, where staleness allows 6 s.
const staleness = 100 * time.Millisecond

// downtime is how long the program stays dead before it is resumed, as a
// coach takes a moment to start it again.
const downtime = 300 * time.Millisecond

// shot is what a capture of the screen showed, and the span of wall clock
// it stands for: from staleness before the capture began to when it
// returned.
type shot struct {
	facts
	from, to time.Time
}

// shoot captures the screen as a shot.
func (d *crashDrill) shoot() shot {
	from := time.Now().Add(-staleness)
	f := readFacts(d.term.Screen())
	return shot{f, from, time.Now()}
}

// compare checks what came back against what was on screen before the
// kill: the step, the checklist, the notes, and the turn, which, had it
// been running, ran on at drillSpeed in between. The two shots bound the
// wall clock that passed; the time left must lie within what those bounds
// give, give or take the one second the screen rounds to.
func (d *crashDrill) compare(before, after shot) {
	d.t.Logf("kill %d at %.1f s: %s, %d items (%d ticked), %d notes, turn %q %d s", d.kills,
		d.killAt[d.kills-1].Seconds(), before.step, len(before.items), countTicked(before.items),
		len(before.notes), before.state, before.left)
	same := before.facts
	same.left, same.state, same.seenAt = after.left, after.state, after.seenAt // compared below
	diff := same.same(after.facts)
	lo, hi := float64(before.left), float64(before.left)
	states := []string{before.state}
	if before.state == "running" {
		s1, early := expect(before.step, before.left, after.from.Sub(before.to).Seconds())
		s2, late := expect(before.step, before.left, after.to.Sub(before.from).Seconds())
		states, lo, hi = slices.Compact([]string{s1, s2}), late, early
		if s1 != s2 { // a pause fell within the bounds: either side of it will do
			lo, hi = min(lo, early, late), max(hi, early, late)
		}
	}
	switch {
	case diff != "":
	case !slices.Contains(states, after.state):
		diff = "turn " + before.state + " came back " + after.state + ", want " + strings.Join(states, " or ")
	case after.state != "" && (float64(after.left) < lo-1 || float64(after.left) > hi+1):
		diff = fmt.Sprintf("time left %d s came back as %d s, want %.1f to %.1f", before.left, after.left, lo, hi)
	}
	if after.state == "running" || after.state == "paused" {
		d.worst = max(d.worst, math.Abs(float64(after.left)-(lo+hi)/2))
		d.window = max(d.window, (hi-lo)/2)
	}
	if diff != "" {
		d.lost++
		d.t.Errorf("kill %d: %s", d.kills, diff)
	}
}
