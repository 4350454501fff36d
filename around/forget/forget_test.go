package store

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"partnercoach/session"
)

func TestForgetDeletesOnlyThatNewcomer(t *testing.T) {
	useTempData(t)
	mustSave(t,
		simpleRecord("a1", "Alice", 1, noon(3), session.Held, 2500),
		simpleRecord("a2", "alice", 2, noon(10), session.NoShow, 5000),
		simpleRecord("c1", "Carol", 1, noon(4), session.Held, 2500),
		simpleRecord("c2", "Alice Carol", 1, noon(5), session.Held, 2500))
	AddNewcomer("Alice", day(1))
	AddNewcomer("Carol", day(2))
	// Damaged copies: one of Alice's that no longer parses, one of Carol's.
	aliceCopy := writeRaw(t, "a3.json", `{"format": 1, "newcomer": "ALICE", "notes": [`)
	carolCopy := writeRaw(t, "c3.json", `{"format": 9, "id": "c3", "newcomer": "Carol"}`)
	_, problems := List()
	if len(problems) != 2 {
		t.Fatalf("problems %v", problems)
	}
	movedAlice, movedCarol := problems[0].MovedTo, problems[1].MovedTo
	if problems[0].Path != aliceCopy || problems[1].Path != carolCopy {
		t.Fatalf("problems in another order: %v", problems)
	}
	// A leftover of a write cut short, holding Alice's record.
	leftover := writeRaw(t, ".a1.json123", `{"newcomer": "Alice", "summ`)

	f, problems, err := Forget(" alice ")
	if err != nil || len(problems) > 0 {
		t.Fatal(problems, err)
	}
	if !slices.Equal(f.Records, []string{"a1", "a2"}) || !f.Entry ||
		!slices.Equal(f.Copies, []string{leftover, movedAlice}) || !f.Complete() {
		t.Fatalf("forgotten %+v", f)
	}
	for _, gone := range []string{RecordPath("a1"), RecordPath("a2"), movedAlice, leftover} {
		if _, err := os.Stat(gone); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there", gone)
		}
	}
	recs, _ := List()
	if len(recs) != 2 || recs[0].ID != "c1" || recs[1].ID != "c2" {
		t.Errorf("other records after forget: %v", recs)
	}
	if _, err := os.Stat(movedCarol); err != nil {
		t.Errorf("Carol's damaged copy was touched: %v", err)
	}
	if got := names(mustList(t)); !slices.Equal(got, []string{"Carol"}) {
		t.Errorf("newcomers after forget: %v", got)
	}
}

func TestForgetNotesDamagedNewcomerLists(t *testing.T) {
	useTempData(t)
	if err := os.MkdirAll(DamagedDir(), 0o700); err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(DamagedDir(), "newcomers.20261122-153000.json")
	os.WriteFile(list, []byte(`{"newcomers": [{"name": "alice"}, {"name": "Carol"`), 0o600)
	f, _, err := Forget("Alice")
	if err != nil || len(f.Left) != 1 || f.Left[0].Path != list || f.Empty() || f.Complete() {
		t.Fatalf("forgotten %+v, %v", f, err)
	}
	if _, err := os.Stat(list); err != nil {
		t.Errorf("a list holding others was deleted: %v", err)
	}
}

func TestForgetOfNobodyIsEmpty(t *testing.T) {
	useTempData(t)
	mustSave(t, simpleRecord("c1", "Carol", 1, noon(4), session.Held, 2500))
	f, _, err := Forget("Alice")
	if err != nil || !f.Empty() {
		t.Fatalf("%+v, %v", f, err)
	}
	if _, _, err := Load("c1"); err != nil {
		t.Fatal(err)
	}
}
