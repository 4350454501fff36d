//go:build linux

package e2e_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
	"partnercoach/session"
)

// partnershipSpeed runs the rehearsal of a whole partnership session,
// two turns of 25 minutes, in about six seconds.
const partnershipSpeed = "600"

// The answers given before Partner B's turn.
const (
	partnerBWarning = "10"
	partnerBWish    = "just keep me company"
	wishQuestion    = "What would you like from me as your partner?"
)

// TestPartnershipInTmux runs the built-in partnership script in a real
// terminal as a rehearsal, through the whole session: two turns of 25
// minutes, Partner B first, each turn's warning answered in minutes, both
// turns run past their ends, and the review of the session on the screen
// at the end, with when each warning came. A rehearsal keeps nothing: no
// record, and nothing left waiting that would stop the next run.
// TestPartnershipRecordInTmux makes the same choices in a real run.
func TestPartnershipInTmux(t *testing.T) {
	t.Parallel()
	env := xdgEnv(t.TempDir())
	term := startPartnership(t, env, "--speed", partnershipSpeed)
	answerQuestions(t, term, "Partner B", partnerBWarning, partnerBWish)
	runTurnToItsEnd(t, term, "Partner B", "Partner A", partnerBWarning)
	term.Send("n")
	term.WaitForText(5*time.Second, "Feedback on Partner B's turn")
	term.Send("n")
	answerQuestions(t, term, "Partner A", "8", "")
	runTurnToItsEnd(t, term, "Partner A", "Partner B", "8")
	term.Send("n")
	term.WaitForText(5*time.Second, "Feedback on Partner A's turn")
	term.Send("n")
	term.WaitForText(5*time.Second, "Our next exchange")
	s := writeCoachLog(t, term, "Nothing was saved")
	for _, want := range []string{"Time by step, planned → taken", "Each cell is", "Partner B's turn: B…", "Partner A's turn: A…",
		"Partner B's turn ran over by", "; warned 15:00 into it", "Partner A's turn ran over by", "; warned 17:00 into it"} {
		if !strings.Contains(s, want) {
			t.Errorf("the review at the end lacks %q:\n%s", want, s)
		}
	}
	if strings.Index(s, "Partner B's turn: B…") > strings.Index(s, "Partner A's turn: A…") {
		t.Errorf("the review does not show Partner B's turn first:\n%s", s)
	}
	quit(t, term)
	if out := mustRun(t, env, "log", "export", "--format", "json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("the rehearsal left records:\n%s", out)
	}
	if _, stderr, code := runBinaryEnv(t, env, "resume"); code != 1 || !strings.Contains(stderr, "there is no unfinished session to resume") {
		t.Errorf("after the rehearsal, resume: exit %d, %s", code, stderr)
	}
}

// TestPartnershipRecordInTmux runs the partnership script for real with
// the choices and the answers of TestPartnershipInTmux's rehearsal and
// writes the coach log: its record must be a peer session's, with no fee,
// keeping the text answer; and 'partnercoach invoice' must not bill it.
func TestPartnershipRecordInTmux(t *testing.T) {
	t.Parallel()
	env := xdgEnv(t.TempDir())
	term := startPartnership(t, env)
	answered := answerQuestions(t, term, "Partner B", partnerBWarning, partnerBWish)
	writeCoachLog(t, term, "The exchange's record is saved as")
	quit(t, term)
	checkPeerRecord(t, env, answered)
}

// startPartnership runs the partnership script with args in an 80×30
// terminal, chooses its turns and who focuses first (see
// choosePartnership), and comes to the questions before Partner B's turn.
func startPartnership(t *testing.T, env []string, args ...string) *e2e.Term {
	t.Helper()
	e2e.Require(t, "tmux")
	argv := append([]string{e2e.BuildBinary(t), "run", "partnership", "--no-notify"}, args...)
	term := e2e.StartTerm(t, 80, 30, env, argv...)
	term.WaitForText(5*time.Second, "step 1 of 10 ") // at 80 columns the waiting hint takes the script's title's place
	choosePartnership(t, term)
	return term
}

// choosePartnership checks the session's first item and chooses two turns
// of 25 minutes and Partner B first, and comes to the questions before
// Partner B's turn.
func choosePartnership(t *testing.T, term *e2e.Term) {
	t.Helper()
	term.Send("x", "n")
	term.WaitForText(5*time.Second, "How long is each turn?")
	term.Send("Down", "Enter")
	term.WaitForText(5*time.Second, "(•) Two turns of 25 minutes")
	term.WaitForText(5*time.Second, "/ 60 min") // the session's length follows the turns
	term.Send("n")
	term.WaitForText(5*time.Second, "Who focuses first?")
	term.Send("Down", "Enter")
	term.WaitForText(5*time.Second, "(•) Partner B focuses first, Partner A listens")
	term.Send("n")
}

// answerQuestions answers the three questions before the focuser's turn:
// the second with the warning in minutes, the third, when wish is given,
// with it in words. It reports whether the screen took the words.
func answerQuestions(t *testing.T, term *e2e.Term, focuser, warning, wish string) bool {
	t.Helper()
	term.WaitForText(5*time.Second, "Three questions before "+focuser+"'s turn")
	term.Send("Down", "Enter")
	term.WaitForText(5*time.Second, "Minutes:")
	term.SendLiteral(warning)
	term.Send("Enter")
	term.WaitForText(5*time.Second, "— "+warning+" minutes")
	if wish == "" {
		return false
	}
	term.Send("Down", "Enter")
	// A text answer is typed in a field like the minutes'; until the screen
	// has one, Enter only checks the item off, and typing the words would
	// give commands.
	if _, err := term.WaitFor(2*time.Second, func(s string) bool { return strings.Contains(s, "Answer: ") }); err != nil {
		t.Errorf("the screen offers no field for the answer in words to %q:\n%s", wishQuestion, term.Screen())
		return false
	}
	term.SendLiteral(wish)
	term.Send("Enter")
	term.WaitForText(5*time.Second, "— "+wish)
	return true
}

