package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/around/drafts"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
)

// newDraftCmd builds "partnercoach newcomer draft NAME KIND".
func newDraftCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "draft NAME " + drafts.KindNames("|"),
		Short: "Print a message to send: to set up a time, confirm it, move it or call it off, or to the coordinator",
		Long: "Print the text of a message for you to send; nothing is sent. contact asks the " +
			"newcomer for a time and to download the self-guiding short form you work with (the " +
			"setting short_form names it); booked confirms the session booked to the newcomer, " +
			"on their clock, with who calls whom and on what (newcomer reach keeps it) and the " +
			"24-hour rule; confirm tells the programme coordinator that you made contact; " +
			"reschedule gives the newcomer the new time of their session on their own clock; " +
			"cancel tells them it is called off; transfer answers a newcomer who wants to waive " +
			"or transfer their session by sending them to the coordinator. Record a contact with " +
			"'partnercoach newcomer contacted NAME'.",
		Example: "  partnercoach newcomer draft AB contact\n  partnercoach newcomer draft AB booked",
		Args:    twoArgs("the newcomer's name and the message (NAME contact|booked|confirm|reschedule|cancel|transfer)"),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) != 1 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return strings.Split(drafts.KindNames(" "), " "), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return printDraft(cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], args[1], commandNow())
		},
	}
}

// printDraft prints the message of the given kind about name, drafted at
// now, and its notes on errw.
func printDraft(out, errw io.Writer, name, kind string, now time.Time) error {
	k, err := drafts.ParseKind(kind)
	if err != nil {
		return err
	}
	set, list, recs, err := readBookWithSettings(errw)
	if err != nil {
		return err
	}
	n, err := findIn(list, name)
	if err != nil {
		return err
	}
	d, err := drafts.Make(k, drafts.Input{
		Newcomer: n, Records: recs, Coach: set.Coach, ShortForm: set.ShortForm, Now: now,
	})
	if err != nil {
		return err
	}
	if _, err := io.WriteString(out, textsafe.Text(d.String())); err != nil {
		return err
	}
	for _, note := range d.Notes {
		note = strings.ReplaceAll(note, "NAME", shellword.Quote(n.Name, "NAME"))
		fmt.Fprintln(errw, "Note: "+textsafe.Line(note))
	}
	return nil
}
