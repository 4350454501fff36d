package app

import (
	"strconv"

	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// SessionNumber is which session the one on show is for its newcomer,
// from 1, or 0 when it is not known (no newcomer named, a peer session,
// or no session open).
func (c *Core) SessionNumber() int {
	if c.ses == nil {
		return 0
	}
	return c.ses.Options().Number
}

// NewcomerLabel names the newcomer of a session with its number for them,
// as both front ends show it during the session: "Bob Tester, session 3";
// "session 3" without a name; "Bob Tester" without a number; "" with
// neither. The name is made safe to print.
func NewcomerLabel(o session.Options) string {
	name := textsafe.Line(o.Newcomer)
	switch {
	case o.Number <= 0:
		return name
	case name == "":
		return "session " + strconv.Itoa(o.Number)
	}
	return name + ", session " + strconv.Itoa(o.Number)
}
