package tui

import (
	"regexp"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// The hostile text of these tests: what a hand-edited autosave or record,
// a name stored before the rule, or a reader's bug could put in data.
const (
	clearScreen = "\x1b[2J"
	osc8Link    = "\x1b]8;;https://example.invalid\x07x\x1b]8;;\x07"
	csi8bit     = "\u009b2J"
	osc8bit     = "\u009d"
	// hiddenText reorders and hides what follows it: a right-to-left
	// override, an isolate, a zero-width space and a byte order mark.
	hiddenText = "\u202eevil\u202c \u2067iso\u2069 zw\u200bsp\ufeff"
)

// hiddenRunes are the bidirectional controls and invisible characters
// that must never reach the terminal raw.
const hiddenRunes = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\ufeff"

// hostile is a text holding every injected sequence, a bare carriage
// return and the hidden characters among them.
func hostile(what string) string {
	return what + " " + clearScreen + " link " + osc8Link + " c1 " + csi8bit + osc8bit + " " + hiddenText + " cr\rover"
}

// hostileScript is a script built as a Go value, past the loader that
// would refuse it, with the hostile text in every field that is shown.
func hostileScript() *script.Script {
	return &script.Script{
		Name: "hostile", Title: hostile("Script") + "\nsecond line", Length: script.Duration(20 * time.Minute),
		Steps: []script.Step{
			{ID: "open", Title: hostile("Open") + "\nbroken title", Time: script.Duration(5 * time.Minute),
				Points: []string{hostile("Point"), "plain point"},
				Checklist: []script.Item{
					{Text: hostile("Item")},
					{Text: hostile("Question"), Answer: script.TextAnswer},
				},
				Choice: &script.Choice{Prompt: hostile("Prompt"), Options: []script.Option{
					{Label: hostile("Option A")}, {Label: hostile("Option B")},
				}},
				Cards: []string{"card"},
			},
			{ID: "turn", Title: hostile("Turn"), Cards: []string{"card"},
				Turn: &script.Turn{Focuser: script.Newcomer, Listener: script.Coach,
					Length:   script.Duration(15 * time.Minute),
					Segments: []script.Duration{script.Duration(5 * time.Minute), script.Duration(10 * time.Minute)},
					Warn:     script.Duration(2 * time.Minute), CheckIn: hostile("Check-in")}},
		},
		Cards: []script.Card{{ID: "card", Title: hostile("Card"),
			Text: "# " + hostile("Heading") + "\n\n" + hostile("Body") + " *" + hostile("em") + "*\n\n- " +
				hostile("list") + "\n\n    " + hostile("code") + "\n\n<https://example.invalid/" + clearScreen + ">\n"}},
	}
}

// sgr matches the colour and style sequences lipgloss itself writes.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// requireNoInjection checks one rendered screen: once lipgloss's own SGR
// sequences are taken out, no escape, C1 control, BEL, CR or hidden
// character is left; no injected sequence shows after stripping; and
// every line fits the width.
func requireNoInjection(t *testing.T, what, raw string, width int) {
	t.Helper()
	rest := sgr.ReplaceAllString(raw, "")
	if i := strings.IndexFunc(rest, func(r rune) bool {
		return r == 0x1b || r == '\a' || r == '\r' || r >= 0x80 && r <= 0x9f || strings.ContainsRune(hiddenRunes, r)
	}); i >= 0 {
		t.Fatalf("%s: a control or hidden character %q reaches the terminal at byte %d:\n%q", what, rest[i:min(i+12, len(rest))], i, rest)
	}
	plain := ansi.Strip(raw)
	for _, bad := range []string{clearScreen, osc8Link, csi8bit, osc8bit, "\x07", "\r"} {
		if strings.Contains(plain, bad) {
			t.Fatalf("%s: %q is shown raw:\n%s", what, bad, plain)
		}
	}
	for n, line := range strings.Split(plain, "\n") {
		if w := ansi.StringWidth(line); w > width {
			t.Fatalf("%s: line %d is %d cells wide, wider than %d:\n%s", what, n+1, w, width, plain)
		}
	}
}

// hostileHarness opens a session of the hostile script for a newcomer
// whose name holds the hostile text, with a note holding it too (a note
// is not checked when it is taken: it comes from the coach's typing).
func hostileHarness(t *testing.T, w, h int) *harness {
	t.Helper()
	hs := newHarnessWith(t, "", w, h, func(c *app.Config) {
		s := session.New(hostileScript(), session.Options{Newcomer: hostile("Name"), Number: 1}, base)
		s.Apply(session.AddNote{Text: hostile("Note")}, base)
		c.Scripts, c.Start, c.Resume = []*script.Script{hostileScript()}, nil, s
	})
	if _, ok := hs.m.screen.(*sessionModel); !ok {
		t.Fatalf("the session did not open:\n%s", hs.screen())
	}
	return hs
}

// TestDataCannotInjectIntoTheFullScreen draws every screen of a session
// whose script, newcomer's name and note hold escape sequences, 8-bit
// controls, a bell, a carriage return and a line break in a title, and
// finds them shown escaped, never sent to the terminal.
func TestDataCannotInjectIntoTheFullScreen(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			h := hostileHarness(t, size[0], size[1])
			check := func(what, want string) {
				t.Helper()
				if !strings.Contains(h.screen(), want) {
					t.Fatalf("%s: %q is not on screen:\n%s", what, want, h.screen())
				}
				requireNoInjection(t, what, h.m.View().Content, size[0])
			}
			check("the step", "Point")
			if !strings.Contains(h.screen(), `\x1b[2J`) || !strings.Contains(h.screen(), `\u202eevil`) {
				t.Fatalf("the injected text is not shown escaped:\n%s", h.screen())
			}
			h.keys("down", "down", "down")
			check("the choice selected", "› (")
			h.keys("n")
			h.keys("space")
			h.tick(5*time.Minute + time.Second)
			check("the check-in", "Check-in")
			h.keys("c")
			check("the cards list", "Card")
			h.keys("enter")
			check("a card open", "Body")
			h.keys("esc", "esc", "space")
			h.tick(11 * time.Minute)
			check("the turn's end", "Time is up")
			h.keys("E")
			h.choose(app.CmdYes)
			check("the coach log", "Coach log")
			fillLog(h)
			check("the coach log written", "Coach log")
			if len(h.keeper.Records) != 1 {
				t.Fatalf("%d records written, want 1:\n%s", len(h.keeper.Records), h.screen())
			}
		}
	})
}

