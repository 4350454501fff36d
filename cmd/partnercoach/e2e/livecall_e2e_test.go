//go:build linux

package e2e_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// The end-to-end tests of issue 12's items 2, 5, 7, 9, 10 and 11: the
// built binary in tmux, as a coach uses it on a live call.

// startAt runs the binary in a width×height tmux terminal with env and
// waits for ready on the screen.
func startAt(t *testing.T, width, height int, env []string, ready string, args ...string) *e2e.Term {
	t.Helper()
	e2e.Require(t, "tmux")
	term := e2e.StartTerm(t, width, height, env, append([]string{e2e.BuildBinary(t)}, args...)...)
	term.WaitForText(5*time.Second, ready)
	return term
}

// agendaUsedRe reads the coach's turn's row of the agenda: its mark and
// the minutes it used.
var agendaUsedRe = regexp.MustCompile(`(\S) My turn: coach f…\s+15:00\s+(\d+)m`)

// TestLeftTurnStopsInTmux (item 2): moving past a running turn stops it;
// the agenda marks it as a turn that ran and its time stays what it ran;
// nothing says it runs on; v previews the next step without leaving.
func TestLeftTurnStopsInTmux(t *testing.T) {
	t.Parallel()
	term := startAt(t, 120, 40, nil, "Welcome and introductions", "run", "first", "--speed", "120", "--no-notify", "--no-save")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(3*time.Second, "· running")
	if _, err := term.WaitFor(5*time.Second, func(s string) bool { n := secondsLeft(s); return n > 0 && n < 14*60 }); err != nil {
		t.Fatalf("the turn did not run a minute: %v", err)
	}
	term.Send("n")
	s := term.WaitForText(3*time.Second, "step 8 of 11")
	m := agendaUsedRe.FindStringSubmatch(s)
	if m == nil || m[1] != "●" {
		t.Fatalf("the agenda does not mark the coach's turn ● (ran):\n%s", s)
	}
	if strings.Contains(s, "running") {
		t.Fatalf("a turn left behind is said to run on:\n%s", s)
	}
	time.Sleep(1500 * time.Millisecond) // three minutes of the rehearsal's clock
	s = term.Screen()
	if later := agendaUsedRe.FindStringSubmatch(s); later == nil || later[2] != m[2] || strings.Contains(s, "running") {
		t.Fatalf("the turn left behind ran on (used %sm before):\n%s", m[2], s)
	}
	term.Send("v")
	s = term.WaitForText(3*time.Second, "Next: Their turn: newcomer focuses")
	if !strings.Contains(s, "step 8 of 11") {
		t.Fatalf("the preview left the step:\n%s", s)
	}
	term.Send("Escape")
	if s := term.WaitForText(3*time.Second, "Feedback on my turn  "); strings.Contains(s, "Next:") {
		t.Fatalf("esc did not close the preview:\n%s", s)
	}
	term.Send("C-c")
}

