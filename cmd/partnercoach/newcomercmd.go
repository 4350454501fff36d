package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/around/forget"
	"partnercoach/around/records"
	"partnercoach/internal/columns"
	"partnercoach/internal/english"
	"partnercoach/internal/settings"
	"partnercoach/internal/textsafe"
	"partnercoach/session"
	"partnercoach/session/autosave"
)

// newNewcomerCmd builds "partnercoach newcomer" and its subcommands.
func newNewcomerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "newcomer",
		Short: "Keep track of newcomers: assignments, payment notices, contacts",
		Long: "Keep track of the newcomers assigned to you. The packet asks you to make contact with " +
			"a newcomer, and tell the programme coordinator so, within three days of the assignment, " +
			"and to contact them within 72 hours of a payment notice; 'newcomer list' shows those " +
			"deadlines and which are overdue.",
	}
	cmd.AddCommand(newNewcomerAddCmd(), newNewcomerDayCmd("paid"), newNewcomerDayCmd("contacted"),
		newNewcomerListCmd(), newNewcomerForgetCmd())
	cmd.AddCommand(aroundCallCmds()...)
	return cmd
}

// newNewcomerAddCmd builds "partnercoach newcomer add NAME".
func newNewcomerAddCmd() *cobra.Command {
	var assigned string
	cmd := &cobra.Command{
		Use:     "add NAME",
		Short:   "Add a newcomer assigned to you",
		Example: "  partnercoach newcomer add AB --assigned 2026-11-20",
		Args:    oneArg("newcomer name (quote a name with spaces)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			now := commandNow()
			day, err := dayFlag("assigned", assigned, now)
			if err != nil {
				return err
			}
			problems, err := book.AddNewcomer(args[0], day)
			printProblems(cmd.ErrOrStderr(), problems)
			if err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), addedLine(strings.TrimSpace(args[0]), day, now))
			return nil
		},
	}
	cmd.Flags().StringVar(&assigned, "assigned", "", "the day of the assignment, as YYYY-MM-DD (default today)")
	return cmd
}

// newNewcomerDayCmd builds "partnercoach newcomer paid NAME" or
// "partnercoach newcomer contacted NAME".
func newNewcomerDayCmd(verb string) *cobra.Command {
	var date, at string
	short, record := "Record a payment notice for a newcomer", book.RecordPayment
	if verb == "contacted" {
		short, record = "Record that you made contact with a newcomer", book.RecordContact
	}
	cmd := &cobra.Command{
		Use:   verb + " NAME",
		Short: short,
		Long: short + ", now, at the time --at gives, or on the day --date gives when the time is not " +
			"known. A payment notice gives you 72 hours to make contact: a notice given as a day counts " +
			"from the start of that day, so that its 72 hours never end after the programme's.",
		Args: oneArg("newcomer name (quote a name with spaces)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			now := commandNow()
			m, err := momentFlags(date, at, now)
			if err != nil {
				return err
			}
			problems, err := record(args[0], m)
			printProblems(cmd.ErrOrStderr(), problems)
			if err != nil {
				return err
			}
			sayRecorded(cmd.OutOrStdout(), verb, textsafe.Line(strings.TrimSpace(args[0])), m, now)
			if verb == "contacted" {
				return coordinatorAfterContact(cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], m, now)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the day, as YYYY-MM-DD, when the time is not known (default: now)")
	cmd.Flags().StringVar(&at, "at", "", "the time, as \"2026-12-01 14:05\" on your clock or in RFC 3339 (default: now)")
	return cmd
}

// momentFlags reads when a notice or contact came: the time of --at, the
// day of --date, or now. A moment still to come is refused.
func momentFlags(date, at string, now time.Time) (book.Moment, error) {
	switch {
	case date != "" && at != "":
		return book.Moment{}, errors.New("give --date (a day) or --at (a time), not both")
	case at != "":
		t, err := book.ParseWhen(at, now.Location())
		if err != nil {
			return book.Moment{}, fmt.Errorf("--at: %w", err)
		}
		if t.After(now) {
			return book.Moment{}, fmt.Errorf("--at: %s is still to come (it is %s)", at, now.Format("2006-01-02 15:04"))
		}
		return book.AtInstant(t), nil
	case date != "":
		day, err := dayFlag("date", date, now)
		return book.OnDay(day), err
	}
	return book.AtInstant(now), nil
}

// sayRecorded says what paid or contacted recorded, and for a payment
// notice by when to make contact.
func sayRecorded(out io.Writer, verb, name string, m book.Moment, now time.Time) {
	loc := now.Location()
	when := "at " + m.Format(loc)
	if !m.HasTime() {
		when = "on " + m.Format(loc)
	}
	if verb != "paid" {
		fmt.Fprintf(out, "Recorded a contact with %s %s.\n", name, when)
		return
	}
	due := book.FormatWhen(book.PaymentDue(m, loc), now, "")
	if m.HasTime() {
		fmt.Fprintf(out, "Recorded a payment notice for %s %s: contact them within 72 hours, by %s, to set up the next session.\n",
			name, when, due)
		return
	}
	fmt.Fprintf(out, "Recorded a payment notice for %s %s, with no time: its 72 hours count from the start of that day, "+
		"so contact them by %s to set up the next session (--at gives the time the notice came).\n", name, when, due)
}

// dayFlag reads a day given in a flag, today when it is empty. A day
// still to come is refused: it has not happened yet.
func dayFlag(name, value string, now time.Time) (book.Date, error) {
	today := book.DateOf(now)
	if value == "" {
		return today, nil
	}
	day, err := book.ParseDate(value)
	if err != nil {
		return book.Date{}, fmt.Errorf("--%s: %w", name, err)
	}
	if day.After(today) {
		return book.Date{}, fmt.Errorf("--%s: %s is still to come (today is %s)", name, day, today)
	}
	return day, nil
}

// newNewcomerListCmd builds "partnercoach newcomer list".
func newNewcomerListCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List newcomers with their next session and deadline to make contact",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return listNewcomers(cmd.OutOrStdout(), cmd.ErrOrStderr(), commandNow())
		},
	}
}

