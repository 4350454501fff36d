package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
	"partnercoach/session"
)

// newNoShowCmd builds "partnercoach newcomer no-show NAME".
func newNoShowCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "no-show NAME",
		Short: "Record a missed or late-cancelled session as \"did not come (billable)\"",
		Long: "Record the newcomer's latest chargeable appointment as a session they did not " +
			"come to, which the Institute charges them for and pays you: one whose time passed " +
			"with no session on record (MISSED in 'newcomer list'), or one they cancelled or " +
			"moved less than 24 hours ahead. It is billed as their next session (a first session's " +
			"fee when they had none yet) and goes on the invoice of its month; their next session " +
			"keeps its number.",
		Example: "  partnercoach newcomer no-show AB",
		Args:    oneArg("newcomer name (quote a name with spaces)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return recordNoShow(cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], commandNow())
		},
	}
}

// recordNoShow records name's latest chargeable appointment at now as a
// session they did not come to.
func recordNoShow(out, errw io.Writer, name string, now time.Time) error {
	set, list, recs, err := readBookWithSettings(errw)
	if err != nil {
		return err
	}
	n, err := findIn(list, name)
	if err != nil {
		return err
	}
	a, ok := book.Chargeable(n, recs, now)
	if !ok {
		return fmt.Errorf("%s has no missed session and no cancellation less than 24 hours ahead to charge for", textsafe.Line(n.Name))
	}
	rec, err := book.RecordNoShow(n, a, set.Fees)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Recorded %s's session of %s as session %d, %s, %s (partnercoach log show %s).\n",
		textsafe.Line(n.Name), textsafe.Line(book.FormatWhen(a.At, now, n.TimeZone)), rec.Number,
		strings.ToLower(session.NoShow.Label()), fees.FormatCents(rec.FeeCents), shellword.Quote(rec.ID, "ID"))
	return nil
}