// TestHeaderKeepsTheOverrunInTmux (item 5): at 50×16 and 80×24, in a
// rehearsal long over its planned time, the header keeps the step, the
// session's time, the overrun and the projected end.
func TestHeaderKeepsTheOverrunInTmux(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		width, height int
		header        *regexp.Regexp
	}{
		{50, 16, regexp.MustCompile(`^1/11 · .*\b(\d+)m/50 · \+(\d+)( min)? · ~(\d\d:\d\d)\s*$`)},
		{80, 24, regexp.MustCompile(`^step 1 of 11 · .*session (\d+)m / 50 min · over by (\d+) min, ends ~(\d\d:\d\d)\s*$`)},
	} {
		t.Run(strconv.Itoa(c.width), func(t *testing.T) {
			t.Parallel()
			term := startAt(t, c.width, c.height, nil, "Welcome and introductions", "run", "first", "--speed", "3600", "--no-notify", "--no-save")
			term.Send("x") // the call starts
			s, err := term.WaitFor(5*time.Second, func(s string) bool {
				m := c.header.FindStringSubmatch(strings.Split(s, "\n")[0])
				n := 0
				if m != nil {
					n, _ = strconv.Atoi(m[1])
				}
				return n > 60
			})
			if err != nil {
				t.Fatalf("the header lost the step, the session time, the overrun or the end: %v", err)
			}
			head := strings.Split(s, "\n")[0]
			t.Logf("%d columns: %s", c.width, head)
			// At 3600× the session's end is seconds away in real time: the
			// projected end is a time of day on the wall clock (item 8),
			// this minute or the next, never the rehearsal's fast clock.
			m := c.header.FindStringSubmatch(head)
			ends := m[len(m)-1]
			if now := time.Now(); ends != now.Format("15:04") && ends != now.Add(time.Minute).Format("15:04") &&
				ends != now.Add(-time.Minute).Format("15:04") {
				t.Errorf("the projected end ~%s is not real wall-clock time (now %s)", ends, now.Format("15:04"))
			}
			term.Send("C-c")
		})
	}
}

// TestQuitQuestionWholeInTmux (item 5): at 80 columns the quit question of
// a real session shows every choice.
func TestQuitQuestionWholeInTmux(t *testing.T) {
	t.Parallel()
	term := startAt(t, 80, 24, nil, "Welcome and introductions", "run", "first", "--no-notify")
	term.Send("x")
	term.WaitForText(3*time.Second, "[x]")
	term.Send("q")
	s := term.WaitForText(3*time.Second, "Quit?")
	if !strings.Contains(s, "[Stay]  Quit   End and write the log") || !strings.Contains(s, "←/→ = choose, enter = answer, esc = stay") {
		t.Fatalf("the quit question is cut at 80 columns:\n%s", s)
	}
	term.Send("Escape")
	if _, err := term.WaitFor(3*time.Second, func(s string) bool { return !strings.Contains(s, "Quit?") }); err != nil {
		t.Fatalf("esc did not close the quit question: %v", err)
	}
	term.Send("C-c")
}

// digitPixels are the large clock's digits, five rows of three pixels, as
// its font draws them: read from the screen to check what it shows.
var digitPixels = map[string]rune{
	"111101101101111": '0', "011001001001001": '1', "111001111100111": '2',
	"111001011001111": '3', "101101111001001": '4', "111100111001111": '5',
	"111100111101111": '6', "111001001001001": '7', "111101111101111": '8',
	"111101111001111": '9',
}

// bigClock reads the large clock's digits from a screen, and how many rows
// it takes; "" if there is none. It is drawn two cells in, its pixels
// scaled by 1, 2 or 3 for a clock of 3, 5 or 8 rows, a pixel's width
// between digits.
func bigClock(screen string) (digits string, rows int) {
	var block [][]rune
	for _, line := range strings.Split(screen, "\n") {
		if strings.ContainsAny(line, "▀▄") || strings.Contains(line, "█") && !strings.Contains(line, "░") {
			block = append(block, []rune(line))
		} else if block != nil {
			break
		}
	}
	scale := map[int]int{3: 1, 5: 2, 8: 3}[len(block)]
	if scale == 0 {
		return "", len(block)
	}
	pixel := func(x, y int) bool { // y in half rows
		line := block[y/2]
		if x >= len(line) {
			return false
		}
		r := line[x]
		return r == '█' || (y%2 == 0 && r == '▀') || (y%2 == 1 && r == '▄')
	}
	for glyph := 0; ; glyph++ {
		var code strings.Builder
		for py := range 5 {
			for px := range 3 {
				on := pixel(2+(glyph*4+px)*scale, py*scale)
				code.WriteByte("01"[map[bool]int{false: 0, true: 1}[on]])
			}
		}
		d, ok := digitPixels[code.String()]
		if !ok {
			return digits, len(block)
		}
		digits += string(d)
	}
}