// listNewcomers prints the table of newcomers at the time now.
func listNewcomers(out, errw io.Writer, now time.Time) error {
	set, err := settings.Load()
	if err != nil {
		return err
	}
	list, recs, damaged, err := readBookSaying(errw)
	if err != nil {
		return err
	}
	statuses := book.Statuses(list, recs, set.Fees, now)
	switch {
	case len(statuses) == 0 && damaged:
		fmt.Fprintln(out, "No newcomers to list: the newcomer list could not be read and was moved aside (see above); its copy keeps the entries to mend and copy back.")
		return printAvailable(out, errw, now)
	case len(statuses) == 0:
		fmt.Fprintln(out, "No newcomers yet; add one with: partnercoach newcomer add NAME")
		return printAvailable(out, errw, now)
	}
	tw := columns.NewWriter(out, 0, 2)
	fmt.Fprintln(tw, "NAME\tASSIGNED\tHELD\tNO-SHOWS\tNEXT SESSION\tCONTACT BY")
	for _, s := range statuses {
		assigned := s.Assigned.String()
		if !s.Listed {
			assigned = "(not listed)"
		}
		next := fmt.Sprintf("%d · %s · %s", s.Next.Number, s.Next.Script, fees.FormatCents(s.Next.FeeCents))
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", textsafe.Column(s.Name), assigned, s.Held, s.NoShows, next, contactBy(s))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := printAppointments(out, list, recs, now); err != nil {
		return err
	}
	return printAvailable(out, errw, now)
}

// contactBy is the earliest deadline to make contact not yet met, with
// its reason, marked OVERDUE when it has passed.
func contactBy(s book.Status) string {
	d, ok := s.Pending()
	if !ok {
		return "-"
	}
	text := d.String()
	if d.Overdue {
		text += "  OVERDUE"
	}
	return text
}

// newNewcomerForgetCmd builds "partnercoach newcomer forget NAME".
func newNewcomerForgetCmd() *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:   "forget NAME",
		Short: "Delete every record of a newcomer, and their entry",
		Long: "Delete for good every record of a newcomer, their entry in the newcomer list with " +
			"their appointments, the autosave of an unfinished session of theirs, every damaged copy " +
			"or leftover temporary file naming them, however the name is written, and the leftovers " +
			"of an export cut short; it says what it deleted. Then it reads every file of " +
			"partnercoach's folders again: it says it forgot them only when none names them, and " +
			"otherwise names each file left and exits 1. Other newcomers' records are not touched. " +
			"It asks first at a terminal; elsewhere it needs --yes.",
		Args: oneArg("newcomer name (quote a name with spaces)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := strings.TrimSpace(args[0])
			if !yes {
				ok, err := confirmForget(cmd.InOrStdin(), cmd.OutOrStdout(), name)
				if !ok || err != nil {
					return err
				}
			}
			f, problems, err := forget.Newcomer(name)
			printProblems(cmd.ErrOrStderr(), problems)
			reportForgotten(cmd.OutOrStdout(), name, f)
			return forgetError(name, f, err)
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "delete without asking")
	return cmd
}

