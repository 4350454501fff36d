package main

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/internal/settings"
	"partnercoach/session/calendar"
	"partnercoach/session/store"
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

// newCalendarExportCmd builds "partnercoach calendar export".
func newCalendarExportCmd() *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write an iCalendar file of sessions, contact-by days and the month-end invoice",
		Long: "Write an iCalendar (.ics) file for any calendar program: each booked session with a " +
			"reminder 15 minutes before and the newcomer's own time in its description, each last " +
			"day to contact a newcomer (three days after an assignment or a payment notice), and a " +
			"reminder on the last day of each month to send the invoice. Newcomers appear by their " +
			"initials unless the setting calendar_full_names is true. Import the file again after a " +
			"change: events keep their identity, and cancelled sessions are marked cancelled.",
		Example: "  partnercoach calendar export --output coaching.ics",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return exportCalendar(cmd.OutOrStdout(), cmd.ErrOrStderr(), output, commandNow())
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file (mode 0600) instead of standard output")
	return cmd
}

// exportCalendar writes the calendar at now to out, or to the file output.
func exportCalendar(out, errw io.Writer, output string, now time.Time) error {
	if output != "" {
		if err := store.CheckOutput(output); err != nil { // before reading anything
			return err
		}
	}
	set, err := settings.Load()
	if err != nil {
		return err
	}
	list, recs, err := readBook(errw)
	if err != nil {
		return err
	}
	cal := calendar.Build(list, recs, calendar.Options{Now: now, FullNames: set.CalendarFullNames})
	if output == "" {
		return calendar.Write(out, cal)
	}
	var buf bytes.Buffer
	if err := calendar.Write(&buf, cal); err != nil {
		return err
	}
	if err := store.WriteOutput(output, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(out, "Wrote the calendar to %s.\n", output)
	return nil
}
