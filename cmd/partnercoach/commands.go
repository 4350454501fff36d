package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// newRootCmd builds the command tree.
func newRootCmd() *cobra.Command {
	var f runFlags
	root := &cobra.Command{
		Use:   "partnercoach",
		Short: "A companion for Focusing partnership coaching sessions",
		Long: "partnercoach is the screen a partnership coach keeps open during a session: " +
			"where the session is, what comes next, whose turn it is and how long is left, " +
			"with a warning before each turn ends. Run it without arguments to choose a script.",
		Args:              noCommandWord,
		PersistentPreRunE: func(*cobra.Command, []string) error { return checkClock() },
		RunE:              func(cmd *cobra.Command, _ []string) error { return startScreen(f) },
	}
	f.register(root)
	addVersionFlag(root)
	root.SetHelpFunc(printHelp)
	root.AddCommand(newRunCmd(), newResumeCmd(), newScriptCmd(), newLogCmd(), newNewcomerCmd(), newInvoiceCmd(), newConfigCmd(), newNotifyCmd())
	root.AddCommand(newCalendarCmd(), newStatsCmd(), newStatusCmd(), newAvailableCmd(), newManCmd())
	root.InitDefaultCompletionCmd()
	fitCompletionHelp(root)
	refuseUnknownSubcommands(root)
	refuseUnknownHelpTopics(root)
	registerCompletions(root)
	return root
}

// refuseUnknownSubcommands makes every command that only groups others
// (newcomer, script, config, completion) refuse a word that is none of
// them with an error and a non-zero exit (noCommandWord); cobra would
// print the help and exit 0, as though "newcomer frobnicate" had done
// something. Given no word, such a command prints its help.
func refuseUnknownSubcommands(cmd *cobra.Command) {
	for _, sub := range cmd.Commands() {
		refuseUnknownSubcommands(sub)
	}
	if !cmd.HasSubCommands() || cmd.Runnable() {
		return
	}
	cmd.Args = noCommandWord
	cmd.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
}

// fitCompletionHelp breaks the shell lines of cobra's completion help that
// write into Homebrew's folders, which are wider than 80 columns, after
// their ">" with a backslash: still one command to copy into bash or zsh.
func fitCompletionHelp(root *cobra.Command) {
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		for _, sh := range c.Commands() {
			sh.Long = strings.ReplaceAll(sh.Long, " > $(brew --prefix)", " > \\\n        $(brew --prefix)")
		}
	}
}

// subcommandNames lists the names of a command's visible subcommands, as
// a message names them.
func subcommandNames(cmd *cobra.Command) string {
	return strings.Join(subcommandList(cmd), ", ")
}

// subcommandList is the names of a command's visible subcommands.
func subcommandList(cmd *cobra.Command) []string {
	var names []string
	for _, sub := range cmd.Commands() {
		if sub.IsAvailableCommand() {
			names = append(names, sub.Name())
		}
	}
	return names
}

// newRunCmd builds "partnercoach run NAME".
func newRunCmd() *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run [NAME|FILE]",
		Short: "Run a session with a script: built-in (" + joinNames() + "), your own, or a FILE",
		Example: "  partnercoach run first --newcomer AB\n  partnercoach run --newcomer AB   (their next session)\n" +
			"  partnercoach run followup --warn 3m --sound",
		Args: nameArg,
		ValidArgsFunction: func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
			return completeScripts(c, args, prefix)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			name := ""
			if len(args) == 1 {
				name = args[0]
			}
			return runSession(f, name)
		},
	}
	f.register(cmd)
	return cmd
}

// nameArg allows at most one argument: a script name or file.
func nameArg(_ *cobra.Command, args []string) error {
	if len(args) > 1 {
		return fmt.Errorf("expected one script name (%s), got %d arguments", joinNames(), len(args))
	}
	return nil
}
