package drafts

import (
	"fmt"
	"strings"

	"partnercoach/around/book"
	"partnercoach/internal/shellword"
	"partnercoach/session"
)

// coordinatorAddress stands where the coordinator's address goes: the
// packet gives it in its e-mails, and partnercoach does not keep it.
const coordinatorAddress = "[the coordinator's e-mail address]"

// cancel tells the newcomer that their session is called off: as the
// coach's apology, or as the answer to their own cancellation, saying
// when it came too late that the programme charges for the time.
func cancel(in Input) (Draft, error) {
	n := in.Newcomer
	if len(n.Appointments) == 0 || n.Appointments[len(n.Appointments)-1].State != book.Cancelled {
		return Draft{}, fmt.Errorf("%s has no session called off: call it off first (partnercoach newcomer cancel %s "+
			"--by newcomer, or --by coach)", n.Name, shellword.Quote(n.Name, "NAME"))
	}
	a := n.Appointments[len(n.Appointments)-1]
	when, known := book.FormatTheirs(a.At, in.Now, n.TimeZone)
	d := Draft{To: toNewcomer(n), Subject: "Our coaching session is called off"}
	var b strings.Builder
	b.WriteString(greeting(n))
	if a.By == book.ByCoach {
		fmt.Fprintf(&b, "I am sorry, but I have to call off our session of %s. Could we find another time? "+
			"Please tell me which days and times suit you.\n\n", when)
		if a.AgainstRule() {
			d.Notes = append(d.Notes, "You called it off less than 24 hours ahead: the packet asks you to tell the newcomer at least 24 hours before.")
		}
	} else {
		fmt.Fprintf(&b, "Thank you for letting me know that you cannot come to our session of %s; I have called it off.", when)
		if a.Billable() {
			b.WriteString(" As it was called off less than 24 hours ahead, the programme charges for the time, as its terms say.")
			note := "They called it off less than 24 hours ahead: the packet charges them for the time and you are paid. "
			if book.Covered(n.Name, a, in.Records) {
				note += "It is recorded already."
			} else {
				note += fmt.Sprintf("Record it as %q with: partnercoach newcomer no-show NAME", strings.ToLower(session.NoShow.Label()))
			}
			d.Notes = append(d.Notes, note)
		}
		b.WriteString(" When you would like to set up another time, please tell me which days and times suit you.\n\n")
	}
	return finish(d, &b, in, known)
}

// transfer answers a newcomer who wants to waive their session or pass it
// on to someone else: the packet sends them to the programme coordinator.
func transfer(in Input) (Draft, error) {
	n := in.Newcomer
	d := Draft{To: toNewcomer(n), Subject: "Waiving or passing on your coaching session"}
	var b strings.Builder
	b.WriteString(greeting(n))
	b.WriteString("Thank you for letting me know that you would like to waive your session, or pass it on to someone else. " +
		"The programme coordinator arranges that: please write to them at " + coordinatorAddress + ", and they will take it from there.")
	a, booked := n.Upcoming(in.Now)
	if booked {
		when, _ := book.FormatTheirs(a.At, in.Now, n.TimeZone)
		fmt.Fprintf(&b, " Until they have settled it, our session of %s stays booked.", when)
	}
	b.WriteString("\n\n")
	d.Notes = append(d.Notes, "The packet asks you to send them to the programme coordinator: fill in the coordinator's address from the programme's e-mails.")
	if booked {
		d.Notes = append(d.Notes, "Once the coordinator has settled it, call off the booked session with: partnercoach newcomer cancel NAME "+
			"(a session waived or transferred is not a no-show: do not charge it).")
	}
	return finish(d, &b, in, true)
}
