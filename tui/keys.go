package tui

import (
	"reflect"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"partnercoach/app"
)

// keyMap is every key of the full screen, one group a screen (or a part
// of one), each binding made from its row of the key table (app.Keys), so
// that a letter means here what it means in the accessible mode. A screen
// switches its keys on and off by what works now (its keysNow): a key off
// does not act and the help does not show it.
type keyMap struct {
	Global     globalKeys
	Session    sessionKeys
	Question   questionKeys
	Field      fieldKeys
	Cards      cardKeys
	CardSearch cardSearchKeys
	Start      startKeys
	Scripts    scriptKeys
	Log        logKeys
	After      afterKeys
}

// The groups of keys, as the key table has them (app.KeyGroup).
type (
	// globalKeys work on every screen: help and quitting.
	globalKeys struct{ Help, Quit, QuitNow key.Binding }
	// sessionKeys are the running session's.
	sessionKeys struct {
		Next, Back, StartPause, More, Less, Restart key.Binding
		Check, Up, Down, ScrollUp, ScrollDown       key.Binding
		Note, Moment, End, Undo, CallStarts         key.Binding
		Preview, Agenda, Cards, Search, Escape      key.Binding
	}
	// questionKeys answer a question asked before something that ends
	// or discards (app.Asking): no letter among them.
	questionKeys struct{ Prev, Next, Answer, No key.Binding }
	// fieldKeys are those of a field taking typed text: a note, an
	// answer, a name.
	fieldKeys struct{ Keep, Cancel key.Binding }
	// cardKeys are the reference cards' list and open card's.
	cardKeys struct {
		StartPause, Up, Down, PageUp, PageDown key.Binding
		Open, Search, ToList, Close, Leave     key.Binding
	}
	// cardSearchKeys are the cards' while their search takes typed text.
	cardSearchKeys struct{ Up, Down, Open, Close key.Binding }
	// startKeys are the start screen's choice of whom, and its question
	// "did you mean".
	startKeys struct{ Up, Down, Pick, MeantThem, MeantNew, Back key.Binding }
	// scriptKeys are the start screen's choice of script.
	scriptKeys struct{ Up, Down, Start, Back key.Binding }
	// logKeys are the coach log's: back to the session, trying the write
	// again, and the keys of its form (formKeys).
	logKeys struct {
		Reopen, Retry key.Binding
		Form          formKeys
	}
	// formKeys move through the coach log's form and answer its
	// questions: a choice's up and down, a yes or no.
	formKeys struct{ Next, Prev, Up, Down, Toggle, Yes, No key.Binding }
	// afterKeys are those of the screen once the coach log is written:
	// the answer whether the coach is available again, and the review's
	// scrolling.
	afterKeys struct{ Yes, No, ScrollUp, ScrollDown key.Binding }
)

