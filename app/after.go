package app

import (
	"fmt"
	"strings"

	"partnercoach/around/fees"
	"partnercoach/around/records"
	"partnercoach/session"
)

// This file holds the steps after the coach log that the packet asks of
// the coach after every coaching session: the coach log (its record is
// written), the invoice (the Institute pays coaches at the end of each
// month, for sessions whose coach log is filled in), whether the coach is
// available to coach again, and a word to the programme coordinator if
// the session left the coach uncomfortable.
//
// They follow a session of the programme's (fees.Session.Programme) once
// its record is written. A rehearsal is never logged and a run that keeps
// nothing has no record, so neither has an invoice line or asks. A
// session between partners has no coach and no fee, and a coaching
// session outside the programme (the coaching script with no newcomer) is
// not billed and tells nothing of the programme's newcomers: neither
// shows the steps. A session of the programme's shows its invoice line
// when it is billed (held, or not come to) and else why it is not; it
// asks whether the coach is available whatever its outcome, since the
// question is about the next newcomer, not this one.

// AfterSteps are what the end of a session shows once its coach log is
// written. All are empty when the steps do not follow the session.
type AfterSteps struct {
	// Billing says where the invoice line goes and when the Institute
	// pays, or why the session is not on the invoice.
	Billing string
	// Invoice is the session's line under the heading of its columns, as
	// 'partnercoach invoice' lists it; nil when it is not billed.
	Invoice []string
	// Ask asks whether the coach is available to coach again, or is ""
	// when it is not asked (a run that keeps nothing).
	Ask string
	// Answer says what the coach said before, or what became of this
	// run's answer; "" when there is nothing to say.
	Answer string
	// Care is the packet's last step after each session: to tell the
	// programme coordinator if anything in it left the coach
	// uncomfortable.
	Care string
}

// Shown reports whether there are steps to show.
func (a AfterSteps) Shown() bool { return a.Billing != "" }

// careLine is the step after each session that the packet ends its list
// with: the programme wants its coaches at ease, and to hear from one who
// is not.
const careLine = "If the session left you uncomfortable, tell the programme coordinator."

// askAvailable is the question of availability, as both front ends ask it.
const askAvailable = "Are you available to coach another newcomer?"

// After returns the steps after the coach log of the session on show.
func (c *Core) After() AfterSteps {
	rec, ok := c.afterRecord()
	if !ok {
		return AfterSteps{}
	}
	a := AfterSteps{Billing: c.billing(rec), Answer: c.availableAnswer(), Care: careLine}
	if text := records.FormatLines(records.BuildInvoice([]session.Record{rec}, rec.Started).Lines); text != "" {
		a.Invoice = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	}
	if c.Asking() {
		a.Ask = askAvailable
	}
	return a
}

// afterRecord returns the record of the session on show as it was kept,
// and false when the steps do not follow it: until its record is
// written, and for a session not the programme's or not logged.
func (c *Core) afterRecord() (session.Record, bool) {
	rec, ok := c.reviewed()
	if !ok || c.record.id == "" || !fees.SessionFor(c.ses.Options(), c.ses.Script()).Programme() {
		return session.Record{}, false
	}
	return rec, true
}

// billing says where a record's invoice line goes and when it is paid
// (the packet pays only for sessions whose coach log is filled in on the
// Institute's pages, which partnercoach's record is the coach's own copy
// to fill it from), or why it is not on the invoice.
func (c *Core) billing(rec session.Record) string {
	if !fees.Billed(rec) {
		return fmt.Sprintf("Not on the invoice: the session was %s, so it is not billed.",
			LowerFirst(c.EndForm().LabelOf(rec.Outcome)))
	}
	now := c.clock.Now()
	month := records.HeldMonth(rec.Started, now.Location())
	cmd := "'partnercoach invoice'"
	if !records.MonthOf(now).Equal(month) {
		cmd = "'partnercoach invoice --month " + month.Format("2006-01") + "'"
	}
	return fmt.Sprintf("Ready to submit with the invoice of %s (%s); the Institute pays at the end of the month, "+
		"once this session's coach log is filled in on its coach pages:", month.Format("January 2006"), cmd)
}

// Asking reports whether the end of the session asks if the coach is
// available to coach again: the steps follow it, and the run keeps the
// answer.
func (c *Core) Asking() bool {
	_, ok := c.afterRecord()
	return ok && c.cfg.Availability.Keep != nil
}
