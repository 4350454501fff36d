package records

import (
	"strings"
	"testing"
	"time"

	"partnercoach/around/records/recordtest"

	"partnercoach/script"
	"partnercoach/session"
)

func TestFormatLogIsTheCoachLog(t *testing.T) {
	r := recordtest.Full("2026-11-22-1503")
	hm := func(h, m int) string { return recordtest.At(h, m, 0).Format("15:04") }
	want := confidential + "\n" +
		"\n" +
		"Coach log 2026-11-22-1503\n" +
		"  Outcome:  Held\n" +
		"  Newcomer: Alice Example\n" +
		"  Session:  1\n" +
		"  Script:   First partnership coaching session (first)\n" +
		"  Date:     Sunday 22 November 2026\n" +
		"  Time:     " + hm(15, 3) + "–" + hm(15, 55) + " (52 min 7 s)\n" +
		"  Fee:      $25.00\n" +
		"\n" +
		"Steps (planned / actual)\n" +
		"  1. Welcome  5 min / 6 min 12 s\n" +
		"      covered: Introduced myself as a partnership coach\n" +
		"      missed:  Said content is confidential\n" +
		"      answer:  Can you hear me OK? → yes\n" +
		"      answer:  How many minutes signal would you like? → 3\n" +
		"  2. Who goes first  2 min / 1 min\n" +
		"      chosen:  Newcomer focuses first\n" +
		"  3. My turn  15 min / 16 min 30 s\n" +
		"      turn:    Coach's turn, length 15 min, used 16 min 30 s (1 min 30 s overtime)\n" +
		"\n" +
		"Screening and recommendation\n" +
		"  Screening: Suitable for the partnership pool\n" +
		"  Further sessions recommended: 2, to learn: to guide themselves & ask for listening\n" +
		"  Ready for a partnership: yes\n" +
		"\n" +
		"Notes (2)\n" +
		"  " + hm(15, 10) + " (Welcome) Hears well <on a headset>\n" +
		"  " + hm(15, 23) + " (My turn) Said back exactly\n" +
		"      without prompting\n" +
		"\n" +
		"Partnering moments\n" +
		"  2 marked, at " + hm(15, 12) + ", " + hm(15, 20) + "\n" +
		"\n" +
		"Summary\n" +
		"  A good first session.\n"
	if got := FormatLog(r); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
	// A turn the coach shortened is weighed against the plan as set, with
	// the first plan in brackets, as the review says it.
	r.Steps[2].Set = script.Duration(10 * time.Minute)
	if got, line := FormatLog(r), "  3. My turn  10 min (15 min at first) / 16 min 30 s\n"; !strings.Contains(got, line) {
		t.Errorf("the shortened turn is not %q:\n%s", line, got)
	}
}

func TestFormatLogOfASparseRecord(t *testing.T) {
	r := session.Record{ID: "x", Script: "followup", Started: recordtest.At(9, 0, 0), Outcome: session.Rescheduled}
	got := FormatLog(r)
	for _, want := range []string{
		"  Outcome:  Rescheduled\n", "  Newcomer: (no name)\n", "  Session:  -\n",
		"  Script:   followup\n", ", end not recorded\n", "  no steps recorded\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Notes") || strings.Contains(got, "Summary") || strings.Contains(got, "Partnering") {
		t.Errorf("empty sections shown:\n%s", got)
	}
}

// TestFormatLogSaysNothingNotAsked: the end of a session not held, or of
// a session between partners, asks neither the screening nor the
// recommendation, so its log does not answer them "no" or "0".
func TestFormatLogSaysNothingNotAsked(t *testing.T) {
	for _, r := range []session.Record{
		{ID: "a", Script: "followup", Newcomer: "AB", Number: 2, Started: recordtest.At(9, 0, 0), Outcome: session.NoShow},
		{ID: "b", Script: "first", Newcomer: "AB", Number: 1, Started: recordtest.At(9, 0, 0), Outcome: session.Rescheduled},
		{ID: "c", Script: "partnership", Kind: string(script.Peer), Started: recordtest.At(9, 0, 0), Outcome: session.Held},
	} {
		got := FormatLog(r)
		for _, not := range []string{"Screening", "Further sessions recommended", "Ready for a partnership"} {
			if strings.Contains(got, not) {
				t.Errorf("the log of %s (%s) says %q, which was not asked:\n%s", r.ID, r.Outcome, not, got)
			}
		}
	}
	held := session.Record{ID: "d", Script: "followup", Started: recordtest.At(9, 0, 0), Outcome: session.Held}
	if got := FormatLog(held); !strings.Contains(got, "Ready for a partnership: no\n") {
		t.Errorf("the log of a session held lacks its answer:\n%s", got)
	}
}