// newKeyMap makes the key bindings from the key table.
func newKeyMap() keyMap {
	var k keyMap
	b := binder(app.Everywhere)
	k.Global.Help, k.Global.Quit, k.Global.QuitNow = b(app.CmdHelp), b(app.CmdQuit), b(app.CmdQuitNow)

	b, s := binder(app.OnSession), &k.Session
	s.Next, s.Back, s.StartPause, s.More, s.Less = b(app.CmdNext), b(app.CmdBack), b(app.CmdStartPause), b(app.CmdMore), b(app.CmdLess)
	s.Restart, s.Check, s.Up, s.Down = b(app.CmdRestart), b(app.CmdCheck), b(app.CmdUp), b(app.CmdDown)
	s.ScrollUp, s.ScrollDown, s.Note, s.Moment = b(app.CmdScrollUp), b(app.CmdScrollDown), b(app.CmdNote), b(app.CmdMoment)
	s.End, s.Undo, s.CallStarts, s.Preview = b(app.CmdEnd), b(app.CmdUndo), b(app.CmdCallStarts), b(app.CmdPreview)
	s.Agenda, s.Cards, s.Search, s.Escape = b(app.CmdAgenda), b(app.CmdCards), b(app.CmdSearch), b(app.CmdEscape)

	b, q := binder(app.OnQuestion), &k.Question
	q.Prev, q.Next, q.Answer, q.No = b(app.CmdPrevAnswer), b(app.CmdNextAnswer), b(app.CmdAnswer), b(app.CmdNo)
	b = binder(app.OnField)
	k.Field.Keep, k.Field.Cancel = b(app.CmdKeep), b(app.CmdCancel)

	b, c := binder(app.OnCards), &k.Cards
	c.StartPause, c.Up, c.Down, c.PageUp, c.PageDown = b(app.CmdStartPause), b(app.CmdCardUp), b(app.CmdCardDown), b(app.CmdPageUp), b(app.CmdPageDown)
	c.Open, c.Search, c.ToList, c.Close, c.Leave = b(app.CmdOpen), b(app.CmdFind), b(app.CmdToList), b(app.CmdClose), b(app.CmdLeave)
	b = binder(app.OnCardSearch)
	k.CardSearch.Up, k.CardSearch.Down, k.CardSearch.Open, k.CardSearch.Close = b(app.CmdPrevHit), b(app.CmdNextHit), b(app.CmdOpen), b(app.CmdClose)

	b, st := binder(app.OnStart), &k.Start
	st.Up, st.Down, st.Pick = b(app.CmdUp), b(app.CmdDown), b(app.CmdPick)
	st.MeantThem, st.MeantNew, st.Back = b(app.CmdMeantThem), b(app.CmdMeantNew), b(app.CmdBackToWho)
	b = binder(app.OnScripts)
	k.Scripts.Up, k.Scripts.Down, k.Scripts.Start, k.Scripts.Back = b(app.CmdUp), b(app.CmdDown), b(app.CmdStart), b(app.CmdBackToWho)
	b = binder(app.OnLog)
	k.Log.Reopen, k.Log.Retry = b(app.CmdReopen), b(app.CmdRetry)
	f := &k.Log.Form
	f.Next, f.Prev, f.Up, f.Down = b(app.CmdNextQuestion), b(app.CmdPrevQuestion), b(app.CmdUp), b(app.CmdDown)
	f.Toggle, f.Yes, f.No = b(app.CmdToggle), b(app.CmdYes), b(app.CmdNo)
	b, a := binder(app.OnAfter), &k.After
	a.Yes, a.No, a.ScrollUp, a.ScrollDown = b(app.CmdYes), b(app.CmdNo), b(app.CmdScrollUp), b(app.CmdScrollDown)
	return k
}

// binder returns what makes the binding of a command of a group: its
// letter and keys, with its help. A command the table lacks gets a
// binding with no keys, which never matches (a test sees to it that none
// is lacking).
func binder(g app.KeyGroup) func(app.Command) key.Binding {
	return func(c app.Command) key.Binding {
		row, ok := app.KeyOf(g, c)
		if !ok || row.In&app.FullScreen == 0 {
			return key.NewBinding(key.WithDisabled())
		}
		var keys []string
		if row.Letter != "" {
			keys = append(keys, row.Letter)
		}
		keys = append(keys, row.Keys...)
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(row.Label, row.Brief))
	}
}

// helpKeys is the help of a screen as it stands: the keys of its footer
// and of its full help, those switched off left out by the help itself.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

// ShortHelp implements help.KeyMap.
func (h helpKeys) ShortHelp() []key.Binding { return h.short }

// FullHelp implements help.KeyMap.
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }

var _ help.KeyMap = helpKeys{}

// sessionHelp is the help of the session screen.
func (k keyMap) sessionHelp() helpKeys {
	s, g := k.Session, k.Global
	return helpKeys{
		short: []key.Binding{s.Escape, s.Next, s.Back, s.StartPause, s.Check, g.Help, g.Quit},
		full: [][]key.Binding{
			{s.Next, s.Back, s.Up, s.Down, s.Check, s.StartPause},
			{s.More, s.Less, s.Restart, s.CallStarts, s.Agenda, s.Preview},
			{s.ScrollUp, s.ScrollDown, s.Cards, s.Search, s.Note, s.Moment},
			{s.Undo, s.End, s.Escape, g.Help, g.Quit, g.QuitNow},
		},
	}
}

