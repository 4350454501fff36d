package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/session/stats"
	"partnercoach/session/store"
)

// newStatsCmd builds "partnercoach stats".
func newStatsCmd() *cobra.Command {
	var since string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Your trends: steps that run over, sessions and fees by month, newcomers by stage",
		Long: "Show your trends from the records: which steps of each script run over their " +
			"planned time, in how many sessions and by how much on average; sessions, no-shows " +
			"and fees by month; newcomers by stage (before the first session, in follow-ups, " +
			"ready for the partnership pool after about three sessions, referred); and the " +
			"sessions newcomers did not come to or cancelled late.",
		Example: "  partnercoach stats --since 2026-09-01",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return printStats(cmd.OutOrStdout(), cmd.ErrOrStderr(), since, commandNow())
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "only sessions on or after this day, as YYYY-MM-DD")
	return cmd
}

// printStats prints the trends at now from the day since, if given.
func printStats(out, errw io.Writer, since string, now time.Time) error {
	var day store.Date
	if since != "" {
		var err error
		if day, err = store.ParseDate(since); err != nil {
			return fmt.Errorf("--since: %w", err)
		}
	}
	list, recs, err := readBook(errw)
	if err != nil {
		return err
	}
	_, err = io.WriteString(out, stats.Format(stats.Build(recs, list, day, now)))
	return err
}
