package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/script"
)

// runFlags are the options of a session run.
type runFlags struct {
	newcomer string
	warn     string
	speed    float64
	noNotify bool
	silent   bool
}

// register adds the run flags to a command.
func (f *runFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.newcomer, "newcomer", "", "the newcomer's name or initials, shown on screen only")
	fl.StringVar(&f.warn, "warn", "2m", "how long before a turn ends to warn, such as 2m or 90s")
	fl.Float64Var(&f.speed, "speed", 1, "run time this many times faster, to rehearse a session")
	fl.BoolVar(&f.noNotify, "no-notify", false, "send no desktop notifications (alerts stay on screen)")
	fl.BoolVar(&f.silent, "silent", false, "no terminal bell and no notification sound")
}

// warnDuration reads the --warn flag.
func (f *runFlags) warnDuration() (time.Duration, error) {
	d, err := script.ParseDuration(f.warn)
	if err != nil {
		return 0, fmt.Errorf("--warn: %w", err)
	}
	if d <= 0 {
		return 0, fmt.Errorf("--warn: expected a duration greater than zero, such as 2m")
	}
	return d, nil
}

// newRootCmd builds the command tree.
func newRootCmd() *cobra.Command {
	var f runFlags
	root := &cobra.Command{
		Use:   "partnercoach",
		Short: "A companion for Focusing partnership coaching sessions",
		Long: "partnercoach is the screen a partnership coach keeps open during a session:\n" +
			"where the session is, what comes next, whose turn it is and how long is left,\n" +
			"with a warning before each turn ends. Run it without arguments to choose a script.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return startScreen(f) },
	}
	f.register(root)
	root.SetVersionTemplate("partnercoach {{.Version}}\n")
	root.AddCommand(newRunCmd(), newScriptCmd())
	return root
}

// newRunCmd builds "partnercoach run NAME".
func newRunCmd() *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:     "run NAME",
		Short:   "Run a session with a built-in script (" + joinNames() + ")",
		Example: "  partnercoach run first --newcomer AB\n  partnercoach run followup --warn 3m --silent",
		Args:    nameArg,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return script.BuiltinNames(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := script.Builtin(args[0])
			if err != nil {
				return err
			}
			return runSession(f, s)
		},
	}
	f.register(cmd)
	return cmd
}

// newScriptCmd builds "partnercoach script show NAME".
func newScriptCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "script", Short: "Work with session scripts"}
	cmd.AddCommand(&cobra.Command{
		Use:   "show NAME",
		Short: "Print a built-in script in its file format",
		Long:  "Print a built-in script in its file format: a starting point for a script of your own.",
		Args:  nameArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := script.BuiltinSource(args[0])
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(src)
			return err
		},
	})
	return cmd
}

// nameArg requires exactly one argument: a script name.
func nameArg(_ *cobra.Command, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("expected one script name (%s), got %d arguments", joinNames(), len(args))
	}
	return nil
}
