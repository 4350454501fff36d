package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/around/records"
	"partnercoach/internal/settings"
)

// newInvoiceCmd builds "partnercoach invoice".
func newInvoiceCmd() *cobra.Command {
	var month string
	cmd := &cobra.Command{
		Use:   "invoice",
		Short: "List a month's billable sessions and their total",
		Long: "List a month's billable sessions (held, or a newcomer who did not come and is " +
			"billable) with the date, newcomer, session number and fee of each, and the total, " +
			"ready to copy into the Institute's invoice form.",
		Example: "  partnercoach invoice --month 2026-11",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return printInvoice(cmd.OutOrStdout(), cmd.ErrOrStderr(), month, commandNow())
		},
	}
	cmd.Flags().StringVar(&month, "month", "", "the month, as YYYY-MM (default this month)")
	return cmd
}

// printInvoice prints the invoice for the month given, or for the month
// of now when none is.
func printInvoice(out, errw io.Writer, month string, now time.Time) error {
	start := records.MonthOf(now)
	if month != "" {
		var err error
		if start, err = records.ParseMonth(month, now.Location()); err != nil {
			return fmt.Errorf("--month: %w", err)
		}
	}
	set, err := settings.Load()
	if err != nil {
		return err
	}
	recs, problems := records.List()
	printProblems(errw, problems)
	_, err = io.WriteString(out, records.FormatInvoice(records.BuildInvoice(recs, start), set.Coach))
	return err
}
