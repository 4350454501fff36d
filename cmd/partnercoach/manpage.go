package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// newManCmd builds the hidden "partnercoach man", which prints the man
// page in roff: the release build writes it into every archive and
// package. It takes the place of fang's own man command, whose header
// puts the one-line description where man expects the manual's name and
// whose date is the day of the build.
func newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "man",
		Short:  "Print the man page (roff) on standard output",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			info, _ := debug.ReadBuildInfo()
			stamp := readBuildStamp(version, commit, date, info)
			day, err := manDate(os.Getenv("SOURCE_DATE_EPOCH"), stamp)
			if err != nil {
				return err
			}
			_, err = io.WriteString(cmd.OutOrStdout(), renderManPage(cmd.Root(), day, stamp.version))
			return err
		},
	}
}

// manDate is the date the man page shows, as YYYY-MM-DD in UTC: the one
// SOURCE_DATE_EPOCH gives in seconds since 1970, when it is set, or else
// the date the binary was stamped with (a release's commit date, or the
// commit the go command recorded), or "" when nobody recorded one. It is
// never the day of the build, so that one commit always makes one page.
func manDate(epoch string, stamp buildStamp) (string, error) {
	if epoch != "" {
		secs, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil || secs < 0 {
			return "", fmt.Errorf("SOURCE_DATE_EPOCH: expected a whole number of seconds since 1970, got %q", epoch)
		}
		return time.Unix(secs, 0).UTC().Format(time.DateOnly), nil
	}
	if t, err := time.Parse(time.RFC3339, stamp.date); err == nil {
		return t.UTC().Format(time.DateOnly), nil
	}
	return "", nil
}

// renderManPage writes the page of the command tree under root: the
// header, then NAME, SYNOPSIS, DESCRIPTION, OPTIONS and COMMANDS from the
// commands themselves, then the FILES, ENVIRONMENT, EXAMPLES and SEE ALSO
// sections of manSections.
func renderManPage(root *cobra.Command, day, release string) string {
	var b strings.Builder
	name := root.Name()
	// The centre of the header names the manual, as for any command of
	// section 1; the program's own description goes under NAME.
	fmt.Fprintf(&b, ".TH %s 1 %q %q \"User Commands\"\n", strings.ToUpper(name), day, name+" "+release)
	// No hyphenation and a ragged right edge: a path, a zone or an option
	// split across two lines could not be copied from the page.
	b.WriteString(".nh\n.ad l\n")
	b.WriteString(".SH NAME\n")
	fmt.Fprintf(&b, "%s \\- %s\n", name, roffText(lowerFirst(root.Short)))
	b.WriteString(".SH SYNOPSIS\n")
	fmt.Fprintf(&b, ".B %s\n[\\fIoptions\\fR]\n.br\n.B %s\n.I command\n[\\fIarguments\\fR] [\\fIoptions\\fR]\n", name, name)
	b.WriteString(".SH DESCRIPTION\n")
	manParagraphs(&b, root.Long)
	b.WriteString(".SH OPTIONS\n")
	manFlags(&b, root.NonInheritedFlags(), true)
	b.WriteString(".SH COMMANDS\n")
	b.WriteString("Each command takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR to print its own help.\n")
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			manCommand(&b, c)
		}
	}
	for _, s := range manSections {
		fmt.Fprintf(&b, ".SH %s\n", s.title)
		b.WriteString(s.roff)
	}
	return b.String()
}

// manCommand writes one top-level command as a subsection headed by its
// usage: its description and options, then each of its subcommands,
// nested ones included, as a tagged paragraph.
func manCommand(b *strings.Builder, c *cobra.Command) {
	fmt.Fprintf(b, ".SS %s\n", roffText(strings.TrimSpace(c.CommandPath()+" "+useArgs(c))))
	manParagraphs(b, manDescription(c))
	manFlags(b, c.NonInheritedFlags(), false)
	var subs func(*cobra.Command)
	subs = func(parent *cobra.Command) {
		for _, sub := range parent.Commands() {
			if !sub.IsAvailableCommand() {
				continue
			}
			b.WriteString(".TP\n")
			manUsage(b, sub)
			manParagraphs(b, manDescription(sub))
			if sub.HasAvailableLocalFlags() {
				b.WriteString(".RS\n")
				manFlags(b, sub.NonInheritedFlags(), false)
				b.WriteString(".RE\n")
			}
			subs(sub)
		}
	}
	subs(c)
}

// manUsage writes a command's full path in bold and its arguments, as
// its Use line names them, in italics.
func manUsage(b *strings.Builder, c *cobra.Command) {
	line := `\fB` + roffText(c.CommandPath()) + `\fR`
	if args := useArgs(c); args != "" {
		line += ` \fI` + roffText(args) + `\fR`
	}
	b.WriteString(line + "\n")
}

// useArgs is what a command's Use line gives after its name: the
// arguments it takes, or "".
func useArgs(c *cobra.Command) string {
	_, args, _ := strings.Cut(c.Use, " ")
	return args
}

// manDescription is a command's long description when it is one
// paragraph of prose, as partnercoach's own are, or else its short one:
// the long help of cobra's completion commands is laid out for a
// terminal, with shell lines and headings that a man page cannot keep.
func manDescription(c *cobra.Command) string {
	if c.Long != "" && !strings.Contains(c.Long, "\n") {
		return c.Long
	}
	return c.Short + "."
}

// manFlags writes the flags of a set, each as a tagged paragraph: the
// short and long forms in bold, the value's kind in italics, the help
// text and any default. Hidden flags are left out, and so is --help
// unless withHelp (the page says once that every command takes it).
func manFlags(b *strings.Builder, flags *pflag.FlagSet, withHelp bool) {
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || (f.Name == "help" && !withHelp) {
			return
		}
		kind, usage := pflag.UnquoteUsage(f)
		tag := `\fB\-\-` + roffText(f.Name) + `\fR`
		if f.Shorthand != "" {
			tag = `\fB\-` + roffText(f.Shorthand) + `\fR, ` + tag
		}
		if kind != "" {
			tag += ` \fI` + roffText(kind) + `\fR`
		}
		if shown := defaultShown(f); shown != "" {
			usage += " (default: " + shown + ")"
		}
		fmt.Fprintf(b, ".TP\n%s\n%s\n", tag, roffLine(usage))
	})
}

// defaultShown is a flag's default as the page gives it, or "" for the
// zero value of its kind, which goes without saying.
func defaultShown(f *pflag.Flag) string {
	switch f.DefValue {
	case "", "false", "0", "[]":
		return ""
	}
	return f.DefValue
}

// manParagraphs writes text as roff, a paragraph for each blank-line
// separated block of it.
func manParagraphs(b *strings.Builder, text string) {
	for i, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		b.WriteString(roffLine(strings.Join(strings.Fields(p), " ")) + "\n")
	}
}

// roffLine is text as one line of roff input: escaped, and with a
// leading dot or apostrophe kept from reading as a request.
func roffLine(text string) string {
	s := roffText(text)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// roffText escapes text for roff: a backslash is printed as one, and
// every hyphen is a minus sign, so that options and commands copied from
// the page are what the shell needs.
func roffText(text string) string {
	text = strings.ReplaceAll(text, `\`, `\e`)
	return strings.ReplaceAll(text, "-", `\-`)
}

// lowerFirst lowers the first letter of a sentence, for the NAME line.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