// segmentLeftRe reads the first segment's minutes left.
var segmentLeftRe = regexp.MustCompile(`segment 1 of 3 · (\d+) min left in it`)

// clockOfRunningTurn starts the coach's turn at real speed in a
// width×height terminal and checks that the large clock, the plain line
// and the segment's minutes agree on a settled screen. It returns the
// large clock's rows.
func clockOfRunningTurn(t *testing.T, width, height int) int {
	term := startAt(t, width, height, nil, "Welcome and introductions", "run", "first", "--no-notify", "--no-save")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(3*time.Second, "· running")
	prev := ""
	s, err := term.WaitFor(5*time.Second, func(s string) bool { // the same twice: a whole frame
		same := s == prev && secondsLeft(s) > 0
		prev = s
		return same
	})
	if err != nil {
		t.Fatal(err)
	}
	term.Send("C-c")
	left := secondsLeft(s)
	big, rows := bigClock(s)
	if big != strconv.Itoa(left/60) {
		t.Errorf("%d×%d: the large clock reads %q above %d:%02d left:\n%s", width, height, big, left/60, left%60, s)
	}
	m := segmentLeftRe.FindStringSubmatch(s)
	if m == nil || m[1] != strconv.Itoa((left-10*60)/60) {
		t.Errorf("%d×%d: the segment's minutes left do not agree with %d:%02d left:\n%s", width, height, left/60, left%60, s)
	}
	return rows
}

// TestClockReadoutsAgreeInTmux (item 7): while a turn runs the large
// clock and the plain line show the same minute, the segment's line says
// what it counts, and the large clock grows with the window.
func TestClockReadoutsAgreeInTmux(t *testing.T) {
	t.Parallel()
	small := clockOfRunningTurn(t, 80, 24)
	large := clockOfRunningTurn(t, 120, 40)
	t.Logf("the large clock is %d rows at 80×24, %d at 120×40", small, large)
	if large <= small {
		t.Fatalf("the large clock is %d rows at 120×40, no taller than %d at 80×24", large, small)
	}
}

// points counts the talking points on a screen.
func points(screen string) int {
	n := 0
	for _, line := range strings.Split(screen, "\n") {
		if strings.HasPrefix(line, "• ") {
			n++
		}
	}
	return n
}

// TestNoBusSaidOnceInTmux (item 9; issue 19, item 5): with notifications
// on and no D-Bus, the session screen says so from the start, before any
// alert is due, once in full, then as a small mark, and the talking
// points keep their room; the alerts to come do not say it again.
func TestNoBusSaidOnceInTmux(t *testing.T) {
	t.Parallel()
	term := startAt(t, 80, 24, []string{"XDG_RUNTIME_DIR=" + t.TempDir()}, "No desktop alerts (no D-Bus session bus)", "run", "first", "--speed", "120", "--no-save")
	s := term.Screen()
	if n := points(s); n < 3 || !strings.Contains(s, "Welcome and introductions") {
		t.Errorf("%d talking points beside the problem, want 3 or more:\n%s", n, s)
	}
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(10*time.Second, "segment 2 of 3")
	term.Send("Space")
	s = term.WaitForText(3*time.Second, "no desktop alerts")
	if strings.Contains(s, "No desktop alerts") || points(s) < 3 {
		t.Errorf("after a key the failure should be a small mark, with 3 or more talking points:\n%s", s)
	}
	s = term.WaitForText(10*time.Second, "Segment 2 of 3 of the coach's turn is done") // the next alert
	if strings.Contains(s, "No desktop alerts") || strings.Contains(s, "Desktop notification failed") || !strings.Contains(s, "no desktop alerts") || points(s) < 3 {
		t.Errorf("the failure was said again, or crowded the talking points:\n%s", s)
	}
	term.Send("C-c")
}

// savedAsRe reads the id of a coach log just written.
var savedAsRe = regexp.MustCompile(`saved as (\d{4}-\d\d-\d\d-\d+)`)

