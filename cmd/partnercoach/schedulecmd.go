package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/app"
	"partnercoach/around/book"
	"partnercoach/around/drafts"
	"partnercoach/around/names"
	"partnercoach/internal/columns"
	"partnercoach/internal/english"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// whenHelp says how WHEN is written, for the appointment commands.
const whenHelp = "WHEN is your own local time, as \"2026-03-28 09:00\", or a time with its offset " +
	"in RFC 3339, as 2026-03-28T09:00:00+01:00; with --their-time it is the newcomer's local time, " +
	"as they said it. A time the clocks skip, or pass twice, is refused on either clock."

// zoneHelp says what --tz takes.
const zoneHelp = "the newcomer's time zone, the IANA name of where they live, such as America/New_York " +
	"(an abbreviation such as EST, or an offset, is refused: it keeps one offset all year)"

// theirTimeHelp says what --their-time does.
const theirTimeHelp = "read WHEN on the newcomer's clock, as they said it (their zone from --tz, or the one kept with them)"

// aroundCallCmds builds the newcomer commands for the work around the
// calls: "schedule", "reschedule", "cancel", "no-show", "reach" and
// "draft".
func aroundCallCmds() []*cobra.Command {
	return []*cobra.Command{newScheduleCmd(), newRescheduleCmd(), newCancelCmd(), newNoShowCmd(), newReachCmd(), newDraftCmd()}
}

// slot is a time of a session as given on the command line.
type slot struct {
	// when is WHEN as typed; theirs says it is on the newcomer's clock.
	when   string
	theirs bool
	// zone is --tz, or "".
	zone string
}

// read reads the slot for the newcomer n: on the coach's clock (now's
// location) or on the newcomer's, in the zone given or the one kept. A
// zone given that names no place is refused first.
func (s slot) read(n book.Newcomer, now time.Time) (time.Time, error) {
	if err := book.CheckZone(s.zone); err != nil {
		return time.Time{}, fmt.Errorf("--tz: %w", err)
	}
	if !s.theirs {
		return book.ParseWhen(s.when, now.Location())
	}
	zone := s.zone
	if zone == "" {
		zone = n.TimeZone
	}
	return book.ParseTheirs(s.when, zone)
}

// newScheduleCmd builds "partnercoach newcomer schedule NAME WHEN".
func newScheduleCmd() *cobra.Command {
	var s slot
	cmd := &cobra.Command{
		Use:   "schedule NAME WHEN",
		Short: "Book a newcomer's next session",
		Long: "Book a newcomer's next session. " + whenHelp + " --tz keeps the newcomer's time " +
			"zone with them, so that 'newcomer list' and drafted messages give the time on their clock too. " +
			"A session less than an hour from another newcomer's, or starting in the newcomer's night " +
			"(22:00 to 07:00 on their clock), is booked with a warning.",
		Example: "  partnercoach newcomer schedule AB \"2026-03-28 03:00\" --tz Europe/Berlin\n" +
			"  partnercoach newcomer schedule AB \"2026-03-28 09:00\" --their-time",
		Args: twoArgs("the newcomer's name and when (NAME WHEN; quote a name or a time with spaces)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s.when = args[1]
			return schedule(cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], s, commandNow())
		},
	}
	cmd.Flags().StringVar(&s.zone, "tz", "", zoneHelp)
	cmd.Flags().BoolVar(&s.theirs, "their-time", false, theirTimeHelp)
	return cmd
}

// schedule books name's next session at the slot, read at now.
func schedule(out, errw io.Writer, name string, s slot, now time.Time) error {
	n, err := findNewcomer(name)
	if err != nil {
		return err
	}
	at, err := s.read(n, now)
	if err != nil {
		return err
	}
	b, problems, err := book.Schedule(name, at, s.zone, now)
	printProblems(errw, problems)
	if err != nil {
		return err
	}
	n = b.Newcomer
	fmt.Fprintf(out, "Booked %s for %s.\n", textsafe.Line(n.Name), textsafe.Line(book.FormatWhen(at, now, n.TimeZone)))
	sayBooking(out, b, now)
	if n.TimeZone == "" {
		fmt.Fprintf(out, "Their time zone is not known: to show the time on their clock too, give it with: partnercoach newcomer reschedule %s --tz ZONE\n",
			shellword.Quote(n.Name, "NAME"))
	}
	suggestDraft(out, n.Name, drafts.Booked)
	// A booking is a contact: the first after an assignment meets its
	// deadline, and the coordinator is to be told.
	return coordinatorAfterContact(out, errw, n.Name, book.AtInstant(b.Appointment.Booked), now)
}

