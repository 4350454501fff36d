package plain

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"partnercoach/app"
	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/script"
	"partnercoach/session"
)

// roster is a newcomer list of two: Bob Tester for his third session,
// with an appointment, and Alice for her first. Someone new put on the
// list is appended to added.
func roster(added *[]string) app.Roster {
	at := time.Date(2026, 11, 24, 18, 0, 0, 0, time.UTC)
	return app.Roster{
		Entries: []book.RosterEntry{
			{Name: "Bob Tester", Listed: true, Next: fees.Next{Number: 3, Script: "followup", FeeCents: 5000},
				At: at, When: book.FormatWhen(at, at.UTC(), "")},
			{Name: "Alice Example", Listed: true, Next: fees.Next{Number: 1, Script: "first", FeeCents: 2500}},
		},
		Add: func(name string) error { *added = append(*added, name); return nil },
	}
}

// scripts are the four built-in scripts.
func scripts(t *testing.T) []*script.Script {
	var out []*script.Script
	for _, n := range script.BuiltinNames() {
		out = append(out, builtin(t, n))
	}
	return out
}

// TestStartListsTheNewcomers: whom the session is with, with their next
// session; choosing one proposes their script and fee, and the session
// starts with their name and number.
func TestStartListsTheNewcomers(t *testing.T) {
	var added []string
	h := newHarness(t, app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: roster(&added)}, Options{})
	mustContain(t, h.news(), "Choose the session to run.\nWho is the session with? Newcomers on record:\n"+
		"1. Bob Tester: session 3, followup, $50.00, next appointment Tue 24 Nov 18:00.\n"+
		"2. Alice Example: session 1, first, $25.00.\n",
		"(Enter alone: Bob Tester).")
	mustContain(t, h.send(""), "Session with Bob Tester, session 3.\nScripts:\n1. first: ", "Fee $50.00.",
		"4. partnership: Focusing partnership session, 50 minutes", "A session between partners: no newcomer, no fee.",
		"Session content is confidential", "(Enter alone: followup).")
	mustContain(t, h.send(""), "Second or later partnership coaching session.")
	o := h.fe.core.Session().Options()
	if o.Newcomer != "Bob Tester" || o.Number != 3 || h.fe.core.LogAnswers().FeeCents != 5000 || len(added) != 0 {
		t.Fatalf("options %+v, fee %d, added %v", o, h.fe.core.LogAnswers().FeeCents, added)
	}
	h.to("newcomer-turn")
	mustContain(t, h.send("read"), "Focusing: the newcomer, Bob Tester, session 3.")
}

// TestStartWhoAnswers: by number, by name in any case, a close name that
// asks "did you mean", someone new confirmed, none, and the peer script
// with a newcomer chosen.
func TestStartWhoAnswers(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		said   []string
		who    string
		number int
		script string
		added  []string
	}{
		{"a number", []string{"2", ""}, []string{"Session with Alice Example, session 1.", "(Enter alone: first)."},
			"Alice Example", 1, "first", nil},
		{"a name in another case", []string{"alice example", ""}, nil, "Alice Example", 1, "first", nil},
		{"did you mean: yes", []string{"Bob Testr", "maybe", "y", ""},
			[]string{"No newcomer on record is called Bob Testr. Did you mean Bob Tester? y = Bob Tester, n = Bob Testr is someone new.",
				"Expected y or n (b types the name again, q quits)."}, "Bob Tester", 3, "followup", nil},
		{"did you mean: back", []string{"Bob Testr", "b", "2", ""}, []string{"Type the number or the name of a newcomer"},
			"Alice Example", 1, "first", nil},
		{"someone new: back", []string{"Dorra", "back", "2", ""}, nil, "Alice Example", 1, "first", nil},
		{"did you mean: no", []string{"Bob Testr", "n", ""}, []string{"Session with Bob Testr, session 1."},
			"Bob Testr", 1, "first", []string{"Bob Testr"}},
		{"someone new", []string{"Dora", "y", "1"}, []string{"Is Dora someone new, whose first session this is? y = yes, n = type again."},
			"Dora", 1, "first", []string{"Dora"}},
		{"someone new whose name ends a sentence", []string{"Dora Jr.", "y", "1"},
			[]string{"No newcomer on record is called Dora Jr. Is Dora Jr. someone new"}, "Dora Jr.", 1, "first", []string{"Dora Jr."}},
		{"did you mean, a name that ends a sentence", []string{"Bob Tester.", "n", ""},
			[]string{"No newcomer on record is called Bob Tester. Did you mean Bob Tester?"}, "Bob Tester.", 1, "first", []string{"Bob Tester."}},
		{"someone new, typed again", []string{"Dorra", "n", "Dora", "y", ""}, nil, "Dora", 1, "first", []string{"Dora"}},
		{"none", []string{"none", "partnership", "", ""}, []string{"Session with no newcomer.", "you are Partner A, your partner Partner B"},
			"", 0, "partnership", nil},
		{"a peer script after a newcomer", []string{"1", "4", "", ""}, nil, "", 0, "partnership", nil},
		{"back to whom", []string{"1", "b", "2", ""}, []string{"Who is the session with? Newcomers on record:"}, "Alice Example", 1, "first", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var added []string
			h := newHarness(t, app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: roster(&added)}, Options{})
			out := h.sendAll(tc.lines...)
			mustContain(t, out, tc.said...)
			s := h.fe.core.Session()
			if s == nil {
				t.Fatalf("no session opened:\n%s", out)
			}
			if o := s.Options(); o.Newcomer != tc.who || o.Number != tc.number || s.Script().Name != tc.script {
				t.Fatalf("session %s with %+v, want %s with %q, session %d", s.Script().Name, o, tc.script, tc.who, tc.number)
			}
			if fmt.Sprint(added) != fmt.Sprint(tc.added) {
				t.Fatalf("added %v, want %v", added, tc.added)
			}
		})
	}
}

