// Command partnercoach is the screen a Focusing partnership coach keeps
// open during a phone session: where the session is, what comes next,
// whose turn it is and how long is left, with a warning before each turn
// ends.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	err := fang.Execute(context.Background(), newRootCmd(),
		fang.WithVersion(version), fang.WithErrorHandler(printError))
	if err != nil {
		os.Exit(1)
	}
}

// printError writes an error as one plain line on standard error, with a
// pointer to the help for mistakes in the command line.
func printError(w io.Writer, _ fang.Styles, err error) {
	fmt.Fprintf(w, "partnercoach: %v\n", err)
	msg := err.Error()
	if strings.Contains(msg, "flag") || strings.Contains(msg, "arg") || strings.HasPrefix(msg, "unknown command") {
		fmt.Fprintln(w, "Try 'partnercoach --help' for usage.")
	}
}
