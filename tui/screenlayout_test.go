package tui

import (
	"regexp"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/notify"
)

// throughCoachTurn runs a first session at 120×40 to the coach's turn and
// through its three 5-minute segments, each started with space.
func throughCoachTurn(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t, "first", 120, 40)
	h.toStep("My turn")
	h.keys("space")
	for range 3 {
		h.tick(5 * time.Minute)
		h.keys("space")
	}
	return h
}

// TestHeaderKeepsTheOverrunDownTo50Columns runs a session over its plan
// and checks, at every width from 50 up, that the header keeps the step,
// the session's time, the overrun and the projected end on one line.
func TestHeaderKeepsTheOverrunDownTo50Columns(t *testing.T) {
	h := throughCoachTurn(t)
	h.tick(20 * time.Minute) // 20 minutes of overtime in the coach's turn
	end := regexp.MustCompile(`~\d\d:\d\d`)
	for w := 50; w <= 160; w++ {
		h.send(teaSize(w, 24))
		head := strings.SplitN(h.screen(), "\n", 2)[0]
		if ansi.StringWidth(head) > w {
			t.Fatalf("at %d columns the header is too wide: %q", w, head)
		}
		for _, want := range []*regexp.Regexp{regexp.MustCompile(`7( of |/)11`), regexp.MustCompile(`\d+m ?/ ?50`),
			regexp.MustCompile(`\+\d+|over by \d+ min`), end} {
			if !want.MatchString(head) {
				t.Errorf("at %d columns the header %q lacks %v", w, head, want)
			}
		}
	}
	h.send(teaSize(50, 16))
	if head := strings.SplitN(h.screen(), "\n", 2)[0]; !strings.Contains(head, "step 7/11") || strings.Contains(head, "First") {
		t.Errorf("at 50 columns the header keeps the title or lacks the step: %q", head)
	}
}

// TestQuitQuestionIsWhole checks that the quit question and all its keys
// are on screen at 50 and 80 columns.
func TestQuitQuestionIsWhole(t *testing.T) {
	for _, size := range [][2]int{{50, 16}, {80, 24}} {
		h := newHarness(t, "first", size[0], size[1])
		h.keys("x", "q")
		s := h.screen()
		flat := strings.Join(strings.Fields(s), " ")
		for _, want := range []string{"Quit?", "[Stay] Quit End and write the log", "←/→ = choose, enter = answer, esc = stay"} {
			if !strings.Contains(flat, want) {
				t.Errorf("at %dx%d the quit question lacks %q:\n%s", size[0], size[1], want, s)
			}
		}
		if lines := strings.Split(s, "\n"); strings.Contains(strings.Join(lines[len(lines)-3:], "\n"), "…") {
			t.Errorf("at %dx%d the quit question is cut:\n%s", size[0], size[1], s)
		}
	}
}

// TestSavedLogKeepsItsIDWhole writes a coach log in a narrow window and
// checks that the record's id is never split across lines.
func TestSavedLogKeepsItsIDWhole(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		for _, w := range []int{50, 57, 63, 80} {
			h := newHarness(t, "first", w, 24)
			h.keys("x")
			h.clock.Add(50 * time.Minute)
			h.keys("E")
			h.choose(app.CmdYes)
			fillLog(h)
			s := h.screen()
			if n := strings.Count(s, "2026-11-22-0001"); n != 2 {
				t.Errorf("at %d columns the id shows whole %d times, want 2:\n%s", w, n, s)
			}
		}
	})
}

// TestFollowupCoachLogKeepsItsTime checks that the coach log's header
// keeps the session's times when the title and the name are long.
func TestFollowupCoachLogKeepsItsTime(t *testing.T) {
	for _, w := range []int{50, 80} {
		h := newHarness(t, "followup", w, 24)
		h.keys("x")
		h.tick(50 * time.Minute)
		h.keys("E")
		h.choose(app.CmdYes)
		head := strings.SplitN(h.screen(), "\n", 2)[0]
		if !regexp.MustCompile(`\d\d:\d\d–\d\d:\d\d \(\d+:\d\d\)`).MatchString(head) {
			t.Errorf("at %d columns the coach log's header lacks its time: %q", w, head)
		}
	}
}