// TestStartAsksThePartners: a peer script asks your name (the run's, by
// Enter alone) and your partner's, refuses a name that cannot be kept,
// and the session names them.
func TestStartAsksThePartners(t *testing.T) {
	cfg := app.Config{Scripts: scripts(t), Session: session.Options{Partners: session.Partners{Me: "Sam"}}}
	h := newHarness(t, cfg, Options{})
	out := h.sendAll("none", "partnership")
	mustContain(t, out, "Your name? Type it (Enter alone: Sam; none for no name).")
	mustContain(t, h.send(""), "Your partner's name? Type it (Enter alone: no name, the role alone).")
	mustContain(t, h.send(strings.Repeat("x", names.MaxLength+1)), "partner's name", "Your partner's name?")
	h.send("Alex")
	if p := h.fe.core.Session().Options().Partners; p != (session.Partners{Me: "Sam", Partner: "Alex"}) {
		t.Fatalf("partners %+v", p)
	}
	mustContain(t, h.to("b-turn"), "Focusing: Partner B (Alex). Listening: Partner A (you, Sam).")
}

// TestStartRefusesBadAnswers: a name names.Check refuses, a number
// out of range and an unknown script are said, and asked again.
func TestStartRefusesBadAnswers(t *testing.T) {
	var added []string
	h := newHarness(t, app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: roster(&added)}, Options{})
	h.news()
	mustContain(t, h.send("7"), "There is no newcomer 7: expected a number from 1 to 2, a name, or none.", "Type the number or the name of a newcomer")
	long := strings.Repeat("x", 101)
	mustContain(t, h.send(long), "A newcomer's name may be up to 100 characters, got 101.", "Type the number or the name of a newcomer")
	mustContain(t, h.send("1"), "Scripts:")
	mustContain(t, h.send("fifth"), `There is no script "fifth": expected a number from 1 to 4 or a name from the list.`, "Type the number or the name of a script")
	mustContain(t, h.send("q"), "Quit.")
}

// TestStartNewcomerGiven: a newcomer named on the command line goes
// straight to the scripts, the one the records propose first.
func TestStartNewcomerGiven(t *testing.T) {
	var added []string
	cfg := app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: roster(&added), Preselect: "followup",
		Session: session.Options{Newcomer: "Bob Tester", Number: 3}}
	h := newHarness(t, cfg, Options{})
	mustContain(t, h.news(), "Choose the session to run.\nSession with Bob Tester, session 3.\nScripts:", "(Enter alone: followup).")
}

// TestStartOffersTheUnfinishedSession resumes, discards or finishes the
// session on offer, which says when it was saved on the wall clock and
// whether it is a rehearsal.
func TestStartOffersTheUnfinishedSession(t *testing.T) {
	offer := func(opts session.Options) *session.Session {
		s := session.New(builtin(t, "first"), opts, t0.Add(-50*time.Hour))
		s.Apply(session.Next{}, t0.Add(-50*time.Hour))
		return s
	}
	cfg := func(opts session.Options) app.Config {
		return app.Config{Scripts: scripts(t), Offer: offer(opts), Saved: t0.Add(-49 * time.Hour)}
	}
	h := newHarness(t, cfg(session.Options{Newcomer: "AB"}), Options{})
	mustContain(t, h.news(), "Unfinished session with AB: First partnership coaching session, at step 2 of 11, last saved Fri 20 Nov 09:00, 2 days ago.",
		"finish: its coach log (ended when last saved).",
		"none for no newcomer, resume, finish or discard, or q to quit (Enter alone: finish).")
	mustContain(t, h.send("resume"), "Resumed the session saved at 09:00 on Fri 20 Nov (2 days ago). The 2 days it was closed count in its length.", "Step 2 of 11")

	h = newHarness(t, cfg(session.Options{Newcomer: "AB", Rehearsal: session.Rehearsal{Speed: 60, Origin: t0}}), Options{})
	mustContain(t, h.news(), "Unfinished rehearsal (60 times speed) with AB: First partnership coaching session, at step 2 of 11, last saved Fri 20 Nov 09:00")

	h = newHarness(t, cfg(session.Options{}), Options{})
	mustContain(t, h.send("discard"), "Discard the unfinished session for good?")
	mustContain(t, h.send("y"), "Kept.")
	mustContain(t, h.send("discard"), "Discard the unfinished session for good?")
	mustContain(t, h.send("discard"), "Discarded.", "Who is the session with?", "(Enter alone: no newcomer).")
	if h.keeper.Discarded != 1 {
		t.Fatal("not discarded")
	}
	h = newHarness(t, cfg(session.Options{}), Options{})
	mustContain(t, h.send("finish"), "The session is ended", "How did the session go?")
}

