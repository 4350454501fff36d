package main

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/around/book"
	"partnercoach/around/outputs"
	"partnercoach/around/records"
	"partnercoach/internal/columns"
	"partnercoach/internal/english"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/textsafe"
)

// newLogCmd builds "partnercoach log" and its subcommands.
func newLogCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "log",
		Short: "List the recorded sessions (the coach log)",
		Long: "List the recorded sessions, oldest first. Each record is the coach log of one " +
			"session; 'log show ID' prints one, 'log edit ID' corrects one and 'log export' writes them all out.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return listLog(cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.AddCommand(newLogShowCmd(), newLogExportCmd(), newLogEditCmd())
	return cmd
}

// listLog prints the table of recorded sessions.
func listLog(out, errw io.Writer) error {
	recs, problems := records.List()
	printProblems(errw, problems)
	if len(recs) == 0 {
		fmt.Fprintln(out, "No sessions recorded yet.")
		return nil
	}
	tw := columns.NewWriter(out, 0, 2)
	fmt.Fprintln(tw, "ID\tDATE\tNEWCOMER\tSESSION\tSCRIPT\tOUTCOME\tLENGTH")
	for _, r := range recs {
		length := "-"
		if l := records.Length(r); l > 0 {
			length = records.Human(l.D())
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", textsafe.Line(r.ID), r.Started.Local().Format("2006-01-02 15:04"),
			orDash(textsafe.Column(r.Newcomer)), orDash(numberText(r.Number)), textsafe.Column(r.Script),
			textsafe.Line(string(r.Outcome)), length)
	}
	return tw.Flush()
}

// newLogShowCmd builds "partnercoach log show ID".
func newLogShowCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Print one session's coach log",
		Args:  oneArg("record id (partnercoach log lists them)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			rec, notes, err := records.Load(args[0])
			printProblems(cmd.ErrOrStderr(), notes)
			if err != nil {
				return err
			}
			_, err = io.WriteString(cmd.OutOrStdout(), records.FormatLog(rec)+reviewSection(rec))
			return err
		},
	}
}

// exportFlags are the options of "log export".
type exportFlags struct {
	format string
	since  string
	output string
}

// newLogExportCmd builds "partnercoach log export".
func newLogExportCmd() *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the records out as Markdown, JSON or CSV",
		Long: "Write the records out: md is the coach log, one section per session; json is an " +
			"array of records as stored; csv is one row per session. The output holds session " +
			"content: a file given with --output is made readable by you alone.",
		Example: "  partnercoach log export --format csv --since 2026-11-01 --output november.csv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return exportLog(cmd.OutOrStdout(), cmd.ErrOrStderr(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "md", "the format: md (the coach log), json or csv")
	fl.StringVar(&f.since, "since", "", "only sessions on or after this day, as YYYY-MM-DD")
	fl.StringVarP(&f.output, "output", "o", "", "write to this file (mode 0600; a regular file or a new path) instead of standard output")
	return cmd
}

// exportLog writes the records as the flags ask.
func exportLog(out, errw io.Writer, f exportFlags) error {
	format, err := records.ParseFormat(f.format)
	if err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	recs, problems := records.List()
	if f.since != "" {
		day, err := book.ParseDate(f.since)
		if err != nil {
			return fmt.Errorf("--since: %w", err)
		}
		recs = records.Since(recs, day.Time(time.Local))
	}
	printProblems(errw, problems)
	if f.output == "" {
		return records.Export(out, recs, format)
	}
	var buf bytes.Buffer
	if err := records.Export(&buf, recs, format); err != nil {
		return err
	}
	removed, err := outputs.Write(f.output, buf.Bytes())
	reportLeftovers(errw, removed)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Wrote %d %s to %s.\n", len(recs), english.Plural(len(recs), "session", "sessions"), textsafe.Line(f.output))
	return nil
}

// printProblems reports damaged files on standard error, one a line. A
// problem names a file and may quote its content: it is printed through
// textsafe.Line.
func printProblems(w io.Writer, problems []jsonfile.Problem) {
	for _, p := range problems {
		fmt.Fprintf(w, "partnercoach: %s\n", textsafe.Line(p.Error()))
	}
}

// oneArg requires exactly one argument, described by what.
func oneArg(what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != 1 {
			return fmt.Errorf("expected one %s, got %d arguments", what, len(args))
		}
		return nil
	}
}

// twoArgs is cobra.ExactArgs(2) with words that say what the two are
// ("expected NAME WHEN"): cobra's own, "accepts 2 arg(s), received 1",
// does not.
func twoArgs(what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != 2 {
			return fmt.Errorf("expected %s, got %d %s", what, len(args), english.Plural(len(args), "argument", "arguments"))
		}
		return nil
	}
}

// orDash is s, or a dash when s is empty.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// numberText is a session number, or "" when it is not known.
func numberText(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprint(n)
}
