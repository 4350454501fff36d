package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"partnercoach/script"
)

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

// nameArg requires exactly one argument: a script name.
func nameArg(_ *cobra.Command, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("expected one script name (%s), got %d arguments", joinNames(), len(args))
	}
	return nil
}