// TestFormatLogShowsReadyDespiteTheScreening: a record that says the
// newcomer is ready for a partnership while its screening says not yet,
// or referred (written before the form took the answer from the
// screening, or edited by hand), is read and shown as it is, with a word
// of the screening; one that agrees gets none.
func TestFormatLogShowsReadyDespiteTheScreening(t *testing.T) {
	for _, tt := range []struct {
		screening session.Screening
		ready     bool
		want      string
	}{
		{session.NotYet, true, "  Ready for a partnership: yes (though the screening says not yet ready for the pool)\n"},
		{session.Referred, true, "  Ready for a partnership: yes (though the screening says referred to a therapist or a hotline)\n"},
		{session.NotYet, false, "  Ready for a partnership: no\n"},
		{session.Suitable, true, "  Ready for a partnership: yes\n"},
	} {
		r := session.Record{ID: "r", Script: "first", Newcomer: "AB", Number: 1, Started: recordtest.At(9, 0, 0),
			Outcome: session.Held, Screening: tt.screening, Recommendation: session.Recommendation{Ready: tt.ready}}
		if got := FormatLog(r); !strings.Contains(got, tt.want) {
			t.Errorf("%s, ready %v: the log lacks %q:\n%s", tt.screening, tt.ready, tt.want, got)
		}
	}
}

// TestFormatLogOfAnExchange: the log of a session between two partners
// says its outcome in the words the end of it offered, and names no
// newcomer, number or fee; a partner who did not come is not "billable".
func TestFormatLogOfAnExchange(t *testing.T) {
	r := session.Record{ID: "p", Script: "partnership", Kind: string(script.Peer), Started: recordtest.At(9, 0, 0), Outcome: session.NoShow}
	got := FormatLog(r)
	if !strings.Contains(got, "  Outcome:  My partner did not come\n") {
		t.Errorf("the outcome is not in the partners' words:\n%s", got)
	}
	if !strings.HasPrefix(got, confidentialPeer+"\n\nThe exchange's record p\n") {
		t.Errorf("the exchange's record does not open as one:\n%s", got)
	}
	for _, not := range []string{"billable", "Newcomer:", "Session:", "Fee:", "coach", "Coach log"} {
		if strings.Contains(got, not) {
			t.Errorf("the log of an exchange says %q:\n%s", not, got)
		}
	}
}

// TestFormatLogCallsBillableOnlyWhatIsBilled: a coaching session with no
// newcomer is not billed, so its no-show is not "billable" beside a fee
// of $0.00; a newcomer's no-show is.
func TestFormatLogCallsBillableOnlyWhatIsBilled(t *testing.T) {
	r := session.Record{ID: "c", Script: "coaching", Started: recordtest.At(9, 0, 0), Outcome: session.NoShow}
	if got := FormatLog(r); strings.Contains(got, "billable") {
		t.Errorf("a no-show not billed is called billable:\n%s", got)
	}
	r.Newcomer, r.Number = "AB", 2
	if got := FormatLog(r); !strings.Contains(got, "  Outcome:  Newcomer did not come (billable)\n") {
		t.Errorf("a newcomer's no-show is not called billable:\n%s", got)
	}
}

// TestFormatLogOfAClientSession: the log of a coaching session outside the
// programme is the session log it was written as: it names the client as
// one, and says the further sessions agreed, with no screening and no
// recommendation, which its end never asked.
func TestFormatLogOfAClientSession(t *testing.T) {
	r := session.Record{ID: "c", Script: "icf", Kind: string(script.Client), Newcomer: "Kim", Number: 2,
		Started: recordtest.At(9, 0, 0), Outcome: session.Held, Recommendation: session.Recommendation{FurtherSessions: 4}}
	got := FormatLog(r)
	for _, want := range []string{confidentialClient + "\n\nSession log c\n", "  Client:   Kim\n", "\nAgreed\n  Further sessions agreed with the client: 4\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the log lacks %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"Screening", "recommended", "Ready for a partnership", "Newcomer:", "Coach log"} {
		if strings.Contains(got, not) {
			t.Errorf("the log of a client session says %q:\n%s", not, got)
		}
	}
}

// TestFormatLogGivesTheDayPastMidnight: a session that ran past midnight
// gives its end, and the notes and moments of the next day, with their
// day, as its "Date:" line names only the day it started; times of that
// day are times alone.
func TestFormatLogGivesTheDayPastMidnight(t *testing.T) {
	start := recordtest.At(23, 30, 0)
	r := session.Record{ID: "m", Script: "followup", Newcomer: "AB", Number: 2, Started: start, Ended: start.Add(50 * time.Minute),
		Outcome: session.Held, Notes: []session.Note{{At: start.Add(10 * time.Minute), Step: "welcome", Text: "before"},
			{At: start.Add(40 * time.Minute), Step: "welcome", Text: "after"}},
		Marks: []session.Mark{{At: start.Add(20 * time.Minute)}, {At: start.Add(45 * time.Minute)}}}
	got := FormatLog(r)
	for _, want := range []string{"23:30–00:20 on Mon 23 Nov (", "23:40 (welcome) before", "00:10 on Mon 23 Nov (welcome) after",
		"at 23:50, 00:15 on Mon 23 Nov"} {
		if !strings.Contains(got, want) {
			t.Errorf("the log lacks %q:\n%s", want, got)
		}
	}
	r.Started, r.Ended, r.Notes, r.Marks = recordtest.At(10, 0, 0), recordtest.At(10, 50, 0), r.Notes[:1], nil
	if got := FormatLog(r); !strings.Contains(got, "Time:     10:00–10:50 (50 min)\n") || strings.Contains(got, " on ") {
		t.Errorf("a session within its day gives a day:\n%s", got)
	}
}
