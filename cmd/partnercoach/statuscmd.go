package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/app"
	"partnercoach/internal/jsonfile"
	"partnercoach/session/autosave"
)

// newStatusCmd builds "partnercoach status": the live session in one
// line, for a status bar, read from its autosave with no daemon.
func newStatusCmd() *cobra.Command {
	var format string
	var names bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Print the live session's step, turn and time left in one line, for a status bar",
		Long: "status reads the live session's autosave, taking no lock and changing nothing, and prints where it is: " +
			"\"Step 7 of 11 · Coach's turn · 11:40 left\", or \"No session\". It is quick enough for a status bar " +
			"to call every second (tmux status-right, waybar, i3blocks, polybar). It names the turn by its role, " +
			"since a status bar can be seen by others; --names names the newcomer or the partner whose turn it is.",
		Example: "  partnercoach status\n" +
			"  # for waybar, whose keys are text, tooltip, class and percentage:\n" +
			"  partnercoach status --format json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return printStatus(cmd.OutOrStdout(), format, names, commandNow())
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "the format: text (one line) or json (waybar's keys and the session's fields)")
	cmd.Flags().BoolVar(&names, "names", false, "name the newcomer or the partner whose turn it is (a status bar can be seen by others)")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedChoices("text", "json"))
	return cmd
}

// printStatus prints the live session as it stands at now, as one line or
// as JSON.
func printStatus(w io.Writer, format string, names bool, now time.Time) error {
	if format != "text" && format != "json" {
		return fmt.Errorf("--format: expected text or json, got %q", format)
	}
	b, err := liveBeacon(now)
	if err != nil {
		return err
	}
	if format == "text" {
		_, err = fmt.Fprintln(w, b.StatusLine(names))
		return err
	}
	data, err := jsonfile.EncodeLine(b.Status(names))
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(w, string(data))
	return err
}

// liveBeacon reads the live session from its autosave at now (on its own
// clock, for a rehearsal kept with --save): no session when there is no
// autosave, unfinished when no partnercoach has it open.
func liveBeacon(now time.Time) (app.Beacon, error) {
	p, err := autosave.Look()
	if err != nil || p == nil {
		return app.Beacon{}, err
	}
	return app.SavedBeacon(p.Session, now, p.Open), nil
}