// TestHostileAutosaveCannotInjectIntoTheFullScreen resumes an autosave
// edited by hand to hold the hostile text in the newcomer's name, a note
// and a text answer, and in the drafts of a note and of the coach log: the
// start screen's offer, the step, the turn showing the answer, the note
// field and the coach log's form are drawn without it (the fields of
// bubbles drop control characters from their values).
func TestHostileAutosaveCannotInjectIntoTheFullScreen(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		sc, err := script.Builtin("followup")
		if err != nil {
			t.Fatal(err)
		}
		snap := session.New(sc, session.Options{Number: 2}, base).Snapshot(base)
		snap.Newcomer = hostile("Name")
		snap.Notes = append(snap.Notes, session.Note{At: base, Step: sc.Steps[0].ID, Text: hostile("Note")})
		ss := snap.Steps["three-questions"]
		ss.Answers = map[int]string{2: hostile("Answer")}
		snap.Steps["three-questions"] = ss
		snap.NoteDraft = hostile("Draft")
		snap.LogAnswers = &session.Closing{Summary: hostile("Summary")}
		snap.LogAnswers.Recommendation.Learn = hostile("Learn")
		restored, err := session.Restore(snap)
		if err != nil {
			t.Fatal(err)
		}
		h := newHarnessWith(t, "", 80, 24, func(c *app.Config) { c.Start, c.Offer = nil, restored })
		requireNoInjection(t, "the offer to resume", h.m.View().Content, 80)
		if !strings.Contains(h.screen(), `Name \x1b[2J`) {
			t.Fatalf("the offer does not show the name escaped:\n%s", h.screen())
		}
		h = newHarnessWith(t, "", 80, 24, func(c *app.Config) { c.Start, c.Resume = nil, restored })
		requireNoInjection(t, "the first step", h.m.View().Content, 80)
		h.toStep("Three questions")
		requireNoInjection(t, "the answer", h.m.View().Content, 80)
		h.toStep("Their turn")
		requireNoInjection(t, "the answer in the turn", h.m.View().Content, 80)
		if !strings.Contains(h.screen(), `Answer \x1b[2J`) {
			t.Fatalf("the turn does not show the answer escaped:\n%s", h.screen())
		}
		h.keys("N")
		requireNoInjection(t, "the note's draft", h.m.View().Content, 80)
		// The draft is wider than the field, which shows its end, where
		// the cursor is.
		if !strings.Contains(h.screen(), "Note: ") || !strings.Contains(h.screen(), "cr over") {
			t.Fatalf("the note's draft is not shown:\n%s", h.screen())
		}
		h.keys("esc", "E")
		h.choose(app.CmdYes)
		if !strings.Contains(h.screen(), "Coach log") {
			t.Fatalf("the coach log did not open:\n%s", h.screen())
		}
		requireNoInjection(t, "the coach log's draft", h.m.View().Content, 80)
		h.keys("enter", "enter", "enter")
		requireNoInjection(t, "the coach log's draft, further on", h.m.View().Content, 80)
		if !strings.Contains(h.screen(), "Learn") {
			t.Fatalf("the coach log's draft is not shown:\n%s", h.screen())
		}
	})
}
