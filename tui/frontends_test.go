package tui

import (
	"context"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"

	"partnercoach/app"
	"partnercoach/app/apptest"
	"partnercoach/session"
	"partnercoach/tui/plain"
)

// These tests hold the two front ends to one answer: the same letters do
// the same things, the alerts say the same words, and the same limits
// hold for what is typed.

// TestKeyMapIsTheKeyTable: every binding of the full screen comes from a
// row of the key table, and every row the full screen takes is bound, its
// letter pressed matching it.
func TestKeyMapIsTheKeyTable(t *testing.T) {
	k := newKeyMap()
	bound := 0
	eachBinding(reflect.ValueOf(&k).Elem(), func(b *key.Binding) {
		bound++
		if len(b.Keys()) == 0 || !b.Enabled() {
			t.Errorf("a binding has no keys: %+v", b.Help())
		}
	})
	rows := 0
	for _, row := range app.Keys {
		if row.In&app.FullScreen != 0 {
			rows++
		}
	}
	if bound != rows {
		t.Errorf("%d bindings for %d rows of the key table the full screen takes", bound, rows)
	}
	for _, row := range app.Commands(app.OnSession, app.Both) {
		if row.Letter == "" || row.In != app.Both {
			continue
		}
		b := binder(app.OnSession)(row.Command)
		if !key.Matches(keyPress(row.Letter), b) {
			t.Errorf("the full screen's %q does not ask for command %d", row.Letter, row.Command)
		}
	}
}

// sameLetters are commands of the session, given in both front ends by
// their letters in the key table (x with the number of the item the full
// screen has selected; R and E answered with what they do: → and enter,
// or their word).
var sameLetters = []app.Command{
	app.CmdNext, app.CmdNext, app.CmdNext, app.CmdNext, app.CmdNext, app.CmdNext, // to the coach's turn
	app.CmdStartPause, app.CmdMore, app.CmdMore, app.CmdLess, app.CmdMoment, app.CmdCheck,
	app.CmdBack, app.CmdNext, app.CmdStartPause, app.CmdUndo, app.CmdCallStarts,
	app.CmdRestart, app.CmdStartPause, app.CmdEnd,
}

// TestBothFrontEndsTakeTheSameLetters gives the same commands by their
// letters to the full screen and to the accessible mode, and finds the
// same session kept by both: s is the turn's start and pause in both, S
// the call's start, and so on for every letter given.
func TestBothFrontEndsTakeTheSameLetters(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	var lines []string
	for _, c := range sameLetters {
		row, ok := app.KeyOf(app.OnSession, c)
		if !ok || row.Letter == "" || row.In != app.Both {
			t.Fatalf("command %d has no letter in both front ends", c)
		}
		h.keys(row.Letter)
		line := row.Letter
		if c == app.CmdCheck {
			line += " 1"
		}
		lines = append(lines, line)
		if c == app.CmdRestart || c == app.CmdEnd {
			h.choose(app.CmdYes)
			lines = append(lines, row.Words[0])
		}
	}
	if h.m.core.Stage() != app.Logging {
		t.Fatalf("the full screen is at stage %d, want the coach log", h.m.core.Stage())
	}
	cfg := testConfig(t, "first")
	typed := cfg.Keeper.(*apptest.Keeper)
	if err := plain.Run(context.Background(), cfg, strings.NewReader(strings.Join(lines, "\n")+"\n"), io.Discard, plain.Options{}); err != nil {
		t.Fatal(err)
	}
	screen, said := lastSave(t, h.keeper), lastSave(t, typed)
	if screen != said {
		t.Fatalf("the two front ends kept different sessions for %q:\nfull screen: %s\naccessible:  %s", lines, screen, said)
	}
	if !strings.Contains(screen, `"ended"`) || !strings.Contains(screen, `"coach-turn":{"checks":[true,`) {
		t.Fatalf("the letters did not end the session with item 1 checked: %s", screen)
	}
}

// lastSave returns the last autosave a keeper took, as JSON.
func lastSave(t *testing.T, k *apptest.Keeper) string {
	t.Helper()
	at := -1
	for i, seq := range k.Seqs {
		if at < 0 || seq > k.Seqs[at] {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("nothing was saved")
	}
	b, err := json.Marshal(k.Saves[at])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestScreenSaysTheAlertLine: the full screen's banner for a segment's
// end is app.AlertLine's, as the accessible mode's line is (see its
// TestAlertLineIsTheCore's).
func TestScreenSaysTheAlertLine(t *testing.T) {
	h := newHarness(t, "first", 200, 60)
	h.toStep("My turn")
	h.keys("space")
	h.tick(5*time.Minute + time.Second)
	st := h.session().Current()
	ev := session.Event{Kind: session.SegmentDone, Step: st.ID, Turn: st.Turn.Name(), Segment: 1, Segments: 3}
	if want := app.AlertLine(h.session(), ev); !strings.Contains(h.screen(), want) {
		t.Fatalf("the full screen does not show %q:\n%s", want, h.screen())
	}
}

// TestNoteFieldTakesTheCoresLimit: the note field stops at app.MaxNote,
// the limit the core keeps a note within (the accessible mode's notes
// too: see app's TestTypedTextIsBounded).
func TestNoteFieldTakesTheCoresLimit(t *testing.T) {
	if got := newNoteField("", "").input.CharLimit; got != app.MaxNote {
		t.Fatalf("the note field takes %d characters, the core %d", got, app.MaxNote)
	}
}
