package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/around/book"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
)

// reachFlags are the options of "newcomer reach".
type reachFlags struct {
	phone, handle, caller string
	clear                 bool
}

// newReachCmd builds "partnercoach newcomer reach NAME".
func newReachCmd() *cobra.Command {
	var f reachFlags
	cmd := &cobra.Command{
		Use:   "reach NAME",
		Short: "Keep how the call is made: who calls whom, on what number or call handle",
		Long: "Keep how the session's call is made: the phone number or call handle (a name or " +
			"address on a calling service, such as \"Zoom: 123 456 7890\") and who calls: you, " +
			"unless --caller newcomer says they call you. The drafted messages use it. It is " +
			"private: it stays in the newcomer's entry, 'newcomer list' shows only the last four " +
			"digits of a number, no calendar or export holds it, and 'newcomer forget' deletes it " +
			"with the entry. Without flags it shows what is kept; --phone \"\" or --handle \"\" " +
			"drops one, --clear drops all.",
		Example: "  partnercoach newcomer reach AB --phone \"+1 212 555 0100\"\n" +
			"  partnercoach newcomer reach AB --handle \"Zoom: 123 456 7890\" --caller newcomer",
		Args: oneArg("newcomer name (quote a name with spaces)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			fl := cmd.Flags()
			set := fl.Changed("phone") || fl.Changed("handle") || fl.Changed("caller") || f.clear
			return reach(cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], f, set, fl.Changed, commandNow())
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.phone, "phone", "", "the phone number the call is placed on, such as \"+1 212 555 0100\"")
	fl.StringVar(&f.handle, "handle", "", "a call handle, such as \"Zoom: 123 456 7890\" or \"Signal: ann.42\"")
	fl.StringVar(&f.caller, "caller", "coach", "who places the call: coach or newcomer")
	fl.BoolVar(&f.clear, "clear", false, "drop everything kept about the call")
	return cmd
}

// reach shows, or changes and then shows, how the call with name is made.
// changed says which flags were given.
func reach(out, errw io.Writer, name string, f reachFlags, set bool, changed func(string) bool, now time.Time) error {
	if !set {
		n, err := findNewcomer(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "%s: %s.\n", textsafe.Line(n.Name), textsafe.Line(callInFull(n.Call)))
		return nil
	}
	if f.clear && (changed("phone") || changed("handle") || changed("caller")) {
		return errors.New("--clear drops everything kept about the call: give it alone")
	}
	var caller book.Party
	if changed("caller") {
		p, err := book.ParseParty(f.caller)
		if err != nil {
			return fmt.Errorf("--caller: %w", err)
		}
		caller = p
	}
	kept, problems, err := book.SetCall(name, func(c book.Call) book.Call {
		if f.clear {
			return book.Call{}
		}
		if changed("phone") {
			c.Phone = strings.TrimSpace(f.phone)
		}
		if changed("handle") {
			c.Handle = strings.TrimSpace(f.handle)
		}
		if changed("caller") {
			c.Caller = caller
		}
		return c
	})
	printProblems(errw, problems)
	if err != nil {
		return err
	}
	n, err := findNewcomer(name)
	if err != nil {
		return err
	}
	if kept.IsZero() {
		fmt.Fprintf(out, "Nothing is kept about the call with %s.\n", textsafe.Line(n.Name))
		return nil
	}
	fmt.Fprintf(out, "Kept for %s: %s.\n", textsafe.Line(n.Name), textsafe.Line(callInFull(kept)))
	if _, ok := n.Upcoming(now); ok {
		fmt.Fprintf(out, "The message that confirms the session with it: partnercoach newcomer draft %s booked\n", shellword.Quote(n.Name, "NAME"))
	}
	return nil
}

// callInFull says who calls whom and on what, with the number and handle
// in full, for the coach alone: "you call them on +1 212 555 0100".
func callInFull(c book.Call) string {
	on := "no number or call handle is kept"
	if ways := c.Ways(); len(ways) > 0 {
		on = "on " + strings.Join(ways, ", or ")
	}
	if c.CoachCalls() {
		return "you call them, " + on
	}
	return "they call you, " + on
}

// callInShort says who calls whom with a number's last four digits only,
// for "newcomer list", which others may see over the coach's shoulder;
// it is "" when nothing is kept.
func callInShort(c book.Call) string {
	if c.IsZero() {
		return ""
	}
	who := "you call"
	if !c.CoachCalls() {
		who = "they call you"
	}
	switch {
	case c.Phone != "":
		return who + ", phone " + c.MaskedPhone()
	case c.Handle != "":
		return who + ", handle kept"
	case c.CoachCalls():
		return who + ", no number kept"
	}
	return who
}
