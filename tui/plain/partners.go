package plain

import (
	"strings"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// askPartners asks the names of the partners of a peer session, yours
// first, then opens the session.
func (fe *frontEnd) askPartners(s *script.Script) {
	given := fe.core.Partners()
	fe.out.say("A peer session: you are Partner A, your partner Partner B. Their names are said here only, never in a notification.")
	fe.askPartnerName("Your name", given.Me, func(me string) {
		fe.askPartnerName("Your partner's name", given.Partner, func(partner string) {
			fe.core.SetPartners(session.Partners{Me: me, Partner: partner})
			fe.start(s)
		})
	})
}

// askPartnerName asks one partner's name, and asks again for a name that
// cannot be kept. Enter alone keeps the name the run was given; "none"
// gives none, and the role alone is said.
func (fe *frontEnd) askPartnerName(what, given string, then func(string)) {
	prompt := what + "? Type it (Enter alone: no name, the role alone)."
	if given != "" {
		prompt = what + "? Type it (Enter alone: " + given + "; none for no name)."
	}
	fe.askQ(question{prompt: []string{prompt}, answer: func(line string) {
		typed := strings.TrimSpace(line)
		switch {
		case typed == "":
			typed = given
		case strings.EqualFold(typed, "none"):
			typed = ""
		}
		name, err := app.PartnerNameTyped(typed)
		if err != nil {
			fe.out.say(app.ErrorSentence(err))
			fe.askPartnerName(what, given, then)
			return
		}
		then(name)
	}})
}
