package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"partnercoach/internal/columns"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
	"partnercoach/script"
)

// newScriptCmd builds "partnercoach script" and its subcommands: list, show,
// new and check.
func newScriptCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "script",
		Short: "Work with session scripts: list, show, new, check",
		Long: "Work with session scripts. Your own scripts are kept in " + script.Dir() + "; " +
			"one with the name of a built-in script takes its place. docs/scripts.md describes the format.",
	}
	cmd.AddCommand(newScriptListCmd(), newScriptShowCmd(), newScriptNewCmd(), newScriptCheckCmd())
	return cmd
}

// newScriptListCmd builds "partnercoach script list".
func newScriptListCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the built-in scripts and your own",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			entries, err := script.List()
			if err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), entries)
		},
	}
}

// newScriptShowCmd builds "partnercoach script show NAME".
func newScriptShowCmd() *cobra.Command {
	return &cobra.Command{
		Use:               "show NAME",
		Short:             "Print a script, built-in or your own, in its file format",
		Long:              "Print a script, built-in or your own, in its file format: a starting point for a script of your own.",
		Args:              scriptArg("script name"),
		ValidArgsFunction: completeScripts,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, src, err := script.Source(args[0])
			if err != nil {
				return err
			}
			_, err = io.WriteString(cmd.OutOrStdout(), textsafe.Text(string(src)))
			return err
		},
	}
}

// newScriptNewCmd builds "partnercoach script new NAME [--from first]".
func newScriptNewCmd() *cobra.Command {
	var from string
	cmd := &cobra.Command{
		Use:   "new NAME",
		Short: "Start a script of your own, as a copy of another",
		Long: "Start a script of your own, called NAME, as a copy of a built-in script or one of yours. " +
			"It is written to " + script.Dir() + "; edit it, then check it with 'partnercoach script check'.",
		Example: "  partnercoach script new my-first --from first",
		Args:    scriptArg("name for the new script"),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := script.New(args[0], from)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Wrote %s\nEdit it, then check it with: partnercoach script check %s\n", textsafe.Line(path), shellword.Quote(path, "FILE"))
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "first", "the script to copy, built-in or your own")
	_ = cmd.RegisterFlagCompletionFunc("from", completeScripts)
	return cmd
}

// newScriptCheckCmd builds "partnercoach script check FILE".
func newScriptCheckCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE",
		Short: "Check a script file and report every problem in it",
		Long: "Check a script file and report every problem in it, each as FILE:LINE:COL: message. " +
			"The exit status is 1 when there are problems. A script name works too.",
		Args: scriptArg("script file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := resolveScript(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: valid — %s, %d steps, %s\n", textsafe.Line(args[0]), textsafe.Line(fmt.Sprintf("%q", s.Title)), len(s.Steps), s.Length)
			return nil
		},
	}
}

// resolveScript reads and checks the script an argument names: a FILE (an
// argument with a path separator, or ending in .yaml or .yml), or the name
// of one of the coach's own scripts or of a built-in one. A script that
// fails to check is refused with every problem, as FILE:LINE:COL lines.
func resolveScript(arg string) (*script.Script, error) {
	if script.IsFile(arg) {
		return script.LoadFile(arg)
	}
	return script.Find(arg)
}

// printList writes the built-in scripts, then the coach's own.
func printList(w io.Writer, entries []script.Entry) error {
	var builtin, own []script.Entry
	for _, e := range entries {
		if e.Own() {
			own = append(own, e)
		} else {
			builtin = append(builtin, e)
		}
	}
	tw := columns.NewWriter(w, 0, 3)
	fmt.Fprintln(tw, "Built-in scripts:")
	printEntries(tw, builtin)
	if len(own) == 0 {
		fmt.Fprintf(tw, "\nYour scripts, in %s: none yet.\n", script.Dir())
		fmt.Fprintln(tw, "Start one with: partnercoach script new NAME --from first")
		return tw.Flush()
	}
	fmt.Fprintf(tw, "\nYour scripts, in %s:\n", script.Dir())
	printEntries(tw, own)
	return tw.Flush()
}

// printEntries writes one line for each script: its name, its title (or
// why it cannot run) and whether it takes another's place.
func printEntries(w io.Writer, entries []script.Entry) {
	for _, e := range entries {
		note := ""
		switch {
		case e.Overridden:
			note = "\t(your own " + e.Name + " takes its place)"
		case e.Overrides:
			note = "\t(takes the place of the built-in " + e.Name + ")"
		}
		fmt.Fprintf(w, "  %s\t%s%s\n", textsafe.Line(e.Name), describeEntry(e), textsafe.Line(note))
	}
}

// describeEntry is a script's title, or why it cannot be run, as one line
// safe to print.
func describeEntry(e script.Entry) string {
	if e.Problem != nil {
		return "does not check: " + textsafe.Line(e.Problem.Error())
	}
	return textsafe.Line(e.Title)
}

// completeScripts offers the names of the built-in scripts and the coach's
// own, and files.
func completeScripts(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	entries, err := script.List()
	if err != nil {
		return nil, cobra.ShellCompDirectiveDefault
	}
	var names []string
	for _, e := range entries {
		if !e.Overridden {
			names = append(names, e.Name)
		}
	}
	return names, cobra.ShellCompDirectiveDefault
}

// scriptArg requires exactly one argument, described as what.
func scriptArg(what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != 1 {
			return fmt.Errorf("expected one %s, got %d arguments", what, len(args))
		}
		return nil
	}
}
