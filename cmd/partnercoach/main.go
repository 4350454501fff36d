// Command partnercoach is the screen a Focusing partnership coach keeps
// open during a phone session: where the session is, what comes next,
// whose turn it is and how long is left, with a warning before each turn
// ends. It reads the flags and the settings, builds an app.Config and runs
// a front end (package tui, or tui/plain in the accessible mode); its
// one-shot commands (log, invoice, newcomer, stats, calendar, script,
// resume) call the packages around the call.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"partnercoach/internal/textsafe"
)

func main() {
	tuneRuntime()
	if err := execute(newRootCmd()); err != nil {
		os.Exit(1)
	}
}

// execute runs the command line under root and prints the error it ends
// with, once, through printError: cobra itself prints neither the error
// nor the usage. The help asked of a command that does not exist is that
// error too (helpOfUnknown).
func execute(root *cobra.Command) error {
	root.SilenceErrors = true
	root.SilenceUsage = true
	ran, err := root.ExecuteContextC(context.Background())
	if err == nil {
		err = helpOfUnknown(ran)
	}
	if err != nil {
		printError(root.ErrOrStderr(), err, helpPath(root, ran))
	}
	return err
}

// helpPath is the command whose help a mistake in the command line points
// to: the one that ran, whose flags and arguments the mistake is about
// ("partnercoach log edit"), or the program's when none was found.
func helpPath(root, ran *cobra.Command) string {
	if ran == nil {
		return root.CommandPath()
	}
	return ran.CommandPath()
}

// printError writes an error as plain text on standard error, with a
// pointer to the help of the command path for mistakes in the command
// line. An error may quote a file, a name or an argument: it is printed
// through textsafe.Text.
func printError(w io.Writer, err error, path string) {
	msg := err.Error()
	if m := exclusiveRE.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("--%s cannot be given together: expected one of them", strings.ReplaceAll(m[1], " ", " and --"))
	}
	fmt.Fprintf(w, "partnercoach: %s\n", textsafe.Text(msg))
	if usageRE.MatchString(msg) {
		fmt.Fprintf(w, "Try '%s --help' for usage.\n", path)
	}
}

// exclusiveRE matches cobra's error for flags given together that
// exclude each other, with the flags it names.
var exclusiveRE = regexp.MustCompile(`^if any flags in the group \[([a-z -]+)\] are set none of the others can be`)

// usageRE matches the errors of a command line that is wrong, as cobra
// and pflag word them ("unknown flag: --x", "flag needs an argument",
// "accepts 1 arg(s), received 0", "unknown command"), and the program's
// own about a flag's value ("--tz: ..."): the words whole, so that a
// message about a file "larger" than allowed or a session to "charge"
// for gets no pointer to the usage.
var usageRE = regexp.MustCompile(`^unknown command|^--|\b(flag|flags|argument|arguments)\b|\barg\(s\)`)
