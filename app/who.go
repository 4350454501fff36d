package app

import (
	"strconv"

	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

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