// TestBodyKeepsItsTalkingPoints fills the lines under the step (a
// standing failure, an alert from another step, a hint) and checks that
// at the smallest size at least three lines of talking points show, with
// the cue that more are cut.
func TestBodyKeepsItsTalkingPoints(t *testing.T) {
	h := newHarness(t, "first", 50, 16)
	h.notes.Err = notify.ErrNoBus
	h.toStep("My turn")
	h.keys("space")
	h.tick(5*time.Minute + time.Second) // the check-in: a banner, a failed notification
	for _, size := range [][2]int{{50, 16}, {60, 20}, {80, 24}} {
		h.send(teaSize(size[0], size[1]))
		s := h.screen()
		first, cue := strings.Index(s, "\n• "), strings.Index(s, "more lines (pgdown)")
		if first < 0 || cue < 0 {
			t.Fatalf("at %dx%d no talking points, or no cue that they are cut:\n%s", size[0], size[1], s)
		}
		if n := strings.Count(s[first:cue], "\n") - 1; n < minPoints {
			t.Errorf("at %dx%d %d lines of talking points show, want %d or more:\n%s", size[0], size[1], n, minPoints, s)
		}
	}
}

// TestStandingFailureIsSaidOnceThenMarked checks that a failed desktop
// notification is said in full, then, after a key, kept as a mark in the
// header's rule, with the full text in the help.
func TestStandingFailureIsSaidOnceThenMarked(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.notes.Err = notify.ErrNoBus
	h.toStep("My turn")
	h.keys("space")
	h.tick(5*time.Minute + time.Second)
	full := "Desktop notification failed"
	if s := h.screen(); !strings.Contains(s, full) {
		t.Fatalf("the failure is not said in full:\n%s", s)
	}
	h.keys("down")
	s := h.screen()
	rule := strings.Split(s, "\n")[1]
	if strings.Contains(s, full) || !strings.Contains(rule, "⚠ no desktop alerts") {
		t.Fatalf("after a key the failure is not a mark in the rule:\n%s", s)
	}
	h.keys("?")
	if s := h.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), full) {
		t.Fatalf("the help does not say the failure in full:\n%s", s)
	}
}

// TestLargeClockGrowsWithTheWindow checks the large clock's height at
// small, middle and large windows, and that its minutes agree with the
// plain line under it.
func TestLargeClockGrowsWithTheWindow(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.toStep("My turn")
	h.keys("space")
	h.tick(500 * time.Millisecond) // 14:59.5 left: "15:00 left", and 15 on the clock
	for _, tc := range []struct {
		w, h, rows int
	}{{80, 24, 3}, {100, 30, 5}, {120, 40, 8}} {
		h.send(teaSize(tc.w, tc.h))
		s := h.screen()
		if !strings.Contains(s, "15:00 left") {
			t.Fatalf("at %dx%d no plain 15:00 left:\n%s", tc.w, tc.h, s)
		}
		want := bigTextSized("15", clockSizes[sizeOfRows(tc.rows)])
		first := strings.Split(want, "\n")[0]
		if !strings.Contains(s, "  "+first) || !strings.Contains(s, strings.Split(want, "\n")[tc.rows-1]+" min") {
			t.Errorf("at %dx%d the large clock is not 15 in %d rows:\n%s", tc.w, tc.h, tc.rows, s)
		}
	}
	h.tick(time.Second) // 14:58.5 left: "14:59 left" under 14
	if s := h.screen(); !strings.Contains(s, "14:59 left") || !strings.Contains(s, strings.Split(bigTextSized("14", clockSizes[2]), "\n")[0]) {
		t.Errorf("14:59 left is not under a large 14:\n%s", s)
	}
}

