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
	"strings"

	"charm.land/fang/v2"

	"partnercoach/internal/textsafe"
)

func main() {
	tuneRuntime()
	// fang's own version text is the version and, given fang.WithCommit,
	// the hash cut to seven characters in parentheses, with no room for
	// the dirty mark or the date; and when given no version it reads the
	// build information only for a go install of a published module. So
	// versionString makes the whole text and fang prints it as it is.
	err := fang.Execute(context.Background(), newRootCmd(),
		fang.WithVersion(versionString()), fang.WithErrorHandler(printError),
		fang.WithoutManpage()) // newManCmd writes the page instead
	if err != nil {
		os.Exit(1)
	}
}

// printError writes an error as plain text on standard error, with a
// pointer to the help for mistakes in the command line. An error may quote
// a file, a name or an argument: it is printed through textsafe.Text.
func printError(w io.Writer, _ fang.Styles, err error) {
	fmt.Fprintf(w, "partnercoach: %s\n", textsafe.Text(err.Error()))
	msg := err.Error()
	if strings.Contains(msg, "flag") || strings.Contains(msg, "arg") || strings.HasPrefix(msg, "unknown command") {
		fmt.Fprintln(w, "Try 'partnercoach --help' for usage.")
	}
}
