package records

import (
	"fmt"
	"slices"
	"strings"

	"partnercoach/around/fees"
	"partnercoach/session"
)

// invalid is a value in a record that decodes but makes no sense: the
// top-level key it is under, and what is wrong.
type invalid struct {
	key string
	msg string
}

// validate checks what the decoder cannot: the format number, that the id
// is the file's name, the outcome and screening, and the times and
// numbers. It returns the first thing wrong. Times out of order are not
// its business: settleTimes puts them right before it is called.
func validate(rec session.Record, fileID string) *invalid {
	switch {
	case rec.Format != session.RecordFormat:
		return &invalid{key: "format", msg: fmt.Sprintf("format is %d; this partnercoach reads records of format %d", rec.Format, session.RecordFormat)}
	case rec.ID != fileID:
		return &invalid{key: "id", msg: fmt.Sprintf("id %q does not match the file name %s.json", rec.ID, fileID)}
	case rec.Script == "":
		return &invalid{key: "script", msg: `script is missing: expected the name of the script run, such as "first"`}
	case rec.Kind != "" && !rec.Peer() && !rec.Client():
		return &invalid{key: "kind", msg: fmt.Sprintf(`kind %q is not a kind of session: expected "peer", "client" (or left out, for the programme's)`, rec.Kind)}
	case !slices.Contains(session.Outcomes, rec.Outcome):
		return &invalid{key: "outcome", msg: fmt.Sprintf("outcome %q is not one of %s", rec.Outcome, outcomeNames())}
	case !slices.Contains(session.Screenings, rec.Screening):
		return &invalid{key: "screening", msg: fmt.Sprintf("screening %q is not one of suitable, not-yet, referred (or left out)", rec.Screening)}
	case rec.Started.IsZero():
		return &invalid{key: "started", msg: "started is missing: expected a time such as 2026-11-22T15:03:00+01:00"}
	case timeRule("started", rec.Started) != nil:
		return timeRule("started", rec.Started)
	case !rec.Ended.IsZero() && (rec.Ended.Before(rec.Started) || rec.Ended.Sub(rec.Started) > MaxSession):
		return &invalid{key: "ended", msg: "ended is before started, or more than a day after it"}
	case rec.Number < 0:
		return &invalid{key: "session_number", msg: fmt.Sprintf("session_number is %d: expected 1 or more", rec.Number)}
	case rec.FeeCents < 0 || rec.FeeCents >= fees.MaxCents:
		return &invalid{key: "fee_cents", msg: fmt.Sprintf("fee_cents is %d: expected 0 or more, and less than %d (a million dollars)", rec.FeeCents, fees.MaxCents)}
	case rec.Recommendation.FurtherSessions < 0:
		return &invalid{key: "recommendation", msg: fmt.Sprintf("further_sessions is %d: expected 0 or more", rec.Recommendation.FurtherSessions)}
	}
	return nil
}

// outcomeNames lists the outcomes as they are written in a record.
func outcomeNames() string {
	names := make([]string, len(session.Outcomes))
	for i, o := range session.Outcomes {
		names[i] = string(o)
	}
	return strings.Join(names, ", ")
}