// TestStartSaysWhichScriptsAreLeftOut: the coach's own scripts that fail
// to check are named after the scripts offered.
func TestStartSaysWhichScriptsAreLeftOut(t *testing.T) {
	var added []string
	h := newHarness(t, app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: roster(&added), LeftOut: []string{"mine"}}, Options{})
	h.news()
	mustContain(t, h.send(""), "Not offered, as 1 script of yours has a problem: mine ('partnercoach script list' says why).")
}

// TestOneOfOneIsNotARange: a list of one is answered "the number 1", not
// "a number from 1 to 1", for a newcomer and for an entry of a step.
func TestOneOfOneIsNotARange(t *testing.T) {
	var added []string
	r := roster(&added)
	r.Entries = r.Entries[:1]
	h := newHarness(t, app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: r}, Options{})
	mustContain(t, h.send("9"), "There is no newcomer 9: expected the number 1, a name, or none.")
	h = newHarness(t, app.Config{Start: builtin(t, "partnership")}, Options{})
	mustContain(t, h.send("x 2"), "There is no entry 2 here: the only entry is 1. read says it.")
}

// TestNoNumberWithNobodyOnRecord: with no newcomer on record, a number
// typed is answered without a range from 1 to 0.
func TestNoNumberWithNobodyOnRecord(t *testing.T) {
	var added []string
	r := roster(&added)
	r.Entries = nil
	h := newHarness(t, app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: r}, Options{})
	got := h.send("7")
	mustContain(t, got, "There is no newcomer 7: no newcomers are on record yet; expected a name, or none.")
	if strings.Contains(got, "1 to 0") {
		t.Fatalf("a range from 1 to 0 said:\n%s", got)
	}
}

// TestClientNamedAsTheNewcomerIs: the roles line of a coaching session
// names the client as a sentence names the newcomer ("the client, Kim,
// session 2"), not as a label with brackets; with no one chosen, "the
// client".
func TestClientNamedAsTheNewcomerIs(t *testing.T) {
	h := newHarness(t, app.Config{Start: builtin(t, "coaching"), Session: session.Options{Newcomer: "Kim", Number: 2}}, Options{})
	mustContain(t, h.to("agreement"), "Speaking: the client, Kim, session 2. Listening: you, the coach.")
	h = newHarness(t, app.Config{Start: builtin(t, "coaching")}, Options{})
	mustContain(t, h.to("agreement"), "Speaking: the client. Listening: you, the coach.")
}

// TestQuitAtDidYouMean: q answers "did you mean" and "someone new" by
// quitting, as it does on the full screen's question, rather than being
// told y or n was expected.
func TestQuitAtDidYouMean(t *testing.T) {
	for _, name := range []string{"Bob Testr", "Dora"} {
		var added []string
		h := newHarness(t, app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: roster(&added)}, Options{})
		h.send(name)
		out := h.send("q")
		mustContain(t, out, "Quit.")
		if strings.Contains(out, "Expected y or n") || !h.fe.done || len(added) != 0 {
			t.Fatalf("%s, q: done %v, added %v:\n%s", name, h.fe.done, added, out)
		}
	}
}

// TestStartReadsTenNamesUnasked: with more than ten newcomers on record,
// the question of whom the session is with reads the first ten and says
// how many more there are; h reads them all, and a number past the ten
// still chooses its newcomer. Before, a book of 200 read out 200 lines
// before the question, and again each time it came back.
func TestStartReadsTenNamesUnasked(t *testing.T) {
	var entries []book.RosterEntry
	for i := range 12 {
		entries = append(entries, book.RosterEntry{Name: fmt.Sprintf("Person %02d", i+1), Listed: true,
			Next: fees.Next{Number: 1, Script: "first", FeeCents: 2500}})
	}
	h := newHarness(t, app.Config{Scripts: scripts(t), Fees: fees.Default, Roster: app.Roster{Entries: entries}}, Options{})
	opening := h.news()
	mustContain(t, opening, "10. Person 10: session 1", "And 2 more, 11 to 12: type a name or a number, or h to hear them all.")
	if strings.Contains(opening, "Person 11") {
		t.Errorf("read out more than ten:\n%s", opening)
	}
	mustContain(t, h.send("h"), "11. Person 11: session 1", "12. Person 12: session 1")
	mustContain(t, h.send("12"), "Session with Person 12, session 1.")
}
