package datalock_test

import (
	"errors"
	"partnercoach/around/book"
	"partnercoach/around/datalock"
	"partnercoach/around/fees"
	"partnercoach/around/forget"
	"partnercoach/around/outputs"
	"partnercoach/around/records"
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"
	"partnercoach/internal/safefile"

	"strings"
	"testing"
	"testing/synctest"
	"time"

	"partnercoach/session"
)

// TestMain keeps the tests out of the coach's own folders.
func TestMain(m *testing.M) { filetest.Main(m) }

// hold takes the data lock in another goroutine and returns the function
// that releases it.
func hold(t *testing.T) func() {
	t.Helper()
	held, release, done := make(chan error, 1), make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		err := datalock.With(func(*datalock.Held) error {
			held <- nil
			<-release
			return nil
		})
		if err != nil {
			held <- err
		}
	}()
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	return func() { close(release); <-done }
}

// The tests that wait for the lock run in a synctest bubble: the lock's
// retries and the holder's wait are on the bubble's clock, which moves on
// when every goroutine of the bubble waits, so no real time passes.

func TestAChangeWaitsForTheLockThenGoesOn(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, records.Save, recordtest.Simple("r1", "Alice", 1, recordtest.Noon(3), session.Held, 2500))
	synctest.Test(t, func(t *testing.T) {
		unlock := hold(t)
		released := make(chan time.Time, 1)
		go func() {
			time.Sleep(300 * time.Millisecond)
			released <- time.Now()
			unlock()
		}()
		if _, _, err := records.EditRecord("r1", records.Change{Outcome: session.NoShow}, fees.Fees{First: 2500, Later: 5000}); err != nil {
			t.Fatal(err)
		}
		if done, at := time.Now(), <-released; done.Before(at) {
			t.Fatal("the edit did not wait for the lock")
		}
	})
	if rec, _, _ := records.Load("r1"); rec.Outcome != session.NoShow {
		t.Errorf("outcome %q after the wait", rec.Outcome)
	}
}

func TestAChangeIsToldClearlyWhenTheLockIsHeld(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, records.Save, recordtest.Simple("r1", "Alice", 1, recordtest.Noon(3), session.Held, 2500))
	t.Cleanup(datalock.SetWait(200 * time.Millisecond))
	synctest.Test(t, func(t *testing.T) { refusedWhileHeld(t) })
	if rec, _, _ := records.Load("r1"); rec.Outcome != session.Held {
		t.Errorf("the record changed: %q", rec.Outcome)
	}
}

// refusedWhileHeld tries each change of the data folder while another
// goroutine holds the lock, and fails unless each is refused, saying so.
func refusedWhileHeld(t *testing.T) {
	defer hold(t)()
	_, _, err := records.EditRecord("r1", records.Change{Outcome: session.NoShow}, fees.Fees{})
	if !errors.Is(err, safefile.ErrBusy) || !strings.Contains(err.Error(), "another partnercoach has been changing your records or newcomer list for 200ms") ||
		!strings.Contains(err.Error(), "nothing was changed") {
		t.Fatalf("EditRecord with the lock held elsewhere: %v", err)
	}
	for name, f := range map[string]func() error{
		"Save": func() error {
			_, err := records.Save(recordtest.Simple("r2", "Alice", 2, recordtest.Noon(4), session.Held, 5000))
			return err
		},
		"AddNewcomer":   func() error { _, err := book.AddNewcomer("Bob", book.NewDate(2026, time.November, 1)); return err },
		"Forget":        func() error { _, _, err := forget.Newcomer("Alice"); return err },
		"outputs.Write": func() error { _, err := outputs.Write(t.TempDir()+"/out.csv", []byte("x")); return err },
	} {
		if err := f(); err == nil || !strings.Contains(err.Error(), "another partnercoach") {
			t.Errorf("%s with the lock held elsewhere: %v", name, err)
		}
	}
}
