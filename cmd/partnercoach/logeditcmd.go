package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"partnercoach/around/book"
	"partnercoach/around/names"
	"partnercoach/around/records"
	"partnercoach/internal/english"
	"partnercoach/internal/settings"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
)

// editFlags are the options of "log edit".
type editFlags struct {
	newcomer string
	outcome  string
	number   int
	// numberText is --number as given, read into number by readNumber.
	numberText string
}

// newLogEditCmd builds "partnercoach log edit ID".
func newLogEditCmd() *cobra.Command {
	var f editFlags
	cmd := &cobra.Command{
		Use:   "edit ID",
		Short: "Correct a recorded session: who it was with, how it turned out, its number",
		Long: "Correct a record after the session: attach the newcomer it was with, change its " +
			"outcome, or its session number. The fee follows: nothing unless the outcome is " +
			"held or no-show and the session is billed (see docs/records.md); the fee your settings give " +
			"the session when it becomes billed or its number changes; otherwise the fee it was " +
			"recorded with. Attached without --number, a session is numbered after the newcomer's " +
			"sessions held before it. The record is rewritten at once, as a whole; it says what changed.",
		Example: "  partnercoach log edit 2026-11-22-1503 --newcomer \"Bob Tester\"\n" +
			"  partnercoach log edit 2026-11-22-1503 --outcome no-show",
		Args: oneArg("record id (partnercoach log lists them)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("number") {
				n, err := readNumber(f.numberText)
				if err != nil {
					return err
				}
				f.number = n
			}
			if err := checkEditFlags(f); err != nil {
				return err
			}
			return editLog(cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.newcomer, "newcomer", "", "the newcomer the session was with (a name in the newcomer list, or a new one)")
	fl.StringVar(&f.outcome, "outcome", "", "how the session turned out: held, no-show, rescheduled or transferred")
	fl.StringVar(&f.numberText, "number", "", "which session it was for the newcomer, from 1")
	return cmd
}

// editLog corrects the record id as the flags ask and says what changed.
func editLog(out, errw io.Writer, id string, f editFlags) error {
	c, err := changeOf(errw, f)
	if err != nil {
		return err
	}
	set, err := settings.Load()
	if err != nil {
		return err
	}
	ed, problems, err := records.EditRecord(id, c, set.Fees)
	printProblems(errw, problems)
	if err != nil {
		return err
	}
	printEdit(out, ed)
	return nil
}

// changeOf reads the flags into a change. A newcomer is taken with the
// spelling of the list or the records; a name close to a known one but
// not it is refused with the name it may be a typo of.
func changeOf(errw io.Writer, f editFlags) (records.Change, error) {
	c := records.Change{Number: f.number}
	if f.outcome != "" {
		o, err := records.ParseOutcome(f.outcome)
		if err != nil {
			return c, fmt.Errorf("--outcome: %w", err)
		}
		c.Outcome = o
	}
	if f.newcomer == "" {
		return c, nil
	}
	name, err := names.Check(f.newcomer)
	if err != nil {
		return c, fmt.Errorf("--newcomer: %w", err)
	}
	list, recs, err := readBook(errw)
	if err != nil {
		return c, err
	}
	c.Newcomer, err = knownName(errw, name, book.Known(list, recs))
	return c, err
}

// knownName returns name as the newcomer list or the records spell it. A
// name that is not known but close to one is refused, asking "did you
// mean"; one far from all is taken as it is, with a word that it is not
// in the newcomer list.
func knownName(errw io.Writer, name string, known []book.Newcomer) (string, error) {
	switch m := book.Lookup(name, known); {
	case m.OnRecord != "":
		return m.OnRecord, nil
	case m.Near != "":
		return "", book.NotListed(name, known)
	}
	fmt.Fprintf(errw, "partnercoach: %s is not in the newcomer list; to add them: partnercoach newcomer add %s\n",
		textsafe.Line(name), shellword.Quote(name, "NAME"))
	return name, nil
}

// printEdit says what a correction changed, which other records now
// share the session's number, and which it put out of step, with the
// command that renumbers each.
func printEdit(out io.Writer, ed records.Edited) {
	id := textsafe.Line(ed.After.ID)
	if len(ed.Changes) == 0 {
		fmt.Fprintf(out, "Record %s is already so: nothing changed.\n", id)
		return
	}
	fmt.Fprintf(out, "Changed record %s:\n", id)
	for _, ch := range ed.Changes {
		fmt.Fprintf(out, "  %s\n", textsafe.Line(ch))
	}
	if len(ed.Clashes) > 0 {
		fmt.Fprintf(out, "%s's %s %s also numbered session %d: 'partnercoach log edit ID --number N' corrects it.\n",
			textsafe.Line(ed.After.Newcomer), english.Plural(len(ed.Clashes), "record", "records"),
			strings.Join(ed.Clashes, ", ")+english.Plural(len(ed.Clashes), " is", " are"), ed.After.Number)
	}
	if !ed.After.Outcome.Billable() && ed.Before.Outcome.Billable() {
		fmt.Fprintf(out, "It is no longer billable (%s).\n", strings.ToLower(ed.After.Outcome.Label()))
	}
	for _, r := range ed.OutOfStep {
		fmt.Fprintf(out, "The sessions on record now make %s session %d, not %d (its fee follows its number): partnercoach log edit %s --number %d\n",
			textsafe.Line(r.ID), r.Want, r.Number, shellword.Quote(r.ID, "ID"), r.Want)
	}
}

// readNumber reads --number: a whole number, 1 or more, that an int
// holds. Anything else (a number past the 64-bit limit among them) is
// refused saying what is expected, not with the parser's error.
func readNumber(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 {
		return 0, fmt.Errorf("--number: expected a session number, a whole number such as 3 (1 or more), got %q", s)
	}
	return n, nil
}

// checkEditFlags refuses "log edit" with no flag.
func checkEditFlags(f editFlags) error {
	if f.newcomer == "" && f.outcome == "" && f.number == 0 {
		return errors.New("nothing to change: give --newcomer, --outcome or --number")
	}
	return nil
}
