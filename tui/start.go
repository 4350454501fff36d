package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// startPhase is where the start screen is: whom the session is with, the
// name of someone new, the "did you mean" question, or the script.
type startPhase int

// The phases of the start screen, in their order.
const (
	pickWho     startPhase = iota // the unfinished session on offer, then the newcomers
	typeName                      // the name of someone new
	askMeant                      // did you mean a name on record?
	pickScript                    // the scripts, the one proposed selected
	typeMe                        // a peer session's: your name, as Partner A
	typePartner                   // a peer session's: your partner's name
)

// startModel is the first screen: an unfinished session, if there is one,
// to resume, finish or discard; whom the session is with (a newcomer on
// record with their next session, someone new, or nobody); then the
// script, the one proposed for them selected.
type startModel struct {
	st         *Styles
	keys       keyMap
	now        func() time.Time
	scripts    []*script.Script
	offer      *session.Session
	offerSaved time.Time
	finishText string // the offer to finish it, as the core words it when the screen opens
	core       *app.Core
	phase      startPhase
	sel        int             // the entry selected in the list on show
	who        int             // the entry last chosen in the list of whom the session is with
	name       textinput.Model // the name of someone new
	partners   partnerFields   // the partners' names of a peer session
	typed      string          // the name typed that is close to near
	near       string          // the name on record it is close to
	discarding *app.Asking     // the question whether to discard the unfinished session
	starting   *script.Script  // the script to start once the coach agrees to discard the unfinished session
	err        string          // why discarding failed, or what is wrong with a name
	notice     string          // what the program found as it opened, such as a damaged autosave
}

// sizeFields fits the name fields to the window's width. A field scrolls
// as it is typed in, to keep the cursor in sight, only while it knows its
// width: a long name then shows its end, where the coach types.
func (m *startModel) sizeFields(width int) {
	for _, in := range []*textinput.Model{&m.name, &m.partners.me, &m.partners.partner} {
		in.SetWidth(max(width-len(in.Prompt)-1, 1))
	}
}

// The actions offered for an unfinished session, in their order.
const (
	offerResume = iota
	offerFinish
	offerDiscard
	offerCount
)

// newStartModel returns the start screen for a configuration. A newcomer
// named on the command line goes straight to the choice of script.
func newStartModel(st *Styles, keys keyMap, core *app.Core) *startModel {
	cfg := core.Config()
	m := &startModel{
		st: st, keys: keys, now: core.Clock().Now, scripts: cfg.Scripts,
		offer: core.Offer(), offerSaved: cfg.Saved, core: core, name: nameField(),
		notice: cfg.Notice,
	}
	if w, ok := core.Given(); ok && m.offer == nil {
		m.toScripts(w)
	}
	m.finishText = core.FinishLabel()
	if core.FinishFirst() {
		m.sel = offerFinish
	}
	return m
}

// nameField is the field in which the name of someone new is typed.
func nameField() textinput.Model {
	in := textinput.New()
	in.Prompt = "Name: "
	in.Placeholder = "their name or initials"
	in.CharLimit = 200 // names.Check says why above its own limit
	quietCursor(&in)
	return in
}

// quietCursor stops a field's cursor from blinking, which would wake the
// program twice a second.
func quietCursor(in *textinput.Model) {
	s := in.Styles()
	s.Cursor.Blink = false
	in.SetStyles(s)
}

// Init implements screen.
func (m *startModel) Init() tea.Cmd { return nil }

// keysNow returns the key map with the keys of the phase on show
// switched on: the discard question's, the name field's, those of "did
// you mean", or those of a list.
func (m *startModel) keysNow() keyMap {
	k := m.keys
	setAll(&k, false)
	k.Global.QuitNow.SetEnabled(true)
	switch {
	case m.discarding != nil:
		setAll(&k.Question, true)
	case m.phase == typeName || m.typingPartner():
		setAll(&k.Field, true)
	case m.phase == askMeant:
		setAll(&k.Global, true)
		k.Start.MeantThem.SetEnabled(true)
		k.Start.MeantNew.SetEnabled(true)
		k.Start.Back.SetEnabled(true)
	case m.phase == pickScript:
		setAll(&k.Global, true)
		setAll(&k.Scripts, true)
	default:
		setAll(&k.Global, true)
		k.Start.Up.SetEnabled(true)
		k.Start.Down.SetEnabled(true)
		k.Start.Pick.SetEnabled(true)
	}
	return k
}