// newRescheduleCmd builds "partnercoach newcomer reschedule NAME WHEN".
func newRescheduleCmd() *cobra.Command {
	var (
		by string
		s  slot
	)
	cmd := &cobra.Command{
		Use:   "reschedule NAME [WHEN]",
		Short: "Move a newcomer's booked session to another time, or change their time zone",
		Long: "Move a newcomer's booked session to another time. " + whenHelp + " The packet asks " +
			"you to tell the newcomer at least 24 hours ahead when you must reschedule: a move by " +
			"you inside 24 hours is flagged. A move asked by the newcomer inside 24 hours may be " +
			"charged as \"did not come (billable)\". Without WHEN, or with the session's own time, " +
			"--tz changes only the newcomer's time zone: nothing is moved.",
		Example: "  partnercoach newcomer reschedule AB \"2026-03-30 18:00\" --by coach\n" +
			"  partnercoach newcomer reschedule AB --tz America/New_York",
		Args: rescheduleArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 2 {
				s.when = args[1]
			}
			return reschedule(cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], s, by, commandNow())
		},
	}
	cmd.Flags().StringVar(&by, "by", "newcomer", "who asked for the move: coach or newcomer")
	cmd.Flags().StringVar(&s.zone, "tz", "", zoneHelp)
	cmd.Flags().BoolVar(&s.theirs, "their-time", false, theirTimeHelp)
	return cmd
}

// rescheduleArgs takes NAME and WHEN, or NAME alone with --tz.
func rescheduleArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 1 && cmd.Flags().Changed("tz") {
		return nil
	}
	if len(args) != 2 {
		return fmt.Errorf("expected NAME WHEN, or NAME --tz ZONE to change only their time zone; got %d %s",
			len(args), english.Plural(len(args), "argument", "arguments"))
	}
	return nil
}

// reschedule moves name's booked session to the slot, at now; a slot
// with no time keeps the session's and changes only the zone.
func reschedule(out, errw io.Writer, name string, s slot, by string, now time.Time) error {
	party, err := book.ParseParty(by)
	if err != nil {
		return fmt.Errorf("--by: %w", err)
	}
	n, err := findNewcomer(name)
	if err != nil {
		return err
	}
	at, err := rescheduleTime(n, s, now)
	if err != nil {
		return err
	}
	b, problems, err := book.Reschedule(name, at, party, s.zone, now)
	printProblems(errw, problems)
	if err != nil {
		return err
	}
	n = b.Newcomer
	if b.ZoneOnly {
		sayZoneOnly(out, b, now)
		return nil
	}
	fmt.Fprintf(out, "Moved %s's session from %s to %s.\n", textsafe.Line(n.Name),
		textsafe.Line(book.FormatWhen(b.Moved.At, now, n.TimeZone)), textsafe.Line(book.FormatWhen(at, now, n.TimeZone)))
	sayBooking(out, b, now)
	explainLate(out, n.Name, b.Moved, "moved")
	suggestDraft(out, n.Name, drafts.Reschedule)
	return nil
}

// rescheduleTime is the time a reschedule asks for: the slot's, or with
// no WHEN the standing session's own.
func rescheduleTime(n book.Newcomer, s slot, now time.Time) (time.Time, error) {
	if s.when != "" {
		return s.read(n, now)
	}
	if err := book.CheckZone(s.zone); err != nil {
		return time.Time{}, fmt.Errorf("--tz: %w", err)
	}
	a, ok := n.Current()
	if !ok {
		return time.Time{}, fmt.Errorf("%s has no session booked: book one with newcomer schedule", textsafe.Line(n.Name))
	}
	return a.At, nil
}

// newCancelCmd builds "partnercoach newcomer cancel NAME".
func newCancelCmd() *cobra.Command {
	var by string
	cmd := &cobra.Command{
		Use:   "cancel NAME",
		Short: "Call off a newcomer's booked session",
		Long: "Call off a newcomer's booked session. A newcomer who cancels less than 24 hours " +
			"ahead is charged for the time and you are paid: the session is proposed as \"did not " +
			"come (billable)\". A cancellation by you inside 24 hours is flagged.",
		Example: "  partnercoach newcomer cancel AB --by newcomer",
		Args:    oneArg("newcomer name (quote a name with spaces)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cancelAppointment(cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], by, commandNow())
		},
	}
	cmd.Flags().StringVar(&by, "by", "newcomer", "who called it off: coach or newcomer")
	return cmd
}

