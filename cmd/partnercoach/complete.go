package main

import (
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"partnercoach/around/book"
	"partnercoach/around/records"
	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// completer offers the words that may follow on a command line: the
// shape of cobra's completion functions.
type completer = func(cmd *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective)

// newcomerFirst are the commands whose first argument is a newcomer on
// record, by their path under the root.
var newcomerFirst = []string{
	"newcomer schedule", "newcomer reschedule", "newcomer cancel", "newcomer no-show",
	"newcomer paid", "newcomer contacted", "newcomer draft", "newcomer forget", "newcomer reach",
}

// recordFirst are the commands whose argument is a record's id.
var recordFirst = []string{"log show", "log edit"}

// flagCompleters complete the values of flags by their name, wherever
// the flag is: what is on record, or the fixed choices the parsers
// accept. A flag named here or in keepFiles offers no file names.
var flagCompleters = map[string]completer{
	"newcomer": completeNewcomers,
	"tz":       completeZones,
	"by":       fixedChoices(string(book.ByCoach), string(book.ByNewcomer)),
	"caller":   fixedChoices(string(book.ByCoach), string(book.ByNewcomer)),
	"format":   fixedChoices(string(records.Markdown), string(records.JSON), string(records.CSV)),
	"outcome":  fixedChoices(outcomeNames()...),
}

// keepFiles are the flags whose value is a file name, which the shell
// completes as it does any path.
var keepFiles = []string{"output", "vdir"}

// fileArgs are the commands, by their path under the root, whose
// argument is a file name: the only ones, with run's script or FILE,
// whose arguments the shell completes as paths.
var fileArgs = []string{"script check"}

// registerCompletions teaches every command of the tree under root what
// its arguments and flags take, so that the shells complete newcomer
// names, record ids, scripts, zones and fixed choices instead of file
// names. Flags with neither a completer nor a file name for a value
// (days, durations, numbers) complete to nothing, and so do the
// arguments of a command that takes none or takes a word of the coach's
// (a new newcomer's or script's name).
func registerCompletions(root *cobra.Command) {
	for _, path := range newcomerFirst {
		firstArg(root, path, completeNewcomers)
	}
	for _, path := range recordFirst {
		firstArg(root, path, completeRecords)
	}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		if c.ValidArgsFunction == nil && !c.HasSubCommands() && !slices.Contains(fileArgs, pathUnder(root, c)) {
			c.ValidArgsFunction = noFiles
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Value.Type() == "bool" || slices.Contains(keepFiles, f.Name) {
				return
			}
			if _, ok := c.GetFlagCompletionFunc(f.Name); ok {
				return
			}
			complete, ok := flagCompleters[f.Name]
			if !ok {
				complete = noFiles
			}
			_ = c.RegisterFlagCompletionFunc(f.Name, complete)
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// firstArg makes the command at path complete its first argument with
// complete, and any later one as it did before (or with nothing). A path
// that names no command is left alone; TestCompletionPathsNameCommands
// catches a command renamed without its path here.
func firstArg(root *cobra.Command, path string, complete completer) {
	cmd, _, err := root.Find(strings.Fields(path))
	if err != nil || cmd.CommandPath() != root.Name()+" "+path {
		return
	}
	later := cmd.ValidArgsFunction
	if later == nil {
		later = noFiles
	}
	cmd.ValidArgsFunction = func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
		if len(args) == 0 {
			return complete(c, args, prefix)
		}
		return later(c, args, prefix)
	}
}

// pathUnder is the path of cmd under root, such as "script check".
func pathUnder(root, cmd *cobra.Command) string {
	return strings.TrimPrefix(strings.TrimPrefix(cmd.CommandPath(), root.Name()), " ")
}

// noFiles completes to nothing, rather than to the files of the folder.
func noFiles(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveNoFileComp
}

// fixedChoices completes to the given words.
func fixedChoices(words ...string) completer {
	return func(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
		return matching(words, prefix), cobra.ShellCompDirectiveNoFileComp
	}
}

// outcomeNames are the outcomes a record may be given, as written.
func outcomeNames() []string {
	names := make([]string, len(session.Outcomes))
	for i, o := range session.Outcomes {
		names[i] = string(o)
	}
	return names
}

// completeNewcomers offers the names on the newcomer list, in its order,
// as they are written; the shell quotes them. Newcomers named only in
// old records are not offered: finding them means reading every record,
// which takes a fifth of a second for two thousand.
func completeNewcomers(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	list, said := completionNewcomers()
	names := make([]string, len(list))
	for i, n := range list {
		names[i] = textsafe.Line(n.Name)
	}
	return withNotes(matching(names, prefix), said), cobra.ShellCompDirectiveNoFileComp
}

// completeRecords offers the ids of the records, newest first. An id is
// the session's start, so it needs no description.
func completeRecords(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	ids := completionRecordIDs()
	var out []string
	for i := len(ids) - 1; i >= 0; i-- {
		if strings.HasPrefix(ids[i], prefix) {
			out = append(out, textsafe.Line(ids[i]))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

// The two functions below are the only places completions touch the
// store, so that a change to its functions changes one place here.

// completionNewcomers reads the newcomer list as the commands about
// newcomers do. Reading moves a damaged list aside, and that is said
// once: what would be printed on standard error comes back as lines of
// cobra's active help, which bash and zsh show under the command line.
func completionNewcomers() ([]book.Newcomer, []string) {
	var said strings.Builder
	list, problems, _ := book.ListNewcomers()
	printProblems(&said, problems)
	return list, strings.Split(strings.TrimSpace(said.String()), "\n")
}

// completionRecordIDs lists the ids of the records, sorted, from the names
// of their files alone: a TAB reads no record, so it stays quick with
// thousands of them, and it moves no damaged one aside unsaid.
func completionRecordIDs() []string {
	entries, err := os.ReadDir(records.Dir())
	if err != nil {
		return nil
	}
	var ids []string
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), ".json")
		if ok && e.Type().IsRegular() && !strings.HasPrefix(id, ".") {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// withNotes adds what reading the files said to the words offered, as
// active help.
func withNotes(words, said []string) []string {
	for _, line := range said {
		if line != "" {
			words = cobra.AppendActiveHelp(words, line)
		}
	}
	return words
}

// matching keeps the words that start with prefix, ignoring case (the
// shell filters again by its own rules).
func matching(words []string, prefix string) []string {
	var out []string
	for _, w := range words {
		if len(w) >= len(prefix) && strings.EqualFold(w[:len(prefix)], prefix) {
			out = append(out, w)
		}
	}
	return out
}
