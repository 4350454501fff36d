package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"partnercoach/app"
	"partnercoach/session"
)

// partnerFields are the two names the start screen asks before a peer
// session: yours, as Partner A, and your partner's, as Partner B.
type partnerFields struct {
	me, partner textinput.Model
}

// newPartnerFields returns the fields filled with the names the run was
// given (--me, --partner, or the settings' coach).
func newPartnerFields(p session.Partners) partnerFields {
	field := func(prompt, value string) textinput.Model {
		in := textinput.New()
		in.Prompt = prompt
		in.CharLimit = 200 // app.PartnerNameTyped says why above its own limit
		in.SetValue(value)
		quietCursor(&in)
		return in
	}
	return partnerFields{me: field("Your name: ", p.Me), partner: field("Your partner's name: ", p.Partner)}
}

// typingPartner reports whether a partner's name is being typed.
func (m *startModel) typingPartner() bool { return m.phase == typeMe || m.phase == typePartner }

// askPartners asks the partners' names of the peer session selected,
// yours first.
func (m *startModel) askPartners() tea.Cmd {
	m.partners = newPartnerFields(m.core.Partners())
	m.phase, m.err = typeMe, ""
	m.partners.me.CursorEnd()
	return m.partners.me.Focus()
}

// field returns the name field on show.
func (m *startModel) field() *textinput.Model {
	if m.phase == typePartner {
		return &m.partners.partner
	}
	return &m.partners.me
}

// partnerKey takes a key while a partner's name is typed: Enter checks
// it and goes on (after your partner's, the session starts), Escape goes
// back a field, and from yours to the scripts.
func (m *startModel) partnerKey(k tea.KeyPressMsg) tea.Cmd {
	keys := m.keysNow().Field
	in := m.field()
	switch {
	case key.Matches(k, keys.Cancel):
		in.Blur()
		m.err = ""
		if m.phase == typePartner {
			m.phase = typeMe
			return m.partners.me.Focus()
		}
		m.phase = pickScript
		return nil
	case key.Matches(k, keys.Keep):
		name, err := app.PartnerNameTyped(in.Value())
		if err != nil {
			m.err = app.ErrorSentence(err)
			return nil
		}
		in.SetValue(name)
		in.Blur()
		m.err = ""
		if m.phase == typeMe {
			m.phase = typePartner
			m.partners.partner.CursorEnd()
			return m.partners.partner.Focus()
		}
		m.core.SetPartners(session.Partners{Me: m.partners.me.Value(), Partner: name})
		return m.start(m.scripts[m.sel])
	}
	return m.typeIn(in, k)
}

// partnerLines say, above the names' fields, whom a peer session is
// between, in the first of its forms, longest first, that fits in rows
// lines; nothing when none does.
func (m *startModel) partnerLines(width, rows int) []string {
	for _, say := range []string{
		"A peer session: you are Partner A, your partner Partner B. Their names show on your screen only, never in a notification; leave one empty for the role alone.",
		"You are Partner A, your partner Partner B. Names show on your screen only; leave one empty for the role alone.",
		"You are Partner A, your partner B.",
	} {
		if lines := strings.Split(wrap(say, width, 0), "\n"); len(lines) <= rows {
			return strings.Split(m.st.Text.Muted.Render(strings.Join(lines, "\n")), "\n")
		}
	}
	return nil
}
