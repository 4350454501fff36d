package app

import (
	"errors"
	"strings"

	"partnercoach/around/names"
	"partnercoach/internal/textsafe"
	"partnercoach/script"
	"partnercoach/session"
)

// This file holds how a session names the people in it. A notification,
// the window's title and a status bar name a turn by its role only; the
// screen of whoever runs the session names them as well where names were
// given: the newcomer with their session's number, each partner of a peer
// session. In a peer session the one who runs partnercoach is Partner A.

// KindOf returns the kind of session a script plans: Coaching for a
// script that names none.
func KindOf(s *script.Script) script.Kind {
	if s.Kind == "" {
		return script.Coaching
	}
	return s.Kind
}

// PartnerName returns the name given for a partner of a peer session, or
// "" for another role or a partner not named. It is not made safe to
// print: see RoleName.
func PartnerName(o session.Options, r script.Role) string {
	switch r {
	case script.PartnerA:
		return o.Partners.Me
	case script.PartnerB:
		return o.Partners.Partner
	}
	return ""
}

// RoleName names a role as the screen of whoever runs the session shows
// it: "Coach (you)", "Newcomer (Bob Tester, session 3)", "Client (Bob
// Tester)", "Partner A (you, Sam)", "Partner B (Alex)", or the role alone
// where no name was given. Names are made safe to print.
func RoleName(o session.Options, r script.Role) string {
	var who string
	switch r {
	case script.Coach:
		who = "you"
	case script.Newcomer, script.ClientRole:
		who = NewcomerLabel(o)
	case script.PartnerA:
		who = "you"
		if n := textsafe.Line(o.Partners.Me); n != "" {
			who += ", " + n
		}
	case script.PartnerB:
		who = textsafe.Line(o.Partners.Partner)
	}
	if who == "" {
		return r.Label()
	}
	return r.Label() + " (" + who + ")"
}

// RoleVerbs are the words that say what each role of a turn does, for
// the line that names them: "Focusing" and "Listening" in a Focusing
// turn, "Speaking" and "Listening" in a client's part of a coaching
// session, where nobody focuses.
func RoleVerbs(k script.Kind) (focuser, listener string) {
	if k == script.Client {
		return "Speaking", "Listening"
	}
	return "Focusing", "Listening"
}

// TurnPhrase names a turn inside a sentence on the screen of whoever runs
// the session: "the coach's turn", "the newcomer's turn", "the client's
// turn", a partner's turn by their name where one was given ("Alex's
// turn") and else by their role ("Partner B's turn"). The name is made
// safe to print.
func TurnPhrase(o session.Options, t *script.Turn) string {
	if n := textsafe.Line(PartnerName(o, t.Focuser)); n != "" {
		return n + "'s turn"
	}
	return t.Phrase()
}

// PartnerNameTyped checks a name given for a partner of a peer session by
// the rule of every name partnercoach keeps (names.Check). A name of
// nothing but spaces is no name: the role alone is shown.
func PartnerNameTyped(typed string) (string, error) {
	if strings.TrimSpace(typed) == "" {
		return "", nil
	}
	name, err := names.Check(typed)
	if err != nil {
		return "", errors.New(strings.Replace(err.Error(), "a newcomer's name", "a partner's name", 1))
	}
	return name, nil
}

// Partners returns the names the next peer session of the run will give
// its partners: those of the command line (or the settings) until the
// start screen sets others.
func (c *Core) Partners() session.Partners { return c.cfg.Session.Partners }

// SetPartners names the partners of the peer session about to start;
// StartScript gives a session of another kind no partners.
func (c *Core) SetPartners(p session.Partners) { c.cfg.Session.Partners = p }
