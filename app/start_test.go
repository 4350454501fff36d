package app

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/session"
)

// testFees are the fees of testRoster's sessions.
var testFees = fees.Fees{First: 2500, Later: 6000}

// testRoster is Bob Tester for his third session and Alice for her first;
// someone new put on the list is appended to added.
func testRoster(added *[]string, err error) Roster {
	return Roster{
		Entries: []book.RosterEntry{
			{Name: "Bob Tester", Next: fees.Next{Number: 3, Script: "followup", FeeCents: 6000}},
			{Name: "Alice", Next: fees.Next{Number: 1, Script: "first", FeeCents: 2500}},
		},
		Add: func(name string) error { *added = append(*added, name); return err },
	}
}

func TestNameTyped(t *testing.T) {
	var added []string
	c := New(Config{Fees: testFees, Roster: testRoster(&added, nil)})
	tests := []struct {
		typed, name, near, err string
		isNew                  bool
		number                 int
	}{
		{"Bob Tester", "Bob Tester", "", "", false, 3},
		{"  alice ", "Alice", "", "", false, 1},
		{"Bob Testr", "", "Bob Tester", "", false, 0},
		{"Dora", "Dora", "", "", true, 1},
		{"Al", "Al", "", "", true, 1}, // short names are never taken for others
		{"", "", "", "expected a newcomer's name or initials, got nothing", false, 0},
		{"A\x1b[2J", "", "", "may not hold the escape character", false, 0},
	}
	for _, tc := range tests {
		w, near, err := c.NameTyped(tc.typed)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("NameTyped(%q) error %v, want %q", tc.typed, err, tc.err)
			}
			continue
		}
		if err != nil || w.Name != tc.name || near != tc.near || w.New != tc.isNew || w.Number != tc.number {
			t.Errorf("NameTyped(%q) = %+v, %q, %v; want %q (new %v, session %d), near %q",
				tc.typed, w, near, err, tc.name, tc.isNew, tc.number, tc.near)
		}
	}
}

// TestWhoStart: the session starts with whom was chosen, its number
// and fee; a peer script drops the newcomer; someone new is put on the
// list as the session starts, and a failure to do so is said once.
func TestWhoStart(t *testing.T) {
	tests := []struct {
		name     string
		who      func(c *Core) Who
		script   string
		addErr   error
		newcomer string
		number   int
		fee      int
		added    []string
		notice   string
	}{
		{"on record", func(c *Core) Who { w, _ := c.Known("bob tester"); return w }, "followup", nil, "Bob Tester", 3, 6000, nil, ""},
		{"on record, another script", func(c *Core) Who { w, _ := c.Known("Bob Tester"); return w }, "first", nil, "Bob Tester", 3, 6000, nil, ""},
		{"no newcomer", func(*Core) Who { return Who{} }, "first", nil, "", 0, 2500, nil, ""},
		{"peer", func(c *Core) Who { w, _ := c.Known("Alice"); return w }, "partnership", nil, "", 0, 0, nil, ""},
		{"someone new", func(c *Core) Who { return c.NewNewcomer("Dora") }, "first", nil, "Dora", 1, 2500, []string{"Dora"}, "Dora is now on the newcomer list."},
		{"someone new, not added", func(c *Core) Who { return c.NewNewcomer("Dora") }, "first", errors.New("disk full"), "Dora", 1, 2500, []string{"Dora"},
			"Could not put Dora on the newcomer list (disk full); the session keeps their name. Add them later with: partnercoach newcomer add Dora"},
		{"someone new with a quote, not added", func(c *Core) Who { return c.NewNewcomer("Dora O'Neil $(x)") }, "first", errors.New("disk full"), "Dora O'Neil $(x)", 1, 2500,
			[]string{"Dora O'Neil $(x)"}, `Add them later with: partnercoach newcomer add 'Dora O'\''Neil $(x)'`},
		{"someone new, peer", func(c *Core) Who { return c.NewNewcomer("Dora") }, "partnership", nil, "", 0, 0, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var added []string
			r := newRig(t, Config{Fees: testFees, Roster: testRoster(&added, tc.addErr)}, nil)
			r.c.SetWho(tc.who(r.c))
			r.run(r.c.StartScript(builtin(t, tc.script)))
			o := r.c.Session().Options()
			if o.Newcomer != tc.newcomer || o.Number != tc.number || r.c.fee() != tc.fee {
				t.Fatalf("options %+v, fee %d; want %q, session %d, fee %d", o, r.c.fee(), tc.newcomer, tc.number, tc.fee)
			}
			if fmt.Sprint(added) != fmt.Sprint(tc.added) {
				t.Fatalf("added %v, want %v", added, tc.added)
			}
			if got := strings.Join(r.notices, " "); tc.notice == "" && got != "" || !strings.Contains(got, tc.notice) {
				t.Fatalf("notices %q, want %q", got, tc.notice)
			}
		})
	}
}

// TestProposedAndGiven: the script proposed follows whom was chosen, or
// the newcomer the command line named, or the configuration's preselect.
func TestProposedAndGiven(t *testing.T) {
	var added []string
	c := New(Config{Fees: testFees, Roster: testRoster(&added, nil), Preselect: "coaching"})
	if _, ok := c.Given(); ok || c.Proposed() != "coaching" {
		t.Fatalf("nobody given: proposed %q", c.Proposed())
	}
	c.SetWho(c.NewNewcomer("Dora"))
	if c.Proposed() != "first" {
		t.Fatalf("someone new: proposed %q", c.Proposed())
	}
	c.SetWho(Who{})
	if c.Proposed() != "coaching" {
		t.Fatalf("no newcomer: proposed %q", c.Proposed())
	}
	c = New(Config{Fees: testFees, Roster: testRoster(&added, nil), Session: session.Options{Newcomer: "alice"}})
	if w, ok := c.Given(); !ok || w.Name != "Alice" || w.Number != 1 {
		t.Fatalf("Given() = %+v, %v", w, ok)
	}
	c = New(Config{Session: session.Options{Newcomer: "Eve", Number: 4}, Preselect: "followup"})
	if w, ok := c.Given(); !ok || w.Name != "Eve" || w.Number != 4 || w.Script != "followup" || w.Label() != "Eve, session 4" {
		t.Fatalf("Given() = %+v, %v", w, ok)
	}
}
