package store

import (
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

func TestAChangeWaitsForTheLockThenGoesOn(t *testing.T) {
	useTempData(t)
	mustSave(t, simpleRecord("r1", "Alice", 1, noon(3), session.Held, 2500))
	unlock, err := lockData()
	if err != nil {
		t.Fatal(err)
	}
	released := make(chan time.Time, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		released <- time.Now()
		unlock()
	}()
	if _, _, err := EditRecord("r1", Change{Outcome: session.NoShow}, Fees{First: 2500, Later: 5000}); err != nil {
		t.Fatal(err)
	}
	if done, at := time.Now(), <-released; done.Before(at) {
		t.Fatal("the edit did not wait for the lock")
	}
	if rec, _, _ := Load("r1"); rec.Outcome != session.NoShow {
		t.Errorf("outcome %q after the wait", rec.Outcome)
	}
}

func TestAChangeIsToldClearlyWhenTheLockIsHeld(t *testing.T) {
	useTempData(t)
	mustSave(t, simpleRecord("r1", "Alice", 1, noon(3), session.Held, 2500))
	unlock, err := lockData()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	lockWait = 200 * time.Millisecond
	t.Cleanup(func() { lockWait = 10 * time.Second })
	_, _, err = EditRecord("r1", Change{Outcome: session.NoShow}, Fees{})
	if err == nil || !strings.Contains(err.Error(), "another partnercoach has been changing your records or newcomer list for 200ms") ||
		!strings.Contains(err.Error(), "nothing was changed") {
		t.Fatalf("EditRecord with the lock held elsewhere: %v", err)
	}
	for name, f := range map[string]func() error{
		"Save":        func() error { return Save(simpleRecord("r2", "Alice", 2, noon(4), session.Held, 5000)) },
		"AddNewcomer": func() error { _, err := AddNewcomer("Bob", day(1)); return err },
		"Forget":      func() error { _, _, err := Forget("Alice"); return err },
		"WriteOutput": func() error { return WriteOutput(t.TempDir()+"/out.csv", []byte("x")) },
	} {
		if err := f(); err == nil || !strings.Contains(err.Error(), "another partnercoach") {
			t.Errorf("%s with the lock held elsewhere: %v", name, err)
		}
	}
	if rec, _, _ := Load("r1"); rec.Outcome != session.Held {
		t.Errorf("the record changed: %q", rec.Outcome)
	}
}
