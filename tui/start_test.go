package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"partnercoach/app"
	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/session"
)

// roster is a newcomer list of three: Bob Tester for his third session
// with an appointment, Alice for her first, Carol for her second.
func roster(added *[]string) app.Roster {
	at := time.Date(2026, 11, 24, 18, 0, 0, 0, time.UTC)
	return app.Roster{
		Entries: []book.RosterEntry{
			{Name: "Bob Tester", Listed: true, Next: fees.Next{Number: 3, Script: "followup", FeeCents: 5000},
				At: at, When: book.FormatWhen(at, at.UTC(), "")},
			{Name: "Alice Example", Listed: true, Next: fees.Next{Number: 1, Script: "first", FeeCents: 2500}},
			{Name: "Carol", Listed: true, Next: fees.Next{Number: 2, Script: "followup", FeeCents: 5000}},
		},
		Add: func(name string) error { *added = append(*added, name); return nil },
	}
}

// startHarness opens the start screen with no newcomer named on the
// command line and the roster above.
func startHarness(t *testing.T, w, h int, added *[]string) *harness {
	t.Helper()
	return newHarnessWith(t, "", w, h, func(c *app.Config) {
		c.Session, c.Roster = session.Options{}, roster(added)
	})
}

// TestStartScreenListsTheNewcomers: the newcomers on record with their
// next session; choosing one proposes their script, and the session
// starts with their name, number and fee.
func TestStartScreenListsTheNewcomers(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	s := h.screen()
	for _, want := range []string{
		"who is the session with?",
		"› Bob Tester     session 3 · followup · $50.00 · Tue 24 Nov 18:00",
		"  Alice Example  session 1 · first · $25.00",
		"  Carol          session 2 · followup · $50.00",
		"Someone new…",
		"No newcomer: a session between partners, or practice",
	} {
		if !strings.Contains(s, want) {
			t.Fatalf("the start screen lacks %q:\n%s", want, s)
		}
	}
	h.keys("enter")
	s = h.screen()
	if !strings.Contains(s, "Bob Tester, session 3 · choose the script") ||
		!strings.Contains(s, "› followup") || !strings.Contains(s, "proposed · 50 min") ||
		!strings.Contains(strings.Join(strings.Fields(s), " "), "fee $50.00") {
		t.Fatalf("choosing Bob did not propose followup at $50.00:\n%s", s)
	}
	h.keys("enter")
	ses := h.m.core.Session()
	if ses == nil || ses.Script().Name != "followup" || ses.Options().Newcomer != "Bob Tester" || ses.Options().Number != 3 {
		t.Fatalf("the session opened is %+v", ses)
	}
	if h.m.core.LogAnswers().FeeCents != 5000 || h.m.core.Session().Options().Number != 3 || len(added) != 0 {
		t.Fatalf("fee %d, number %d, added %v", h.m.core.LogAnswers().FeeCents, h.m.core.Session().Options().Number, added)
	}
}

// TestStartScreenFirstSessionProposesFirst: a newcomer whose next
// session is their first gets the first script and its fee.
func TestStartScreenFirstSessionProposesFirst(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("down", "enter")
	if s := h.screen(); !strings.Contains(s, "› first") || !strings.Contains(strings.Join(strings.Fields(s), " "), "fee $25.00") {
		t.Fatalf("Alice's first session is not proposed:\n%s", s)
	}
	h.keys("enter")
	if o := h.m.core.Session().Options(); o.Newcomer != "Alice Example" || o.Number != 1 || h.m.core.LogAnswers().FeeCents != 2500 {
		t.Fatalf("options %+v, fee %d", o, h.m.core.LogAnswers().FeeCents)
	}
}