// Keys implements screen.
func (m *startModel) Keys() help.KeyMap {
	k := m.keysNow()
	switch {
	case m.discarding != nil:
		return k.questionHelp()
	case m.phase == typeName || m.typingPartner():
		return k.fieldHelp()
	case m.phase == pickScript:
		return k.scriptsHelp()
	}
	return k.startHelp(m.phase == askMeant)
}

// Inputting implements screen: the name of someone new and the partners'
// are typed text.
func (m *startModel) Inputting() bool { return m.phase == typeName || m.typingPartner() }

// Compact implements screen: there is no time to show.
func (m *startModel) Compact(time.Time) string { return "" }

// offered returns how many entries the unfinished session takes.
func (m *startModel) offered() int {
	if m.offer == nil {
		return 0
	}
	return offerCount
}

// The entries after the newcomers on record in the list of whom the
// session is with.
const (
	whoNew  = iota // someone new
	whoNone        // no newcomer
	whoExtra
)

// entries returns how many entries the list on show has.
func (m *startModel) entries() int {
	if m.phase >= pickScript {
		return len(m.scripts)
	}
	return m.offered() + len(m.core.Roster()) + whoExtra
}

// Update moves the selection and acts on the chosen entry.
func (m *startModel) Update(msg tea.Msg) tea.Cmd {
	if r, ok := msg.(reportedMsg); ok && isDiscarded(r.r) {
		m.notice = "Discarded the unfinished session."
		return nil
	}
	if r, ok := msg.(reportedMsg); ok && len(r.notices) > 0 {
		if _, probe := r.r.(app.ProbeResult); !probe { // that one stands: see View
			m.err = strings.Join(r.notices, " ")
		}
		return nil
	}
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		m.sizeFields(ws.Width)
		return nil
	}
	if p, ok := msg.(tea.PasteMsg); ok {
		if in := m.typing(); in != nil && m.discarding == nil {
			return m.typeIn(in, p)
		}
		return nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case m.discarding != nil:
		return m.discardKey(k)
	case m.phase == typeName:
		return m.nameKey(k)
	case m.typingPartner():
		return m.partnerKey(k)
	case m.phase == askMeant:
		m.meantKey(k)
		return nil
	case m.phase == pickScript:
		return m.scriptKey(k)
	}
	keys := m.keysNow().Start
	return m.listKey(k, keys.Up, keys.Down, keys.Pick)
}

// isDiscarded reports whether a job's result is the autosave removed.
func isDiscarded(r app.Result) bool {
	d, ok := r.(app.DiscardResult)
	return ok && d.Err == nil
}

// scriptKey takes a key on the list of scripts: Escape goes back to whom
// the session is with, the entry chosen there selected again.
func (m *startModel) scriptKey(k tea.KeyPressMsg) tea.Cmd {
	keys := m.keysNow().Scripts
	if key.Matches(k, keys.Back) {
		m.phase, m.sel, m.err = pickWho, min(m.who, m.entries()-1), ""
		return nil
	}
	return m.listKey(k, keys.Up, keys.Down, keys.Start)
}

