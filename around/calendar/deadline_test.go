package calendar

import (
	"testing"
	"time"

	"partnercoach/around/book"
)

// TestPaymentDeadlineIsTheInstant exports the deadline of a payment notice
// for a coach in Berlin on both sides of each change of the clocks: the
// event is the last hour of the 72, ending 72 hours after the notice (a
// notice given as a day counting from the start of its day), and its
// reminder comes 24 hours before that. The code before kept the end of
// the third day, up to 96 hours, with the reminder at nine that morning,
// which could come after the 72 hours had run out.
func TestPaymentDeadlineIsTheInstant(t *testing.T) {
	berlin := func(y int, m time.Month, d, h, min int) time.Time { return in(t, "Europe/Berlin", y, m, d, h, min) }
	tests := []struct {
		name   string
		notice book.Moment
		// end is the deadline in UTC, as the file gives it; by is the
		// hour the summary says on the coach's clock.
		end, by string
	}{
		{"a week before spring", book.AtInstant(berlin(2027, 3, 19, 14, 0)), "2027-03-22T13:00:00Z", "14:00"},
		// The clocks go on at 02:00 on Sunday 28 March: 72 hours later
		// read an hour later on the clock.
		{"across spring", book.AtInstant(berlin(2027, 3, 26, 14, 0)), "2027-03-29T13:00:00Z", "15:00"},
		{"after spring", book.AtInstant(berlin(2027, 3, 29, 14, 0)), "2027-04-01T12:00:00Z", "14:00"},
		// They go back at 03:00 on Sunday 31 October.
		{"across autumn", book.AtInstant(berlin(2027, 10, 29, 14, 0)), "2027-11-01T12:00:00Z", "13:00"},
		{"after autumn", book.AtInstant(berlin(2027, 11, 1, 14, 0)), "2027-11-04T13:00:00Z", "14:00"},
		// A day alone counts from its start, 00:00 on the coach's clock.
		{"a day before spring", book.OnDay(book.NewDate(2027, 3, 27)), "2027-03-29T23:00:00Z", "01:00"},
		{"a day before autumn", book.OnDay(book.NewDate(2027, 10, 30)), "2027-11-01T22:00:00Z", "23:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			now := tc.notice.Start(berlinLoc(t)).Add(time.Hour)
			n := book.Newcomer{ID: idA, Name: "Olga Example", Assigned: book.DateOf(now).AddDays(-20),
				Contacts: []book.Moment{book.OnDay(book.DateOf(now).AddDays(-19))}, PaymentNotices: []book.Moment{tc.notice}}
			events := readWithPython(t, build(t, []book.Newcomer{n}, now, false))
			if len(events) != 2 {
				t.Fatalf("events %+v, want the deadline and the month's end", events)
			}
			e := events[0]
			end, err := time.Parse(time.RFC3339, e.End)
			if err != nil {
				t.Fatal(err)
			}
			start, _ := time.Parse(time.RFC3339, e.Start)
			due := tc.notice.Start(berlinLoc(t)).Add(72 * time.Hour)
			want := "Last day to contact O.E. by " + tc.by + " (72 hours from the payment notice of " + tc.notice.Format(berlinLoc(t)) + ")"
			if e.End != tc.end || !end.Equal(due) || !start.Equal(due.Add(-time.Hour)) || e.Summary != want {
				t.Errorf("event %s to %s %q; want the hour up to %s %q", e.Start, e.End, e.Summary, tc.end, want)
			}
			if len(e.Alarms) != 1 {
				t.Fatalf("alarms %+v", e.Alarms)
			}
			alarm := start.Add(time.Duration(e.Alarms[0].Trigger) * time.Second)
			if !alarm.Equal(due.Add(-24 * time.Hour)) {
				t.Errorf("the reminder comes at %s, want 24 hours before the deadline of %s", alarm, due)
			}
		})
	}
}

// berlinLoc is the coach's zone of the deadline tests.
func berlinLoc(t *testing.T) *time.Location {
	return in(t, "Europe/Berlin", 2027, 1, 1, 0, 0).Location()
}
