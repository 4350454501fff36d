package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"partnercoach/around/fees"
	"partnercoach/around/review"
	"partnercoach/session"
)

// TestReviewOnceWritten: the review comes once the coach log is written,
// drawn from the session's time as it was kept, fit to the width, in a
// picture and in words alike; before, and while writing failed, there is
// none.
func TestReviewOnceWritten(t *testing.T) {
	r := newRig(t, Config{Start: builtin(t, "followup"), Fees: fees.Fees{First: 5000, Later: 5000}}, nil)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.clock.Add(8 * time.Minute) // the first step: 8 minutes
	r.run(r.c.Apply(session.Next{}))
	r.clock.Add(time.Minute)
	r.run(r.c.End())
	if r.c.Review(80) != "" || r.c.ReviewWords() != nil {
		t.Fatal("a review while the coach log is open")
	}
	r.keeper.FinishErr = errors.New("disk gone")
	r.run(r.c.Finish(r.c.LogAnswers()))
	if r.c.Stage() != WriteFailed || r.c.Review(80) != "" || r.c.ReviewWords() != nil {
		t.Fatalf("stage %d: a review of a record not written", r.c.Stage())
	}
	r.keeper.Fail(nil)
	r.run(r.c.RetryFinish())
	if r.c.Stage() != Written || len(r.keeper.Records) != 1 {
		t.Fatalf("stage %d, %d records", r.c.Stage(), len(r.keeper.Records))
	}
	rec := r.keeper.Records[0]
	first := rec.Steps[0]
	if first.Actual.D() != 8*time.Minute {
		t.Fatalf("first step took %v, want 8m", first.Actual.D())
	}
	pic := r.c.Review(80)
	if want := review.Heading + "\n" + strings.TrimSuffix(review.Picture(rec, 80), "\n"); pic != want {
		t.Errorf("Review(80) =\n%s\nwant the record's picture\n%s", pic, want)
	}
	for _, line := range strings.Split(pic, "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("%d cells wide: %q", w, line)
		}
	}
	if !strings.Contains(pic, "1.  "+first.Title[:10]) || !strings.Contains(pic, review.Diff(first.Planned.D(), first.Actual.D())) {
		t.Errorf("the first step is not in the picture:\n%s", pic)
	}
	words := r.c.ReviewWords()
	if len(words) != len(review.Words(rec))+1 || words[1] != review.Words(rec)[0] {
		t.Errorf("ReviewWords = %q, want a heading and review.Words", words)
	}
	if !strings.Contains(words[1], "took 8:00") {
		t.Errorf("the first step's words: %q", words[1])
	}
}

// TestRehearsalReviewed: a rehearsal keeps no record, but its time is
// reviewed all the same.
func TestRehearsalReviewed(t *testing.T) {
	opts := session.Options{Rehearsal: session.Rehearsal{Speed: 10, Origin: t0}}
	r := newRig(t, Config{Start: builtin(t, "first"), Session: opts}, nil)
	r.run(r.c.Apply(session.Toggle{Item: 0}))
	r.clock.Add(time.Minute)
	r.run(r.c.End())
	r.run(r.c.Finish(r.c.LogAnswers()))
	if len(r.keeper.Records) != 0 || r.c.Stage() != Written {
		t.Fatalf("stage %d, %d records", r.c.Stage(), len(r.keeper.Records))
	}
	if !strings.HasPrefix(r.c.Review(80), review.Heading+"\n") || len(r.c.ReviewWords()) < 2 {
		t.Errorf("no review of a rehearsal: %q %q", r.c.Review(80), r.c.ReviewWords())
	}
}
