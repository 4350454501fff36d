package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/around/calendar"
	"partnercoach/around/outputs"
)

// newCalendarCmd builds "partnercoach calendar" and its subcommand.
func newCalendarCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "calendar",
		Short: "Put booked sessions and the programme's deadlines in your calendar",
	}
	cmd.AddCommand(newCalendarExportCmd())
	return cmd
}

// calendarTarget says where calendar export writes.
type calendarTarget struct {
	// Output is a file to write; Vdir a folder of one file per event;
	// with neither, the calendar goes to standard output.
	Output, Vdir string
	// NoCancellations leaves out the cancellations of events that have
	// gone, for calcurse, which imports them as appointments.
	NoCancellations bool
}

// newCalendarExportCmd builds "partnercoach calendar export".
func newCalendarExportCmd() *cobra.Command {
	var target calendarTarget
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write an iCalendar file of sessions, deadlines to make contact and the month-end invoice",
		Long: "Write an iCalendar (.ics) file for any calendar program: each booked session with a " +
			"reminder 15 minutes before and the newcomer's own time in its description, each last " +
			"day to contact a newcomer (three days after an assignment, or 72 hours from the start of a payment notice's day), and a " +
			"reminder on the last day of each month to send the invoice. Newcomers appear by their " +
			"initials unless the setting calendar_full_names is true. Import the file again after a " +
			"change: events keep their identity, and an event that has gone since an earlier export " +
			"(a session cancelled or moved, a newcomer contacted or forgotten) comes as a cancellation " +
			"with no name until its time has passed. With --vdir, write a folder of one file per " +
			"event for khal or vdirsyncer instead, where an event that has gone is a file removed.",
		Example: "  partnercoach calendar export --output coaching.ics\n" +
			"  partnercoach calendar export --vdir ~/.local/share/khal/coaching\n" +
			"  # for calcurse, which takes a cancellation for an appointment:\n" +
			"  partnercoach calendar export --no-cancellations --output coaching.ics",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := refuseEmptyTarget(cmd); err != nil {
				return err
			}
			return exportCalendar(cmd.OutOrStdout(), cmd.ErrOrStderr(), target, commandNow())
		},
	}
	cmd.Flags().StringVarP(&target.Output, "output", "o", "", "write to this file (mode 0600) instead of standard output")
	cmd.Flags().StringVar(&target.Vdir, "vdir", "", "write one file per event into this folder (made if missing, mode 0700), for khal or vdirsyncer")
	cmd.Flags().BoolVar(&target.NoCancellations, "no-cancellations", false,
		"leave out the cancellations of events that have gone, for calcurse, which imports them as appointments")
	cmd.MarkFlagsMutuallyExclusive("output", "vdir")
	cmd.MarkFlagsMutuallyExclusive("vdir", "no-cancellations")
	return cmd
}

// exportCalendar writes the calendar at now where target says.
func exportCalendar(out, errw io.Writer, target calendarTarget, now time.Time) error {
	if target.Output != "" {
		if err := outputs.Check(target.Output); err != nil { // before reading anything
			return err
		}
	}
	set, list, recs, err := readBookWithSettings(errw)
	if err != nil {
		return err
	}
	events, err := calendar.Build(list, recs, calendar.Options{Now: now, FullNames: set.CalendarFullNames})
	if err != nil {
		return err
	}
	x, err := calendar.Begin(now)
	if err != nil {
		return err
	}
	defer x.Close()
	reportLeftovers(errw, x.Cleaned)
	switch {
	case target.Vdir != "":
		c, err := x.ToVdir(target.Vdir, events)
		if err != nil && len(c.Written)+len(c.Removed) > 0 {
			fmt.Fprintf(errw, "Before it stopped, the export wrote %d files in %s and removed %d: export again once the problem below is mended.\n",
				len(c.Written), target.Vdir, len(c.Removed))
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "Wrote the calendar to %s: %d written, %d unchanged, %d removed.\n", target.Vdir, len(c.Written), c.Kept, len(c.Removed))
		return nil
	case target.Output != "":
		removed, err := x.ToFile(target.Output, events, !target.NoCancellations)
		reportLeftovers(errw, removed)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "Wrote the calendar to %s.\n", target.Output)
		return nil
	}
	return x.ToStream(out, events, !target.NoCancellations)
}

// refuseEmptyTarget refuses --output or --vdir given an empty path, as an
// unset shell variable gives them, which would otherwise be taken for no
// flag and send the calendar to standard output.
func refuseEmptyTarget(cmd *cobra.Command) error {
	for _, name := range []string{"output", "vdir"} {
		if f := cmd.Flags().Lookup(name); f.Changed && f.Value.String() == "" {
			return fmt.Errorf("--%s was given an empty path: give a file or folder, or leave --%s out to write the calendar to standard output", name, name)
		}
	}
	return nil
}

// reportLeftovers names the leftovers of exports cut short that were
// removed.
func reportLeftovers(errw io.Writer, removed []string) {
	for _, p := range removed {
		fmt.Fprintf(errw, "Removed %s, left by an export that was cut short.\n", p)
	}
}
