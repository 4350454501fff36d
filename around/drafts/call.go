package drafts

import (
	"strings"

	"partnercoach/around/book"
)

// callLine says in a message who calls whom at the session, and on what
// number or handle; at is " then" when a time is set, or "". When nothing
// is kept to call on, it asks for it (or leaves a gap for the coach's own
// number) and returns a note saying how to keep it.
func callLine(c book.Call, at string) (line, note string) {
	on := callOn(c)
	switch {
	case c.CoachCalls() && on != "":
		return "I will call you" + at + " on " + on + ".", ""
	case c.CoachCalls():
		return "Which phone number should I call you on?",
			"No number or call handle is kept for them: once they tell you, keep it with: " +
				"partnercoach newcomer reach NAME --phone NUMBER (or --handle HANDLE)."
	case on != "":
		return "Please call me" + at + " on " + on + ".", ""
	}
	return "Please call me" + at + " on [my number].",
		"Fill in the number they call you on, or keep it with: partnercoach newcomer reach NAME --caller newcomer --phone NUMBER."
}

// callOn is the number or handle the call is placed on, both when both
// are kept; "" when neither is.
func callOn(c book.Call) string {
	return strings.Join(c.Ways(), ", or if that fails on ")
}