// runTurnToItsEnd goes on to the focuser's turn, checks the roles and the
// turn's length and warning, starts it and waits for its warning and then
// its end.
func runTurnToItsEnd(t *testing.T, term *e2e.Term, focuser, listener, warning string) {
	t.Helper()
	term.Send("n")
	s := term.WaitForText(5*time.Second, focuser+"'s turn: ")
	if !strings.Contains(s, "Focusing: "+focuser) || !strings.Contains(s, "Listening: "+listener) {
		t.Errorf("the roles do not read %q focusing and %q listening:\n%s", focuser, listener, s)
	}
	term.WaitForText(5*time.Second, "25:00 left")
	term.WaitForText(5*time.Second, "warning at "+warning+":00")
	term.Send("Space")
	lead, _ := strconv.Atoi(warning)
	waitWarning(t, term, focuser+"'s turn", lead) // when it came is in the review at the end
	term.WaitForText(10*time.Second, "Time is up: "+focuser+"'s turn is over")
}

// writeCoachLog ends the session, takes every answer of the coach log
// form (or the form after a peer exchange) as it stands (held, and so on)
// and waits for done, the word of where the log went. It returns the
// screen then. No screen on the way may show any of never.
func writeCoachLog(t *testing.T, term *e2e.Term, done string, never ...string) string {
	t.Helper()
	var seen []string
	defer func() { refuseWords(t, seen, never) }()
	term.Send("E")
	seen = append(seen, term.WaitForText(formWait, " now"))
	term.Choose(1)
	form, err := term.WaitFor(formWait, func(s string) bool {
		return strings.Contains(s, "How did the session go?") || strings.Contains(s, "How did the exchange go?")
	})
	if err != nil {
		t.Fatal(err)
	}
	seen = append(seen, form)
	for range 10 {
		before := term.Screen()
		if strings.Contains(before, done) { // the last Enter's screen settled after it was read
			return before
		}
		term.Send("Enter")
		s, err := term.WaitFor(formWait, func(s string) bool { return s != before })
		if err != nil {
			break
		}
		if strings.Contains(s, "Writing the ") {
			s, _ = term.WaitFor(formWait, func(s string) bool { return !strings.Contains(s, "Writing the ") })
		}
		if seen = append(seen, s); strings.Contains(s, done) {
			return s
		}
	}
	if s := term.Screen(); strings.Contains(s, done) {
		return s
	}
	t.Fatalf("the coach log form did not end with %q:\n%s", done, term.Screen())
	return ""
}

// refuseWords fails the test for each screen seen that shows one of never.
func refuseWords(t *testing.T, seen, never []string) {
	t.Helper()
	for _, s := range seen {
		for _, n := range never {
			if strings.Contains(s, n) {
				t.Errorf("the screen shows %q:\n%s", n, s)
			}
		}
	}
}

// quit quits the program from the end of a session.
func quit(t *testing.T, term *e2e.Term) {
	t.Helper()
	term.Send("q")
	term.WantExit(0)
}

// checkPeerRecord checks the record of the real run: a held peer session
// of the partnership script with no fee, Partner B's turn first with its
// warning, and the answer in words kept when it was taken; and that the
// month's invoice does not bill it.
func checkPeerRecord(t *testing.T, env []string, answered bool) {
	t.Helper()
	out, stderr, code := runBinaryEnv(t, env, "log", "export", "--format", "json")
	if code != 0 {
		t.Fatalf("log export: exit %d, %s", code, stderr)
	}
	var recs []session.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil || len(recs) != 1 {
		t.Fatalf("log export: %v, %d records:\n%s", err, len(recs), out)
	}
	r := recs[0]
	if !r.Peer() || r.Kind != "peer" || r.Script != "partnership" || r.FeeCents != 0 || r.Outcome != session.Held || r.Number != 0 {
		t.Errorf("record: kind %q, script %q, fee %d, outcome %q, number %d; want a held peer session of partnership, no fee",
			r.Kind, r.Script, r.FeeCents, r.Outcome, r.Number)
	}
	var ids []string
	var questions, turn session.StepRecord
	for _, st := range r.Steps {
		ids = append(ids, st.ID)
		switch st.ID {
		case "b-questions":
			questions = st
		case "b-turn":
			turn = st
		}
	}
	if strings.Join(ids, " ") != "settle turn-length who-first b-questions b-turn b-feedback a-questions a-turn a-feedback next-time" {
		t.Errorf("steps in the order %v, want Partner B's first", ids)
	}
	if turn.Turn == nil || turn.Turn.Length.D() != 25*time.Minute || turn.Turn.Name != "Partner B's turn" {
		t.Errorf("Partner B's turn: %+v, want 25 minutes", turn.Turn)
	}
	if answered {
		if got := questions.Answers[wishQuestion]; got != partnerBWish {
			t.Errorf("the answer in words is %q in the questions, want %q", got, partnerBWish)
		}
		if turn.Turn == nil || turn.Turn.Answers[wishQuestion] != partnerBWish {
			t.Errorf("Partner B's turn keeps %+v, want the answer %q", turn.Turn, partnerBWish)
		}
	}
	out, stderr, code = runBinaryEnv(t, env, "invoice")
	if code != 0 {
		t.Fatalf("invoice: exit %d, %s", code, stderr)
	}
	if strings.Contains(out, r.ID) || strings.Contains(out, "partnership") || !strings.Contains(out, "$0.00") {
		t.Errorf("the invoice bills the peer session %s:\n%s", r.ID, out)
	}
}