// confirmForget asks at a terminal whether to go ahead. Away from a
// terminal it refuses, since nobody can be asked.
func confirmForget(in io.Reader, out io.Writer, name string) (bool, error) {
	f, ok := in.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return false, errors.New("newcomer forget deletes records for good: run it at a terminal to be asked, or add --yes")
	}
	fmt.Fprintf(out, "Delete every record of %s, their newcomer entry and damaged copies naming them? This cannot be undone. [y/N] ", textsafe.Line(name))
	answer, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return false, err
	}
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "y", "yes":
		return true, nil
	}
	fmt.Fprintln(out, "Nothing deleted.")
	return false, nil
}

// reportForgotten says what Forget deleted, file by file, and what is
// left to do. Names and paths are printed through textsafe.Line.
func reportForgotten(w io.Writer, name string, f forget.Forgotten) {
	name = textsafe.Line(name)
	if n := len(f.Records); n > 0 {
		fmt.Fprintf(w, "Deleted %d %s of %s: %s.\n", n, english.Plural(n, "record", "records"), name, textsafe.Line(strings.Join(f.Records, ", ")))
	}
	for _, p := range f.Copies {
		fmt.Fprintf(w, "Deleted %s, which names them (%s).\n", textsafe.Line(p), copyKind(p))
	}
	for _, p := range f.Leftovers {
		fmt.Fprintf(w, "Deleted %s, left by an export cut short (it may name them).\n", textsafe.Line(p))
	}
	if f.Entry {
		fmt.Fprintf(w, "Deleted %s from the newcomer list, with their appointments.\n", name)
	}
	for _, l := range f.Left {
		fmt.Fprintf(w, "Still named in %s: %s.\n", textsafe.Line(l.Path), l.Why)
	}
	for _, p := range f.Unreadable {
		fmt.Fprintf(w, "Could not look inside %s (not a regular file, or too large): check it by hand.\n", textsafe.Line(p))
	}
	for _, p := range f.Exports {
		fmt.Fprintf(w, "Your export %s%s\n", textsafe.Line(p), exportHoldsThem(p))
	}
	if !f.Empty() && f.Complete() {
		fmt.Fprintf(w, "No file in partnercoach's folders names %s any more.\n", name)
	}
}

// forgetError is the error newcomer forget ends with: the files it could
// not delete, those it found still naming the newcomer, or that nothing
// was recorded about them; nil only when it forgot them and checked.
func forgetError(name string, f forget.Forgotten, err error) error {
	switch {
	case err != nil:
		return err
	case !f.Complete():
		n := len(f.Left) + len(f.Unreadable)
		return fmt.Errorf("%s may still be named in %d %s under partnercoach's folders (listed above)",
			textsafe.Line(name), n, english.Plural(n, "file", "files"))
	case f.Empty():
		return fmt.Errorf("nothing is recorded about %q (partnercoach newcomer list shows the names)", name)
	}
	return nil
}

// copyKind says what a deleted copy was, from its name.
func copyKind(path string) string {
	base := filepath.Base(path)
	switch {
	case path == autosave.Path():
		return "the autosave of an unfinished session"
	case strings.HasPrefix(base, "."):
		return "a temporary file left by a write cut short"
	case strings.Contains(base, ".damaged-") || filepath.Dir(path) == records.DamagedDir():
		return "a damaged copy moved aside"
	}
	return "a copy"
}

// readBook reads the newcomer list and the records, the two files most
// commands about newcomers need, and says on errw what it found damaged
// (a damaged file is moved aside as it is read, so this is said once).
func readBook(errw io.Writer) ([]book.Newcomer, []session.Record, error) {
	list, recs, _, err := readBookSaying(errw)
	return list, recs, err
}

// readBookSaying is readBook that also reports whether the newcomer list
// itself could not be read: it is then moved aside, and read as empty.
func readBookSaying(errw io.Writer) (list []book.Newcomer, recs []session.Record, listDamaged bool, err error) {
	list, problems, err := book.ListNewcomers()
	recs, recProblems := records.List()
	printProblems(errw, append(problems, recProblems...))
	return list, recs, len(problems) > 0, err
}

// readBookWithSettings reads the settings file, then the newcomer list and
// the records as readBook does.
func readBookWithSettings(errw io.Writer) (settings.Settings, []book.Newcomer, []session.Record, error) {
	set, err := settings.Load()
	if err != nil {
		return settings.Settings{}, nil, nil, err
	}
	list, recs, err := readBook(errw)
	return set, list, recs, err
}

// exportHoldsThem ends forget's line about an export that still holds the
// newcomer: a calendar (an .ics file, or one of a folder's) by their
// sessions, which exporting again cancels; any other export by their name.
func exportHoldsThem(path string) string {
	const keep = ": partnercoach does not delete a file you asked it to write; "
	if strings.EqualFold(filepath.Ext(path), ".ics") {
		return " still holds their sessions" + keep +
			"export the calendar again, which cancels them (or removes their files from a folder of events), or delete it."
	}
	return " still holds them" + keep + "export again, which leaves them out, or delete it."
}
