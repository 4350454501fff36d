package app

import "partnercoach/session"

// Effects are what a call on the Core asks of the front end, as plain
// data: what to draw or say, whether to ring the bell, and the jobs to
// run off its loop.
type Effects struct {
	// Events are what the change brought about, in order, the alerts
	// among them.
	Events []session.Event
	// Alerts are the alert events among Events, as decided once for both
	// front ends.
	Alerts []Alert
	// Bell rings the terminal bell once.
	Bell bool
	// Jobs are to be run off the front end's loop; the Result of each goes
	// back to Core.Report.
	Jobs []Job
	// Notices are things to tell the coach once, each a sentence, such as
	// a save that failed or succeeded again. The accessible mode says
	// them; the full screen shows Core.Standings instead.
	Notices []string
}

// add appends the effects of o to e.
func (e *Effects) add(o Effects) {
	e.Events = append(e.Events, o.Events...)
	e.Alerts = append(e.Alerts, o.Alerts...)
	e.Bell = e.Bell || o.Bell
	e.Jobs = append(e.Jobs, o.Jobs...)
	e.Notices = append(e.Notices, o.Notices...)
}

// Job is work that may wait on a disk or a notification server: a front
// end runs it off its loop and hands its Result to Core.Report.
type Job func() Result

// Result is the outcome of a Job.
type Result interface{ result() }

// The results of the jobs.
type (
	// SaveResult is how an autosave went.
	SaveResult struct {
		Seq uint64
		Err error
	}
	// NotifyResult is how a desktop notification went. Quiet is set
	// for a notification whose failure rings no bell: a reminder of a
	// pause, which never rings.
	NotifyResult struct {
		Err   error
		Quiet bool
	}
	// ProbeResult is whether desktop notifications would reach the
	// desktop, asked as the run begins.
	ProbeResult struct{ Err error }
	// FinishResult is how writing the record went: its id, or why it
	// failed. A rehearsal's has no id: it is never logged.
	FinishResult struct {
		ID  string
		Err error
	}
	// DiscardResult is how removing the autosave went.
	DiscardResult struct{ Err error }
)

func (SaveResult) result()    {}
func (NotifyResult) result()  {}
func (ProbeResult) result()   {}
func (FinishResult) result()  {}
func (DiscardResult) result() {}