// questionHelp is the help while a question waits for its answer.
func (k keyMap) questionHelp() helpKeys {
	q := []key.Binding{k.Question.Prev, k.Question.Answer, k.Question.No} // Prev's help names both arrows
	return helpKeys{short: q, full: [][]key.Binding{q, {k.Global.QuitNow}}}
}

// fieldHelp is the help while a field takes typed text.
func (k keyMap) fieldHelp() helpKeys {
	f := []key.Binding{k.Field.Keep, k.Field.Cancel}
	return helpKeys{short: f, full: [][]key.Binding{f, {k.Global.QuitNow}}}
}

// cardsHelp is the help of the reference cards: their list, a card, or
// their search. Escape, the way back, comes first, so that a narrow
// footer shows it too.
func (k keyMap) cardsHelp(open, searching bool) helpKeys {
	c, q := k.Cards, k.CardSearch
	full := [][]key.Binding{{c.StartPause}, {c.Up, c.Down, c.Open}, {c.Search, c.PageUp, c.PageDown, c.ToList}, {c.Close, c.Leave, k.Global.Help}}
	switch {
	case searching:
		return helpKeys{short: []key.Binding{q.Close, q.Up, q.Down, q.Open}, full: [][]key.Binding{{q.Up, q.Down, q.Open, q.Close}}}
	case open:
		return helpKeys{short: []key.Binding{c.Close, c.StartPause, c.PageDown, c.PageUp, c.ToList, c.Search}, full: full}
	}
	return helpKeys{short: []key.Binding{c.Close, c.StartPause, c.Up, c.Down, c.PageDown, c.Open, c.Search}, full: full}
}

// startHelp is the help of the start screen's choice of whom, or of its
// question "did you mean".
func (k keyMap) startHelp(meant bool) helpKeys {
	s, g := k.Start, k.Global
	if meant {
		short := []key.Binding{s.MeantThem, s.MeantNew, s.Back}
		return helpKeys{short: short, full: [][]key.Binding{short, {g.Help, g.Quit, g.QuitNow}}}
	}
	return helpKeys{
		short: []key.Binding{s.Up, s.Down, s.Pick, g.Help, g.Quit},
		full:  [][]key.Binding{{s.Up, s.Down, s.Pick}, {g.Help, g.Quit, g.QuitNow}},
	}
}

// scriptsHelp is the help of the start screen's choice of script.
func (k keyMap) scriptsHelp() helpKeys {
	s, g := k.Scripts, k.Global
	short := []key.Binding{s.Up, s.Down, s.Start, s.Back, g.Quit}
	return helpKeys{short: short, full: [][]key.Binding{{s.Up, s.Down, s.Start, s.Back}, {g.Help, g.Quit, g.QuitNow}}}
}

// logHelp is the help of the coach log: the form's keys while it is
// being written (enter first, so that a narrow footer shows it too), and
// once it is, the answer whether the coach is available again and the
// review's scrolling.
func (k keyMap) logHelp() helpKeys {
	a, f := k.After, k.Log.Form
	short := []key.Binding{f.Next, f.Up, f.Down, f.Toggle, f.Yes, f.No, f.Prev, k.Log.Retry, k.Log.Reopen,
		a.Yes, a.No, a.ScrollDown, a.ScrollUp, k.Global.Quit}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}

// setAll switches every binding of a group, or of the whole key map, on
// or off: v points at it.
func setAll(v any, on bool) {
	eachBinding(reflect.ValueOf(v).Elem(), func(b *key.Binding) { b.SetEnabled(on) })
}

// eachBinding calls f with every binding in v, a struct of bindings or of
// groups of them.
func eachBinding(v reflect.Value, f func(*key.Binding)) {
	if b, ok := v.Addr().Interface().(*key.Binding); ok {
		f(b)
		return
	}
	for i := range v.NumField() {
		eachBinding(v.Field(i), f)
	}
}

// keysSaid says the keys that answer a question, as the question's own
// line shows them: "y = yes, esc = no". Keys switched off are left out.
func keysSaid(bs ...key.Binding) string {
	var parts []string
	for _, b := range bs {
		if b.Enabled() {
			parts = append(parts, b.Help().Key+" = "+b.Help().Desc)
		}
	}
	return strings.Join(parts, ", ")
}
