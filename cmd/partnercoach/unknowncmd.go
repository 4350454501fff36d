package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"partnercoach/internal/problem"
)

// noCommandWord is the Args of the root and of every command that only
// groups others: a word given to one of them can only be the name of a
// command it lacks.
func noCommandWord(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return unknownCommand(c, args[0])
	}
	return nil
}

// unknownCommand is the error of a word that names none of c's commands:
// the word, the command it was given to, the command it most likely meant
// (one of c's own, or one further down, such as "newcomer draft" for
// "drafts") and, below the root, the names it expected.
func unknownCommand(c *cobra.Command, word string) error {
	msg := fmt.Sprintf("unknown command %q for %q", word, c.CommandPath())
	if near := nearCommand(c, word); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	}
	if c.HasParent() {
		msg += fmt.Sprintf(" (expected one of: %s)", subcommandNames(c))
	}
	return errors.New(msg)
}

// nearCommand returns the words under c of the command that word most
// likely misspells or cuts short: the one of c's own commands that starts
// with word, else one of them near it, else the first command further
// down whose name is near (problem.Suggest); "" when none is.
func nearCommand(c *cobra.Command, word string) string {
	var names, paths []string
	var walk func(*cobra.Command, string)
	walk = func(cmd *cobra.Command, prefix string) {
		for _, sub := range cmd.Commands() {
			if sub.IsAvailableCommand() {
				names, paths = append(names, sub.Name()), append(paths, prefix+sub.Name())
				walk(sub, prefix+sub.Name()+" ")
			}
		}
	}
	walk(c, "")
	own := subcommandList(c)
	var starts []string
	for _, name := range own {
		if strings.HasPrefix(name, word) {
			starts = append(starts, name)
		}
	}
	if len(starts) == 1 {
		return starts[0]
	}
	if near := problem.Suggest(word, own); near != "" {
		return near
	}
	if near := problem.Suggest(word, names); near != "" {
		for i, n := range names {
			if n == near {
				return paths[i]
			}
		}
	}
	return ""
}

// helpOfUnknown is the error of a command line that asks for the help of
// a command that does not exist, such as "partnercoach drafts --help":
// cobra finds the nearest command that does (the root) and would print
// its help. Called with the command cobra ran once its flags are parsed,
// it returns nil for every other command line.
func helpOfUnknown(c *cobra.Command) error {
	if c == nil || !c.HasAvailableSubCommands() || !c.Flags().Parsed() {
		return nil
	}
	return c.ValidateArgs(c.Flags().Args())
}

// refuseUnknownHelpTopics makes "partnercoach help WORDS" refuse words
// that name no command, as the command line without "help" would, where
// cobra's help command prints the help of the nearest command that does.
func refuseUnknownHelpTopics(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	for _, c := range root.Commands() {
		if c.Name() != "help" {
			continue
		}
		c.Args = func(_ *cobra.Command, args []string) error {
			found, rest, err := root.Find(args)
			if err != nil || len(rest) == 0 {
				return err
			}
			return unknownCommand(found, rest[0])
		}
	}
}