// TestStartScreenSomeoneNew: a new name is checked, a close one asks
// "did you mean", and someone new is put on the list as their first
// session starts.
func TestStartScreenSomeoneNew(t *testing.T) {
	tests := []struct {
		name   string
		typed  string
		answer string
		who    string
		number int
		added  []string
	}{
		{"someone new", "Dora", "", "Dora", 1, []string{"Dora"}},
		{"a name on record in another case", "carol", "", "Carol", 2, nil},
		{"did you mean: yes", "Bob Testr", "y", "Bob Tester", 3, nil},
		{"did you mean: no", "Bob Testr", "n", "Bob Testr", 1, []string{"Bob Testr"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var added []string
			h := startHarness(t, 80, 24, &added)
			h.keys("down", "down", "down", "enter")
			for _, r := range tc.typed {
				h.keys(string(r))
			}
			h.keys("enter")
			if tc.answer != "" {
				if s := h.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), "Did you mean Bob Tester? y = Bob Tester, n = Bob Testr is someone new") {
					t.Fatalf("no did-you-mean question:\n%s", s)
				}
				h.keys(tc.answer)
			}
			h.keys("enter")
			ses := h.m.core.Session()
			if ses == nil || ses.Options().Newcomer != tc.who || ses.Options().Number != tc.number {
				t.Fatalf("the session is with %+v, want %s, session %d\n%s", ses.Options(), tc.who, tc.number, h.screen())
			}
			if fmt.Sprint(added) != fmt.Sprint(tc.added) {
				t.Fatalf("added to the list %v, want %v", added, tc.added)
			}
		})
	}
}

// TestStartScreenRefusesABadName: a name names.Check refuses is said
// on screen, and the field stays open; Escape goes back to the list.
func TestStartScreenRefusesABadName(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("down", "down", "down", "enter", "enter")
	if s := h.screen(); !strings.Contains(s, "Expected a newcomer's name or initials, got nothing.") || !strings.Contains(s, "Name: ") {
		t.Fatalf("an empty name was not refused:\n%s", s)
	}
	h.keys("q") // typed into the name, not quitting
	if h.quitting() {
		t.Fatal("q in the name field asked to quit")
	}
	h.keys("esc")
	if s := h.screen(); !strings.Contains(s, "who is the session with?") || strings.Contains(s, "Name: ") {
		t.Fatalf("escape did not go back to the list:\n%s", s)
	}
}

// TestStartScreenPeerSessionHasNoNewcomer: no newcomer, or a peer script
// after a newcomer was chosen, opens a session with no newcomer and no
// number.
func TestStartScreenPeerSessionHasNoNewcomer(t *testing.T) {
	for _, first := range [][]string{{"down", "down", "down", "down", "enter"}, {"enter"}} {
		var added []string
		h := startHarness(t, 80, 24, &added)
		h.keys(first...)
		for range 4 {
			h.keys("down")
		}
		if s := h.screen(); !strings.Contains(s, "› partnership") || !strings.Contains(s, "with no newcomer, and no fee") {
			t.Fatalf("partnership is not selected, or says a newcomer:\n%s", s)
		}
		h.keys("enter", "enter", "enter") // the script, then no names
		if o := h.m.core.Session().Options(); o.Newcomer != "" || o.Number != 0 {
			t.Fatalf("a peer session with %+v", o)
		}
	}
}

// TestStartScreenAsksThePartners: a peer script asks your name (filled
// with the run's) and your partner's, refuses a name that cannot be kept,
// goes back a field with Escape, and the session names them.
func TestStartScreenAsksThePartners(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.m.core.SetPartners(session.Partners{Me: "Sam"})
	h.keys("enter", "down", "down", "down", "down", "enter")
	if s := h.screen(); !strings.Contains(s, "you are Partner A") || !strings.Contains(s, "Your name: Sam") {
		t.Fatalf("no field for your name:\n%s", s)
	}
	h.keys("enter")
	for _, r := range "\u202eAlex" {
		h.keys(string(r))
	}
	h.keys("enter")
	if s := h.screen(); !strings.Contains(s, "A partner's name may not hold") {
		t.Fatalf("a hidden character was taken:\n%s", s)
	}
	h.keys("esc")
	if s := h.screen(); h.m.core.Session() != nil || !strings.Contains(s, "Your name: Sam") {
		t.Fatalf("escape did not go back to your name:\n%s", s)
	}
	h.keys("enter", "ctrl+u")
	for _, r := range "Alex" {
		h.keys(string(r))
	}
	h.keys("enter")
	ses := h.m.core.Session()
	if ses == nil || ses.Options().Partners != (session.Partners{Me: "Sam", Partner: "Alex"}) {
		t.Fatalf("the session is %+v\n%s", ses, h.screen())
	}
}

