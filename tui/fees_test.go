package tui

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/around/records/recordtest"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/tui/plain"
)

// feeRoster is the start screen's list of Ann Example, who did not come
// to her first session, and Bob Tester, who had two: worked out from
// their records by the one rule, as the command line does.
func feeRoster(t *testing.T) app.Roster {
	t.Helper()
	list := []book.Newcomer{
		{Name: "Ann Example", Assigned: book.NewDate(2026, time.November, 1)},
		{Name: "Bob Tester", Assigned: book.NewDate(2026, time.November, 2)},
	}
	noShow := recordtest.Simple("n1", "Ann Example", 1, recordtest.Noon(3), session.NoShow, 2500)
	noShow.Script = "first"
	recs := []session.Record{
		noShow,
		recordtest.Simple("b1", "Bob Tester", 1, recordtest.Noon(4), session.Held, 2500),
		recordtest.Simple("b2", "Bob Tester", 2, recordtest.Noon(11), session.Held, 5000),
	}
	return app.Roster{Entries: book.Roster(list, recs, fees.Default, recordtest.Noon(20))}
}

// feeCase is whom a session is with, as each front end is told, and the
// proposal and fee both are to give.
type feeCase struct {
	name     string
	down     int      // the full screen's rows below the first to whom
	lines    []string // the accessible mode's answers
	script   string   // proposed, or picked
	pick     int      // the full screen's rows below the proposed to the script
	fee      string   // shown, or "" for none
	billed   string   // the session's fee
	newcomer string
	number   int
}

// TestBothFrontEndsGiveTheSameFeeAndProposal: for whom the session is
// with, the full screen and the accessible mode propose the same script
// at the same fee, the core's, and start the same session: Ann's first
// session still, after the one she did not come to, at a first session's
// fee; Bob's third, a follow-up; and a coaching session with no newcomer,
// for which neither names a fee, and which is not billed.
func TestBothFrontEndsGiveTheSameFeeAndProposal(t *testing.T) {
	for _, tc := range []feeCase{
		{"after a no-show before the first", 0, []string{"1", ""}, "first", 0, "$25.00", "$25.00", "Ann Example", 1},
		{"a follow-up", 1, []string{"2", ""}, "followup", 0, "$50.00", "$50.00", "Bob Tester", 3},
		{"coaching with no newcomer", 3, []string{"none", "coaching"}, "coaching", 2, "", "$0.00", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			core := onScreen(t, tc)
			said, snap := runAccessible(t, core.Config().Scripts, tc.lines)
			out := strings.Join(strings.Fields(said), " ")
			if tc.pick == 0 && !strings.Contains(out, "(Enter alone: "+tc.script+").") {
				t.Fatalf("the accessible mode does not propose %s:\n%s", tc.script, said)
			}
			line := regexp.MustCompile(`\d\. ` + tc.script + `: [^.]*, 50 minutes, \d+ steps\.( Fee \$[0-9.]+\.)?`).FindStringSubmatch(out)
			want := ""
			if tc.fee != "" {
				want = " Fee " + tc.fee + "."
			}
			if line == nil || line[1] != want {
				t.Fatalf("the accessible mode gives %s with %q, want %q:\n%s", tc.script, line, want, said)
			}
			if o := core.Session().Options(); core.Session().Script().Name != tc.script || o.Newcomer != tc.newcomer || o.Number != tc.number ||
				snap.Script != tc.script || snap.Newcomer != tc.newcomer || snap.Number != tc.number {
				t.Fatalf("the full screen started %s with %+v, the accessible mode %s with %q, %d; want %s with %q, %d",
					core.Session().Script().Name, o, snap.Script, snap.Newcomer, snap.Number, tc.script, tc.newcomer, tc.number)
			}
			if fees.FormatCents(core.LogAnswers().FeeCents) != tc.billed {
				t.Fatalf("the session's fee is %s, want %s", fees.FormatCents(core.LogAnswers().FeeCents), tc.billed)
			}
		})
	}
}

// onScreen runs the full screen's start screen on feeRoster for the case,
// checks the script it proposes and the fee it shows, starts the session
// and returns the core.
func onScreen(t *testing.T, tc feeCase) *app.Core {
	t.Helper()
	h := newHarnessWith(t, "", 100, 40, func(c *app.Config) {
		c.Session, c.Roster = session.Options{}, feeRoster(t)
	})
	for range tc.down {
		h.keys("down")
	}
	h.keys("enter")
	if tc.pick == 0 {
		proposed := regexp.MustCompile(`› (\S+) .* proposed`).FindStringSubmatch(h.screen())
		if proposed == nil || proposed[1] != tc.script {
			t.Fatalf("the full screen proposes %q, want %s:\n%s", proposed, tc.script, h.screen())
		}
	}
	for range tc.pick {
		h.keys("down")
	}
	shown := "fee " + tc.fee + "."
	if tc.fee == "" {
		shown = "with no newcomer named."
	}
	if s := strings.Join(strings.Fields(h.screen()), " "); !strings.Contains(s, "› "+tc.script+" ") || !strings.Contains(s, shown) {
		t.Fatalf("the full screen does not show %s with %q:\n%s", tc.script, shown, h.screen())
	}
	h.keys("enter")
	return h.m.core
}

// runAccessible runs the accessible mode on feeRoster with the lines
// typed, and returns what it said and the last autosave of the session it
// started.
func runAccessible(t *testing.T, scripts []*script.Script, lines []string) (string, session.Snapshot) {
	t.Helper()
	said := &bytes.Buffer{}
	k := &apptest.Keeper{}
	cfg := app.Config{Clock: &apptest.Clock{T: base}, Keeper: k, Notifier: &apptest.Notifier{},
		Scripts: scripts, Fees: fees.Default, Roster: feeRoster(t)}
	if err := plain.Run(context.Background(), cfg, strings.NewReader(strings.Join(lines, "\n")+"\n"), said, plain.Options{}); err != nil {
		t.Fatal(err)
	}
	if len(k.Saves) == 0 {
		t.Fatalf("the accessible mode started no session:\n%s", said)
	}
	return said.String(), k.Saves[len(k.Saves)-1]
}
