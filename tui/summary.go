package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"partnercoach/session"
)

// summaryModel is the screen at the end of a session: the coach log form,
// beside what the session itself recorded, and then where it was kept.
type summaryModel struct {
	st     *Styles
	keys   keyMap
	ses    *session.Session
	ended  time.Time
	keeper Keeper
	saver  *saver
	fee    int
	form   *huh.Form

	// The form's answers.
	outcome   session.Outcome
	screening session.Screening
	further   string
	learn     string
	ready     bool
	closing   string

	state   summaryState
	id      string // the record's id once written
	err     string // why writing it failed
	saveErr string // why saving the draft failed
}

// summaryState is where the summary screen is.
type summaryState int

const (
	filling summaryState = iota
	writing
	written
	failed
)

// summaryDoneMsg says the coach has completed the form.
type summaryDoneMsg struct{}

// newSummaryModel opens the coach log of a session that ended at ended.
func newSummaryModel(st *Styles, keys keyMap, cfg Config, ses *session.Session, ended time.Time) *summaryModel {
	m := &summaryModel{
		st: st, keys: keys, ses: ses, ended: ended, keeper: cfg.Keeper, saver: cfg.saver,
		fee: cfg.FeeCents, outcome: session.Held, further: "0",
	}
	if d, ok := ses.Draft(); ok {
		m.fill(d)
	}
	m.form = m.newForm()
	return m
}

// fill puts a saved draft back into the form's answers.
func (m *summaryModel) fill(d session.Closing) {
	m.outcome, m.screening, m.closing = d.Outcome, d.Screening, d.Summary
	m.further = strconv.Itoa(d.Recommendation.FurtherSessions)
	m.learn, m.ready = d.Recommendation.Learn, d.Recommendation.Ready
}

// firstSession reports whether the session screens the newcomer.
func (m *summaryModel) firstSession() bool {
	n := m.ses.Options().Number
	return n == 1 || n == 0 && m.ses.Script().Name == "first"
}

// newForm builds the coach log form.
func (m *summaryModel) newForm() *huh.Form {
	var outcomes []huh.Option[session.Outcome]
	for _, o := range session.Outcomes {
		outcomes = append(outcomes, huh.NewOption(o.Label(), o))
	}
	var screenings []huh.Option[session.Screening]
	for _, s := range []session.Screening{session.Suitable, session.NotYet, session.Referred, session.NotScreened} {
		screenings = append(screenings, huh.NewOption(s.Label(), s))
	}
	held := func() bool { return m.outcome != session.Held }
	f := huh.NewForm(
		huh.NewGroup(huh.NewSelect[session.Outcome]().Title("How did the session go?").
			Options(outcomes...).Value(&m.outcome)),
		huh.NewGroup(huh.NewSelect[session.Screening]().Title("Screening for the partnership pool").
			Options(screenings...).Value(&m.screening)).
			WithHideFunc(func() bool { return held() || !m.firstSession() }),
		huh.NewGroup(
			huh.NewInput().Title("Further sessions recommended").CharLimit(2).
				Value(&m.further).Validate(validCount),
			huh.NewInput().Title("What they would learn in them").CharLimit(300).Value(&m.learn),
			huh.NewConfirm().Title("Ready for a partnership?").Value(&m.ready),
		).WithHideFunc(held),
		huh.NewGroup(huh.NewText().Title("Closing note for the coach log").
			Description("Confidential: it stays on this machine.").Lines(4).CharLimit(4000).Value(&m.closing)),
	).WithShowHelp(true).WithKeyMap(formKeys()).
		WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return huh.ThemeCharm(m.st.isDark) }))
	f.SubmitCmd = func() tea.Msg { return summaryDoneMsg{} }
	return f
}

// formKeys are huh's keys without the one that opens an outside editor,
// which would take the terminal away from the session screen.
func formKeys() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Text.Editor.SetEnabled(false)
	return km
}