// TestStartScreenEscapeGoesBack: Escape on the scripts goes back to whom
// the session is with.
func TestStartScreenEscapeGoesBack(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("enter", "esc")
	if s := h.screen(); !strings.Contains(s, "who is the session with?") {
		t.Fatalf("escape did not go back:\n%s", s)
	}
}

// TestStartScreenKeepsTheConfidentialityLine: at the smallest window and
// at 80×24, with many newcomers and an unfinished session on offer, every
// phase keeps the confidentiality line whole at the bottom, and the
// selected entry in view.
func TestStartScreenKeepsTheConfidentialityLine(t *testing.T) {
	for _, size := range [][2]int{{50, 16}, {80, 24}, {120, 40}} {
		var added []string
		h := newHarnessWith(t, "", size[0], size[1], func(c *app.Config) {
			c.Session, c.Roster = session.Options{}, roster(&added)
			for i := range 20 {
				c.Roster.Entries = append(c.Roster.Entries, book.RosterEntry{Name: fmt.Sprintf("Newcomer %02d", i),
					Next: fees.Next{Number: 2, Script: "followup", FeeCents: 5000}})
			}
			c.Offer, c.Saved = session.New(c.Scripts[0], session.Options{Newcomer: "Zed"}, base.Add(-50*time.Hour)), base.Add(-49*time.Hour)
		})
		check := func(phase, selected string) {
			t.Helper()
			s := h.screen()
			flat := strings.Join(strings.Fields(s), " ")
			if !strings.Contains(flat, confidential) || !strings.Contains(s, selected) {
				t.Fatalf("%dx%d, %s: the confidentiality line or %q is off screen:\n%s", size[0], size[1], phase, selected, s)
			}
		}
		check("offer", "› Finish it: its coach log (ended when last saved)") // closed two days
		h.keys("up")
		check("offer", "› Resume it where it was")
		for range 3 + 3 + 15 {
			h.keys("down")
		}
		check("newcomers scrolled", "› Newcomer 15") // after the three named ones
		h.keys("enter")
		check("scripts", "› followup")
		h.keys("esc")
		for range 30 { // past the end of the list: it stops at the last entry
			h.keys("down")
		}
		h.keys("up", "enter")
		check("name", "Name: ")
	}
}

// TestStartScreenOfferSaysRehearsalAndRealTime: an unfinished rehearsal
// on offer is named as one, with the wall-clock time it was saved.
func TestStartScreenOfferSaysRehearsalAndRealTime(t *testing.T) {
	h := newHarnessWith(t, "", 80, 24, func(c *app.Config) {
		c.Session = session.Options{}
		opts := session.Options{Newcomer: "AB", Rehearsal: session.Rehearsal{Speed: 60, Origin: base}}
		c.Offer, c.Saved = session.New(c.Scripts[1], opts, base.Add(-30*time.Hour)), base.Add(-26*time.Hour)
	})
	s := h.screen()
	for _, want := range []string{"Unfinished rehearsal (60× speed) with AB: Second or later", "last saved Sat 21 Nov 08:00 (26 hours ago)"} {
		if !strings.Contains(s, want) {
			t.Fatalf("the offer lacks %q:\n%s", want, s)
		}
	}
}