// cancelAppointment calls off name's booked session at now.
func cancelAppointment(out, errw io.Writer, name, by string, now time.Time) error {
	party, err := book.ParseParty(by)
	if err != nil {
		return fmt.Errorf("--by: %w", err)
	}
	old, problems, err := book.Cancel(name, party, now)
	printProblems(errw, problems)
	if err != nil {
		return err
	}
	n, err := findNewcomer(name)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Cancelled %s's session of %s.\n", textsafe.Line(n.Name),
		textsafe.Line(book.FormatWhen(old.At, now, n.TimeZone)))
	explainLate(out, n.Name, old, "cancelled")
	suggestDraft(out, n.Name, drafts.Cancel)
	return nil
}

// explainLate says what the 24-hour rule makes of a cancelled or moved
// appointment.
func explainLate(out io.Writer, name string, a book.Appointment, verb string) {
	ahead := a.At.Sub(a.Changed)
	notice := "after its time"
	if ahead > 0 {
		notice = fmt.Sprintf("%s ahead", howLongAhead(ahead))
	}
	switch {
	case a.AgainstRule():
		fmt.Fprintf(out, "AGAINST THE RULE: you %s it %s; the packet asks you to tell the newcomer at least 24 hours ahead.\n", verb, notice)
	case a.Billable():
		fmt.Fprintf(out, "The newcomer %s it %s, less than 24 hours: the packet charges them for the time and you are paid.\n", verb, notice)
		fmt.Fprintf(out, "Proposed outcome: %s. To record it so, for the invoice: partnercoach newcomer no-show %s\n",
			strings.ToLower(session.NoShow.Label()), shellword.Quote(name, "NAME"))
	}
}

// suggestDraft names the command that drafts the message to send.
func suggestDraft(out io.Writer, name string, kind drafts.Kind) {
	fmt.Fprintf(out, "The message to send: partnercoach newcomer draft %s %s\n", shellword.Quote(name, "NAME"), kind)
}

// howLongAhead writes how long ahead a change came, in whole hours, with the
// minutes after them when they are some, or in minutes under an hour. It
// never rounds up: 23 h 59 min is no "24 hours", which the 24-hour rule
// would take for on time.
func howLongAhead(d time.Duration) string {
	if d < time.Minute {
		return "less than a minute"
	}
	minutes := app.Count(int(d%time.Hour/time.Minute), "minute", "minutes")
	if d < time.Hour {
		return minutes
	}
	hours := app.Count(int(d/time.Hour), "hour", "hours")
	if d%time.Hour < time.Minute {
		return hours
	}
	return hours + " " + minutes
}

// findNewcomer returns the listed newcomer of that name.
func findNewcomer(name string) (book.Newcomer, error) {
	list, _, err := book.ListNewcomers()
	if err != nil {
		return book.Newcomer{}, err
	}
	return findIn(list, name)
}

// findIn returns the newcomer of that name in list.
func findIn(list []book.Newcomer, name string) (book.Newcomer, error) {
	for _, n := range list {
		if names.Same(n.Name, name) {
			return n, nil
		}
	}
	return book.Newcomer{}, book.NotListed(name, list)
}

// printAppointments writes, under the newcomer table, each newcomer's
// standing appointment in both zones, flagging one passed with no session
// on record. It writes nothing when no appointment stands.
func printAppointments(out io.Writer, list []book.Newcomer, recs []session.Record, now time.Time) error {
	type row struct {
		name, text, call string
		at               time.Time
	}
	var (
		rows   []row
		missed bool
	)
	byName := book.GroupRecords(recs)
	for _, n := range list {
		a, ok := n.Current()
		if !ok {
			continue
		}
		text, call := book.FormatWhen(a.At, now, n.TimeZone), ""
		switch {
		case a.At.After(now):
			call = callInShort(n.Call)
		case isMissed(n, byName.Of(n.Name), now):
			text = "MISSED " + text + ": no session on record"
			missed = true
		default:
			continue // held, or still within its grace
		}
		rows = append(rows, row{n.Name, text, call, a.At})
	}
	if len(rows) == 0 {
		return nil
	}
	slices.SortStableFunc(rows, func(a, b row) int { return a.at.Compare(b.at) })
	fmt.Fprintln(out, "\nBOOKED SESSIONS")
	tw := columns.NewWriter(out, 0, 2)
	for _, r := range rows {
		line := textsafe.Line(r.name) + "\t" + textsafe.Line(r.text)
		if r.call != "" {
			line += "\t" + textsafe.Line(r.call)
		}
		fmt.Fprintln(tw, line)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if missed {
		fmt.Fprintln(out, "For a MISSED session, record the session held, book the next, or charge it as\n"+
			"\"did not come (billable)\" with: partnercoach newcomer no-show NAME")
	}
	return nil
}

// isMissed reports whether the newcomer's standing appointment was missed.
func isMissed(n book.Newcomer, recs []session.Record, now time.Time) bool {
	_, missed := book.Missed(n, recs, now)
	return missed
}
