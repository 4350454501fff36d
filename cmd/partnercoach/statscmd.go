package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"partnercoach/around/book"
	"partnercoach/around/stats"
)

// newStatsCmd builds "partnercoach stats".
func newStatsCmd() *cobra.Command {
	var since string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Your trends: session length and turns against the plan, steps that run over, months, newcomers by stage",
		Long: "Show your trends from the records: how long held sessions ran against their plan " +
			"and how often their timed turns ran over, by month and as a picture; each script's " +
			"steps, planned against taken on average, as a picture; which steps run over their " +
			"planned time, in how many sessions and by how much on average; sessions, no-shows " +
			"and fees by month; newcomers by stage (before the first session, in follow-ups, " +
			"ready for the partnership pool after about three sessions, referred); and the " +
			"sessions newcomers did not come to or cancelled late. The pictures fit the " +
			"terminal's width (COLUMNS, if set, says another; a pipe gets 80 columns).",
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
	var day book.Date
	if since != "" {
		var err error
		if day, err = book.ParseDate(since); err != nil {
			return fmt.Errorf("--since: %w", err)
		}
	}
	list, recs, err := readBook(errw)
	if err != nil {
		return err
	}
	_, err = io.WriteString(out, stats.Format(stats.Build(recs, list, day, now), outputWidth(out)))
	return err
}

// The widths text is laid out for: what a pipe or a file gets, and the
// most COLUMNS is taken for.
const (
	pipeWidth = 80
	maxWidth  = 400
)

// outputWidth is the width to lay out text for on out: COLUMNS when it
// holds a number, else the terminal's width when out is a terminal, else
// pipeWidth. It is at most maxWidth.
func outputWidth(out io.Writer) int {
	if n, err := strconv.Atoi(strings.TrimSpace(os.Getenv("COLUMNS"))); err == nil && n > 0 {
		return min(n, maxWidth)
	}
	if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return min(w, maxWidth)
		}
	}
	return pipeWidth
}