// listKey moves the selection of the list on show, or takes the entry
// selected.
func (m *startModel) listKey(k tea.KeyPressMsg, up, down, pick key.Binding) tea.Cmd {
	switch n := m.entries(); {
	case n == 0:
	case key.Matches(k, up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(k, down):
		m.sel = min(m.sel+1, n-1)
	case key.Matches(k, pick):
		return m.pick()
	}
	return nil
}

// pick acts on the selected entry.
func (m *startModel) pick() tea.Cmd {
	if m.phase == pickScript {
		s := m.scripts[m.sel]
		if s.Peer() {
			return m.askPartners()
		}
		return m.start(s)
	}
	off, roster := m.offered(), m.core.Roster()
	m.who = m.sel
	switch i := m.sel - off; {
	case m.sel == offerDiscard && off > 0:
		q := app.DiscardQuestion()
		m.discarding = &q
	case m.sel < off:
		finish := m.sel == offerFinish
		return func() tea.Msg { return openMsg{offer: true, finish: finish} }
	case i < len(roster):
		w, _ := m.core.Known(roster[i].Name)
		m.toScripts(w)
	case i == len(roster)+whoNew:
		m.phase, m.err = typeName, ""
		m.name.SetValue("")
		return m.name.Focus()
	default:
		m.toScripts(app.Who{})
	}
	return nil
}

// toScripts sets whom the session is with and moves on to the scripts,
// the one proposed for them selected.
func (m *startModel) toScripts(w app.Who) {
	m.core.SetWho(w)
	m.phase, m.sel, m.err = pickScript, 0, ""
	for i, s := range m.scripts {
		if s.Name == m.core.Proposed() {
			m.sel = i
		}
	}
}

// nameKey takes a key while the name of someone new is typed: Enter
// checks it, Escape goes back to the list.
func (m *startModel) nameKey(k tea.KeyPressMsg) tea.Cmd {
	keys := m.keysNow().Field
	switch {
	case key.Matches(k, keys.Cancel):
		m.phase, m.err = pickWho, ""
		m.name.Blur()
		return nil
	case key.Matches(k, keys.Keep):
		w, near, err := m.core.NameTyped(m.name.Value())
		switch {
		case err != nil:
			m.err = app.ErrorSentence(err)
		case near != "":
			m.phase, m.typed, m.near, m.err = askMeant, strings.TrimSpace(m.name.Value()), near, ""
		default:
			m.toScripts(w)
		}
		return nil
	}
	return m.typeIn(&m.name, k)
}

// typing returns the name field being typed in, or nil.
func (m *startModel) typing() *textinput.Model {
	switch {
	case m.phase == typeName:
		return &m.name
	case m.typingPartner():
		return m.field()
	}
	return nil
}

// typeIn passes a key or a paste to a name field. What was wrong was
// said of the name as it was: it goes once the name changes.
func (m *startModel) typeIn(in *textinput.Model, msg tea.Msg) tea.Cmd {
	before := in.Value()
	cmd := typeInto(in, msg)
	if in.Value() != before {
		m.err = ""
	}
	return cmd
}

// meantKey answers "did you mean": y takes the name on record, n the
// name typed, as someone new; Escape goes back to the name.
func (m *startModel) meantKey(k tea.KeyPressMsg) {
	keys := m.keysNow().Start
	switch {
	case key.Matches(k, keys.MeantThem):
		w, _ := m.core.Known(m.near)
		m.toScripts(w)
	case key.Matches(k, keys.MeantNew):
		m.toScripts(m.core.NewNewcomer(m.typed))
	case key.Matches(k, keys.Back):
		m.phase = typeName
	}
}

// start opens a new session of the script; while an unfinished session
// is on offer, which the new one replaces, it asks first.
func (m *startModel) start(s *script.Script) tea.Cmd {
	if m.offer != nil {
		q := app.ReplaceQuestion()
		m.discarding, m.starting = &q, s
		return nil
	}
	return func() tea.Msg { return openMsg{start: s} }
}

// discardKey answers the question whether to discard the unfinished
// session, on its own or to start a new one in its place: the arrows
// choose, Enter answers, any other key keeps it.
func (m *startModel) discardKey(k tea.KeyPressMsg) tea.Cmd {
	answer, done := m.discarding.Key(k.String())
	if !done {
		return nil
	}
	s := m.starting
	m.discarding, m.starting = nil, nil
	if answer == app.CmdYes && s != nil {
		// The new session's first save takes the unfinished one's place.
		m.offer = nil
		return func() tea.Msg { return openMsg{start: s} }
	}
	if answer == app.CmdYes {
		m.offer, m.sel = nil, 0
		return do(m.core.DiscardOffer())
	}
	return nil
}
