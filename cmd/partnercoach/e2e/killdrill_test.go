//go:build linux

package e2e_test

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// facts are what a coach can see of a session on screen, apart from the
// running clock: the step, the checklist, the notes, and the turn's state
// with its time left.
type facts struct {
	step   string
	items  []string
	notes  []string
	state  string
	left   int // seconds, or -1 without a turn on screen
	seenAt time.Time
}

// turnRe reads the state of the turn on screen.
var turnRe = regexp.MustCompile(`(\d+):(\d\d) left · (running|paused|not started)`)

// stepRe reads the step counter of the header.
var stepRe = regexp.MustCompile(`step \d+ of \d+`)

// readFacts reads the facts off a screen.
func readFacts(screen string) facts {
	f := facts{step: stepRe.FindString(screen), left: secondsLeft(screen), seenAt: time.Now()}
	if m := turnRe.FindStringSubmatch(screen); m != nil {
		f.state = m[3]
	}
	for _, line := range strings.Split(screen, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "›"))
		switch {
		case strings.HasPrefix(line, "[x]"), strings.HasPrefix(line, "[ ]"):
			f.items = append(f.items, line)
		case strings.HasPrefix(line, "✎"):
			f.notes = append(f.notes, line)
		}
	}
	return f
}

// same reports how the facts after a resume differ from those before the
// kill, allowing a running turn the time that passed in between.
func (before facts) same(after facts) string {
	switch {
	case before.step != after.step:
		return "step " + before.step + " came back as " + after.step
	case !slices.Equal(before.items, after.items):
		return "checklist " + strings.Join(before.items, "|") + " came back as " + strings.Join(after.items, "|")
	case !slices.Equal(before.notes, after.notes):
		return "notes " + strings.Join(before.notes, "|") + " came back as " + strings.Join(after.notes, "|")
	case before.state != after.state:
		return "turn " + before.state + " came back " + after.state
	}
	want := before.left
	if before.state == "running" {
		want -= int(after.seenAt.Sub(before.seenAt).Seconds())
	}
	if d := after.left - want; d < -1 || d > 1 {
		return "time left " + itoaSigned(before.left) + " s came back as " + itoaSigned(after.left) + " s"
	}
	return ""
}

// itoaSigned writes an integer.
func itoaSigned(n int) string {
	if n < 0 {
		return "-" + itoaSigned(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoaSigned(n/10) + string(rune('0'+n%10))
}

// drillKeys are the things a coach does, picked at random by the drill.
var drillKeys = [][]string{
	{"x"}, {"x"}, {"x"}, {"Down"}, {"Down"}, {"n"}, {"n"}, {"n"}, {"p"},
	{"Space"}, {"Space"}, {"+"}, {"N", "note", "Enter"}, {"N", "note", "Enter"},
}

// TestDrillKillAtRandomMoments kills the program with SIGKILL at random
// moments of a session (random keys: ticks, moves, notes, the timer) and
// resumes it each time: what was on screen just before the kill comes
// back, the time left included.
func TestDrillKillAtRandomMoments(t *testing.T) {
	e2e.Drill(t)
	e2e.Require(t, "tmux")
	env := []string{"HOME=" + t.TempDir()}
	bin := e2e.BuildBinary(t)
	rng := rand.New(rand.NewPCG(7, 11))
	term := startSession(t, env, "run", "first", "--no-notify")
	lost := 0
	const rounds = 10
	for round := range rounds {
		for range 2 + rng.IntN(7) {
			keys := drillKeys[rng.IntN(len(drillKeys))]
			if keys[0] == "N" {
				term.Send("N")
				term.SendLiteral(keys[1] + itoaSigned(round))
				term.Send("Enter")
				continue
			}
			term.Send(keys...)
		}
		time.Sleep(time.Duration(50+rng.IntN(400)) * time.Millisecond)
		before := readFacts(settledScreen(term))
		syscall.Kill(term.PID(), syscall.SIGKILL)
		term.WaitExit(e2e.ExitWait)
		term = e2e.StartTerm(t, 100, 30, env, bin, "resume", "--no-notify")
		term.WaitForText(5*time.Second, "Resumed the session")
		t.Logf("round %d: %s, %d items (%d ticked), %d notes, turn %q %d s", round+1, before.step,
			len(before.items), countTicked(before.items), len(before.notes), before.state, before.left)
		if diff := before.same(readFacts(term.Screen())); diff != "" {
			lost++
			t.Errorf("round %d: %s", round+1, diff)
		}
	}
	t.Logf("%d kills at random moments, %d lost something on screen", rounds, lost)
	term.Send("C-c")
	term.WaitExit(e2e.ExitWait)
}

// settledScreen returns the screen once two captures 50 ms apart agree
// (or after two seconds), so that a key still being drawn on a busy
// machine is not taken for one the program never saw: a kill after the
// save and before the drawing would bring back more than the screen showed.
func settledScreen(term *e2e.Term) string {
	last := term.Screen()
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		now := term.Screen()
		if now == last {
			break
		}
		last = now
	}
	return last
}

// countTicked counts the ticked items of a checklist.
func countTicked(items []string) int {
	n := 0
	for _, it := range items {
		if strings.HasPrefix(it, "[x]") {
			n++
		}
	}
	return n
}