// validCount accepts a whole number of sessions from 0 to 20.
func validCount(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > 20 {
		return fmt.Errorf("a whole number from 0 to 20, please")
	}
	return nil
}

// Init implements screen: it saves the ended session, so that a resume
// comes back to this form, and opens the form.
func (m *summaryModel) Init() tea.Cmd { return tea.Batch(m.form.Init(), m.saveDraft(true)) }

// saveDraft keeps the form's answers with the session and saves it, when
// they have changed (or always, with force), so that nothing written here
// is lost either.
func (m *summaryModel) saveDraft(force bool) tea.Cmd {
	v := m.draftValues()
	if d, ok := m.ses.Draft(); ok && d == v && !force {
		return nil
	}
	m.ses.SetDraft(v)
	cmd, err := m.saver.save(m.ses, m.ended)
	if err != nil {
		m.saveErr = "Cannot save the coach log as it is written: " + err.Error()
	}
	return cmd
}

// Keys implements screen.
func (m *summaryModel) Keys() help.KeyMap { return summaryKeys{m} }

// UnderWay implements screen: until the record is written, quitting
// needs a yes (the autosave keeps the session meanwhile).
func (m *summaryModel) UnderWay() bool { return m.state != written }

// Inputting implements the root's question: while the form is open, every
// key but ctrl+c belongs to it.
func (m *summaryModel) Inputting() bool { return m.state == filling }

// Update implements screen.
func (m *summaryModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case summaryDoneMsg:
		return m.finish()
	case savedMsg:
		m.saveErr = ""
		if msg.err != nil {
			m.saveErr = "Not saved: " + firstLine(msg.err.Error())
		}
		return nil
	case finishedMsg:
		m.id, m.state = msg.id, written
		if msg.err != nil {
			m.err, m.state = msg.err.Error(), failed
		}
		return nil
	case tea.KeyPressMsg:
		if m.state == failed && key.Matches(msg, m.keys.Retry) {
			return m.finish()
		}
	}
	if m.state != filling {
		return nil
	}
	f, cmd := m.form.Update(msg)
	if form, ok := f.(*huh.Form); ok {
		m.form = form
	}
	return tea.Batch(cmd, m.saveDraft(false))
}

// finish writes the record off the update loop.
func (m *summaryModel) finish() tea.Cmd {
	rec := m.ses.Record("", m.closingValues(), m.ended)
	if m.keeper == nil {
		m.state = written
		return nil
	}
	m.state = writing
	k := m.keeper
	if m.ses.Options().Rehearsal.On() {
		// A rehearsal kept for resume is never logged: its autosave goes.
		return func() tea.Msg { return finishedMsg{err: k.Discard()} }
	}
	return func() tea.Msg {
		id, err := k.Finish(rec)
		return finishedMsg{id: id, err: err}
	}
}

// draftValues are the form's answers as they stand, every one kept.
func (m *summaryModel) draftValues() session.Closing {
	n, _ := strconv.Atoi(strings.TrimSpace(m.further))
	return session.Closing{
		Outcome: m.outcome, Screening: m.screening, Summary: m.closing, FeeCents: m.fee,
		Recommendation: session.Recommendation{FurtherSessions: n, Learn: m.learn, Ready: m.ready},
	}
}

// closingValues gathers the form's answers for the record, dropping
// those that do not apply to the outcome.
func (m *summaryModel) closingValues() session.Closing {
	c := session.Closing{Outcome: m.outcome, Summary: strings.TrimSpace(m.closing), FeeCents: m.fee}
	if m.outcome == session.Held {
		n, _ := strconv.Atoi(strings.TrimSpace(m.further))
		c.Recommendation = session.Recommendation{FurtherSessions: n, Learn: strings.TrimSpace(m.learn), Ready: m.ready}
		if m.firstSession() {
			c.Screening = m.screening
		}
	}
	return c
}