// TestThirdAnswerKeptInTmux (item 10): in a real follow-up session the
// newcomer's answer to the third question, and the coach's own answer,
// are typed in, shown in the turns and kept in the coach log.
func TestThirdAnswerKeptInTmux(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	term := startAt(t, 80, 30, []string{"HOME=" + home}, "step 1 of 10", "run", "followup", "--no-notify", "--newcomer", "AB")
	term.Send("n", "n", "n")
	term.WaitForText(3*time.Second, "Three questions before their turn")
	const wish, mine = "just keep me company", "say back my words"
	typeAnswer := func(downs int, answer string) {
		for range downs {
			term.Send("Down")
		}
		term.Send("Enter")
		term.WaitForText(3*time.Second, "Answer: ")
		term.SendLiteral(answer)
		term.Send("Enter")
		term.WaitForText(3*time.Second, "— "+answer)
	}
	typeAnswer(2, wish)
	term.Send("n")
	s := term.WaitForText(3*time.Second, "Their turn: newcomer focuses")
	if !strings.Contains(s, wish) {
		t.Fatalf("the newcomer's answer is not on screen in their turn:\n%s", s)
	}
	term.Send("n", "n")
	term.WaitForText(3*time.Second, "My turn: coach focuses")
	typeAnswer(1, mine)
	s = writeCoachLog(t, term, "The coach log is saved as")
	id := savedAsRe.FindStringSubmatch(s)
	if id == nil {
		t.Fatalf("no id of the coach log:\n%s", s)
	}
	quit(t, term)
	out, stderr, code := runBinaryEnv(t, []string{"HOME=" + home, "PATH=" + os.Getenv("PATH")}, "log", "show", id[1])
	if code != 0 {
		t.Fatalf("log show %s: exit %d, %s", id[1], code, stderr)
	}
	for _, want := range []string{wish, mine} {
		if !strings.Contains(out, want) {
			t.Errorf("log show %s lacks %q:\n%s", id[1], want, out)
		}
	}
}

// TestCardsInAccessibleMode (item 11): on a pipe, cards lists the cards
// and card 1 says one.
func TestCardsInAccessibleMode(t *testing.T) {
	t.Parallel()
	p := startPiped(t, xdgEnv(t.TempDir()), "run", "first", "--no-notify", "--no-save")
	p.expect(5*time.Second, "Step 1 of 11")
	p.send("cards")
	p.expect(2*time.Second, "Reference cards, 14 cards")
	p.expect(time.Second, "4. Listening in the partnership model (listening).")
	p.send("card 1")
	p.expect(2*time.Second, "Card: Explaining Focusing briefly.")
	p.expect(2*time.Second, "End of the card.")
	p.send("q")
	p.expect(2*time.Second, "Quit.")
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}

// TestCardsPauseAndOneEscapeInTmux (item 11): in the full screen, in a
// running turn, c opens the cards; space pauses the turn from an open
// card, and one Escape goes back to the session.
func TestCardsPauseAndOneEscapeInTmux(t *testing.T) {
	t.Parallel()
	term := startAt(t, 100, 30, nil, "Welcome and introductions", "run", "first", "--no-notify", "--no-save")
	toCoachTurn(t, term)
	term.Send("Space")
	term.WaitForText(3*time.Second, "· running")
	term.Send("c")
	term.WaitForText(3*time.Second, "For this step")
	term.Send("Enter")
	term.WaitForText(3*time.Second, "Listening in the partnership model")
	term.Send("Space")
	term.WaitForText(3*time.Second, "left · paused")
	term.Send("Escape")
	s, err := term.WaitFor(3*time.Second, func(s string) bool {
		return !strings.Contains(s, "Listening in the partnership model") && !strings.Contains(s, "For this step")
	})
	if err != nil || !strings.Contains(s, "My turn: coach focuses") || !strings.Contains(s, "left · paused") {
		t.Fatalf("one Escape did not go back to the paused turn (%v):\n%s", err, s)
	}
	term.Send("C-c")
}
