package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/app"
	"partnercoach/around/availability"
	"partnercoach/around/book"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/textsafe"
)

// newAvailableCmd builds "partnercoach available [yes|no]".
func newAvailableCmd() *cobra.Command {
	var until string
	cmd := &cobra.Command{
		Use:   "available [yes|no]",
		Short: "Say whether you are available to coach another newcomer",
		Long: "The packet's last step after each coaching session is to check whether you are " +
			"available to coach again. The end of a session asks it; this command says what you " +
			"last said and, with yes or no, changes it outside a session. With no, --until gives " +
			"the day you expect to be available again: the start screen and 'newcomer list' say " +
			"so, and remind you once the day has come. The answer names no newcomer.",
		Example: "  partnercoach available\n  partnercoach available yes\n  partnercoach available no --until 2027-01-10",
		Args:    cobra.MaximumNArgs(1),
		ValidArgsFunction: func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 { // it takes one word: nothing, not file names, after it
				return noFiles(c, args, prefix)
			}
			return fixedChoices("yes", "no")(c, args, prefix)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			word := ""
			if len(args) == 1 {
				word = args[0]
			}
			return available(cmd.OutOrStdout(), cmd.ErrOrStderr(), word, until, commandNow())
		},
	}
	cmd.Flags().StringVar(&until, "until", "", "with no: the day you expect to be available again, as YYYY-MM-DD")
	return cmd
}

// available says the coach's last answer or, given yes or no, keeps a
// new one at the time now and says it.
func available(out, errw io.Writer, word, until string, now time.Time) error {
	if word == "" {
		if until != "" {
			return errors.New("--until goes with no: partnercoach available no --until DATE")
		}
		a, err := readAvailable(errw)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(out, saidOrNot(a, now))
		return err
	}
	a, err := answerOf(word, until, now)
	if err != nil {
		return err
	}
	if err := availability.Keep(a); err != nil {
		return err
	}
	_, err = fmt.Fprintln(out, app.SaidAvailable(a, now))
	return err
}

// answerOf reads the answer given on the command line: yes or no, and
// with no, the day still to come of being available again.
func answerOf(word, until string, now time.Time) (availability.Answer, error) {
	a := availability.Answer{Said: now}
	switch strings.ToLower(word) {
	case "yes", "y":
		a.Available = true
	case "no", "n":
	default:
		return a, fmt.Errorf("expected yes or no, got %q", textsafe.Line(word))
	}
	if until == "" {
		return a, nil
	}
	if a.Available {
		return a, errors.New("--until goes with no: the day you expect to be available again")
	}
	day, err := book.ParseDate(until)
	if err != nil {
		return a, fmt.Errorf("--until: %w", err)
	}
	if today := book.DateOf(now); !day.After(today) {
		return a, fmt.Errorf("--until: %s is not still to come (today is %s): expected the day you expect to be available again", day, today)
	}
	a.Until = day
	return a, nil
}

// saidOrNot says the coach's last answer, or that they have given none
// and how to.
func saidOrNot(a availability.Answer, now time.Time) string {
	if !a.Given() {
		return "You have not said yet whether you are available to coach again: 'partnercoach available yes' or 'partnercoach available no' says it."
	}
	return app.SaidAvailable(a, now)
}

// availabilityConfig is what the run knows of the coach's answer: the
// last one, for the start screen and the end of a session, and how to
// keep a new one, when the run keeps its record (app.KeepsOf). A damaged file is
// reported on standard error and left out, as the roster's are.
func availabilityConfig(o options) app.Availability {
	a, err := readAvailable(os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "partnercoach: "+textsafe.Line(err.Error()))
	}
	c := app.Availability{Said: a}
	if o.keeps.Record {
		c.Keep = availability.Keep
	}
	return c
}

// printAvailable ends 'newcomer list' with the coach's last answer on
// coaching again, after a blank line; nothing when they never answered.
// A file that cannot be read is reported, and the list stands.
func printAvailable(out, errw io.Writer, now time.Time) error {
	a, err := readAvailable(errw)
	if err != nil {
		fmt.Fprintln(errw, "partnercoach: "+textsafe.Line(err.Error()))
		return nil
	}
	if !a.Given() {
		return nil
	}
	_, err = fmt.Fprintf(out, "\n%s\n", app.SaidAvailable(a, now))
	return err
}

// readAvailable reads the coach's last answer, reporting a damaged file
// (moved aside) on errw.
func readAvailable(errw io.Writer) (availability.Answer, error) {
	a, problem, err := availability.Read()
	if problem != nil {
		printProblems(errw, []jsonfile.Problem{*problem})
	}
	return a, err
}