// TestStartScreenGoldens draws the phases of the start screen at 80×24
// (go test ./tui -update rewrites them).
func TestStartScreenGoldens(t *testing.T) {
	tests := []struct {
		name string
		keys []string
	}{
		{"start_who", nil},
		{"start_scripts", []string{"enter"}},
		{"start_did_you_mean", []string{"down", "down", "down", "enter", "B", "o", "b", " ", "T", "e", "s", "t", "r", "enter"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var added []string
			h := startHarness(t, 80, 24, &added)
			h.keys(tc.keys...)
			golden.RequireEqual(t, h.screen())
		})
	}
}

// TestNameFieldShowsItsPlaceholder: the empty field for someone new's
// name shows its whole placeholder, not one letter under the cursor.
func TestNameFieldShowsItsPlaceholder(t *testing.T) {
	for _, w := range []int{50, 80} {
		var added []string
		h := startHarness(t, w, 24, &added)
		h.keys("down", "down", "down", "enter")
		if s := h.screen(); !strings.Contains(s, "Name: their name or initials") {
			t.Fatalf("at %d columns the name field:\n%s", w, s)
		}
	}
}

// TestStartScreenNameFieldShowsWhereTheCoachTypes types a name longer
// than the 50-column window into "Someone new": the field must show its
// end, where the cursor is. On the code before, it was sized only when
// drawn and showed the name's start, cut.
func TestStartScreenNameFieldShowsWhereTheCoachTypes(t *testing.T) {
	var added []string
	h := startHarness(t, 50, 16, &added)
	h.keys("down", "down", "down", "enter")
	for _, r := range "Maximiliana Theodora Bartholomew-Featherstonehaugh ZZEND" {
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		h.keys(k)
	}
	for _, line := range strings.Split(h.screen(), "\n") {
		if strings.Contains(line, "Maximiliana") && !strings.Contains(line, "ZZEND") {
			t.Fatalf("the field shows the name's start, not where it is typed: %q", line)
		}
	}
	if !strings.Contains(h.screen(), "ZZEND") {
		t.Fatalf("the end of the name typed is not on screen:\n%s", h.screen())
	}
}

// TestScriptScreenHelpNamesEachKeyOnce opens the full help on the choice
// of scripts: each key must be listed once. On the code before, q quit
// was listed twice.
func TestScriptScreenHelpNamesEachKeyOnce(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("enter")
	seen := map[string]bool{}
	for _, column := range h.m.screen.Keys().FullHelp() {
		for _, b := range column {
			if !b.Enabled() {
				continue
			}
			if k := b.Help().Key + " " + b.Help().Desc; seen[k] {
				t.Errorf("the help lists %q twice", k)
			} else {
				seen[k] = true
			}
		}
	}
}

// TestScriptScreenSaysWhichScriptsAreLeftOut gives the start screen two of
// the coach's own scripts that fail to check: the choice of scripts must
// name them and where to read why. On the code before, they were left off
// without a word.
func TestScriptScreenSaysWhichScriptsAreLeftOut(t *testing.T) {
	var added []string
	h := newHarnessWith(t, "", 100, 30, func(c *app.Config) {
		c.Session, c.Roster, c.LeftOut = session.Options{}, roster(&added), []string{"mine", "draft\x1b[2J"}
	})
	h.keys("enter")
	want := `Not offered, as 2 scripts of yours have problems: mine, draft\x1b[2J ('partnercoach script list' says why).`
	if s := h.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
		t.Fatalf("the choice of scripts does not say %q:\n%s", want, s)
	}
}

// TestStartScreenNameErrorGoesWithTheName refuses a name, then changes
// it: what was wrong with the old name must not stay on screen under the
// new one. On the code before, it stayed until Enter.
func TestStartScreenNameErrorGoesWithTheName(t *testing.T) {
	var added []string
	h := startHarness(t, 80, 24, &added)
	h.keys("down", "down", "down", "enter")
	h.keys("enter") // no name: refused
	refused := h.m.screen.(*startModel).err
	if refused == "" {
		t.Fatalf("an empty name was not refused:\n%s", h.screen())
	}
	h.keys("D")
	if s := h.screen(); strings.Contains(s, refused) {
		t.Fatalf("the refusal of the name before stays on screen:\n%s", s)
	}
}