// sizeOfRows is the index of the clock size that is rows high.
func sizeOfRows(rows int) int {
	for i, z := range clockSizes {
		if z.rows() == rows {
			return i
		}
	}
	return -1
}

// TestCutPointsAlwaysSayMore draws the check-in, with a banner and a
// failed notification under it, at many sizes, and checks that whenever
// some talking points are not on screen a line says there are more.
func TestCutPointsAlwaysSayMore(t *testing.T) {
	h := newHarness(t, "first", 80, 24)
	h.notes.Err = notify.ErrNoBus
	h.toCheckIn()
	all := len(h.m.core.Session().Current().Points)
	for w := MinWidth; w <= 130; w += 4 {
		for ht := MinHeight; ht <= 44; ht += 2 {
			h.send(teaSize(w, ht))
			s := h.screen()
			if strings.Count(s, "• ") < all && !strings.Contains(s, "more lines (pg") {
				t.Fatalf("%dx%d: points are cut without a word:\n%s", w, ht, s)
			}
		}
	}
}

// TestHeaderSaysNoOverrunOfZeroMinutes runs a session just past its plan,
// by less than a minute: the header, which counts in minutes, must not
// say "over by 0 min" at any width, and must say "over by 1 min" once a
// minute is over. On the code before, it said "over by 0 min".
func TestHeaderSaysNoOverrunOfZeroMinutes(t *testing.T) {
	h := throughCoachTurn(t)
	ses := h.m.screen.(*sessionModel).ses
	for ses.Over(h.clock.Now()) == 0 {
		h.tick(5 * time.Second)
	}
	zero := regexp.MustCompile(`over by 0 min|\+0 min|\+0 ·`)
	for _, w := range []int{50, 80, 120} {
		h.send(teaSize(w, 24))
		if head := strings.SplitN(h.screen(), "\n", 2)[0]; zero.MatchString(head) {
			t.Errorf("at %d columns, %v over: %q", w, ses.Over(h.clock.Now()), head)
		}
	}
	for ses.Over(h.clock.Now()) < time.Minute {
		h.tick(5 * time.Second)
	}
	h.send(teaSize(120, 40))
	if head := strings.SplitN(h.screen(), "\n", 2)[0]; !strings.Contains(head, "over by 1 min") {
		t.Errorf("a minute over: %q", head)
	}
}

// TestStandingFailureOnASmallScreenIsBrief fails a desktop notification
// on a 50×16 screen, where the status lines are cut to one line each:
// the failure must read as its brief with where to read more, not as the
// start of its sentence. On the code before, it read "Desktop
// notification failed (no D-Bus session bus); the".
func TestStandingFailureOnASmallScreenIsBrief(t *testing.T) {
	h := newHarness(t, "first", 50, 16)
	h.notes.Err = notify.ErrNoBus
	h.toStep("My turn")
	h.keys("space")
	h.tick(5*time.Minute + time.Second) // the check-in: a banner, a failed notification
	s := h.screen()
	if !strings.Contains(s, "⚠ no desktop alerts (? says more)") || strings.Contains(s, "Desktop notification failed") {
		t.Fatalf("the failure is not said in brief on a small screen:\n%s", s)
	}
	h.send(teaSize(80, 24))
	if s := h.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), "Desktop notification failed (no D-Bus session bus)") {
		t.Fatalf("with room, the failure is not said in full:\n%s", s)
	}
}

// TestAWarningLongerThanTheTurnIsSaid runs a session whose warning (59
// minutes) is longer than the coach's 15-minute turn: the turn's line must
// say that no warning will come. On the code before, it said nothing, and
// the coach waited for one.
func TestAWarningLongerThanTheTurnIsSaid(t *testing.T) {
	h := newHarnessWith(t, "first", 120, 40, func(c *app.Config) { c.Session.Warn = 59 * time.Minute })
	h.toStep("My turn")
	want := "no warning: its lead, 59 minutes, is not shorter than the turn"
	if s := h.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
		t.Fatalf("the turn does not say %q:\n%s", want, s)
	}
}
