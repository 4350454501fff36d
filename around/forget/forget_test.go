package forget

import (
	"time"

	"partnercoach/around/book"
	"partnercoach/around/records"
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"
	"partnercoach/internal/paths"

	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"partnercoach/session"
)

func TestForgetDeletesOnlyThatNewcomer(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, records.Save,
		recordtest.Simple("a1", "Alice", 1, recordtest.Noon(3), session.Held, 2500),
		recordtest.Simple("a2", "alice", 2, recordtest.Noon(10), session.NoShow, 5000),
		recordtest.Simple("c1", "Carol", 1, recordtest.Noon(4), session.Held, 2500),
		recordtest.Simple("c2", "Alice Carol", 1, recordtest.Noon(5), session.Held, 2500))
	book.AddNewcomer("Alice", book.NewDate(2026, time.November, 1))
	book.AddNewcomer("Carol", book.NewDate(2026, time.November, 2))
	// Damaged copies: one of Alice's that no longer parses, one of Carol's.
	aliceCopy := recordtest.WriteIn(t, records.Dir(), "a3.json", `{"format": 1, "newcomer": "ALICE", "notes": [`)
	carolCopy := recordtest.WriteIn(t, records.Dir(), "c3.json", `{"format": 9, "id": "c3", "newcomer": "Carol"}`)
	_, problems := records.List()
	if len(problems) != 2 {
		t.Fatalf("problems %v", problems)
	}
	movedAlice, movedCarol := problems[0].MovedTo, problems[1].MovedTo
	if problems[0].Path != aliceCopy || problems[1].Path != carolCopy {
		t.Fatalf("problems in another order: %v", problems)
	}
	// A leftover of a write cut short, holding Alice's record.
	leftover := recordtest.WriteIn(t, records.Dir(), ".a1.json123", `{"newcomer": "Alice", "summ`)

	f, problems, err := Newcomer(" alice ")
	if err != nil || len(problems) > 0 {
		t.Fatal(problems, err)
	}
	if !slices.Equal(f.Records, []string{"a1", "a2"}) || !f.Entry ||
		!slices.Equal(f.Copies, []string{leftover, movedAlice}) || !f.Complete() {
		t.Fatalf("forgotten %+v", f)
	}
	for _, gone := range []string{filepath.Join(records.Dir(), "a1.json"), filepath.Join(records.Dir(), "a2.json"), movedAlice, leftover} {
		if _, err := os.Stat(gone); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there", gone)
		}
	}
	recs, _ := records.List()
	if len(recs) != 2 || recs[0].ID != "c1" || recs[1].ID != "c2" {
		t.Errorf("other records after forget: %v", recs)
	}
	if _, err := os.Stat(movedCarol); err != nil {
		t.Errorf("Carol's damaged copy was touched: %v", err)
	}
	if got := listed(t); !slices.Equal(got, []string{"Carol"}) {
		t.Errorf("newcomers after forget: %v", got)
	}
}

func TestForgetNotesDamagedNewcomerLists(t *testing.T) {
	filetest.PrivateData(t)
	if err := os.MkdirAll(records.DamagedDir(), 0o700); err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(records.DamagedDir(), "newcomers.20261122-153000.json")
	os.WriteFile(list, []byte(`{"newcomers": [{"name": "alice"}, {"name": "Carol"`), 0o600)
	f, _, err := Newcomer("Alice")
	if err != nil || len(f.Left) != 1 || f.Left[0].Path != list || f.Empty() || f.Complete() {
		t.Fatalf("forgotten %+v, %v", f, err)
	}
	if _, err := os.Stat(list); err != nil {
		t.Errorf("a list holding others was deleted: %v", err)
	}
}

func TestForgetOfNobodyIsEmpty(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, records.Save, recordtest.Simple("c1", "Carol", 1, recordtest.Noon(4), session.Held, 2500))
	f, _, err := Newcomer("Alice")
	if err != nil || !f.Empty() {
		t.Fatalf("%+v, %v", f, err)
	}
	if _, _, err := records.Load("c1"); err != nil {
		t.Fatal(err)
	}
}

// listed reads the names in the newcomer book.
func listed(t *testing.T) []string {
	t.Helper()
	list, _, err := book.ListNewcomers()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range list {
		out = append(out, n.Name)
	}
	return out
}

// TestForgetFindsANameHoweverItsAccentsAreWritten: "Zoé" may be written
// with é as one character or as an e and a combining accent (as text
// pasted from a macOS file name has it), and records and a list kept by
// an older version may hold her under either. Forgetting her by the other
// form deletes every record and the entry of hers; before, forget
// deleted only the form typed and said she was forgotten while the list
// still named her.
func TestForgetFindsANameHoweverItsAccentsAreWritten(t *testing.T) {
	filetest.PrivateData(t)
	composed, decomposed := "Zo\u00e9 Smith", "Zoe\u0301 Smith"
	recordtest.SaveAll(t, records.Save,
		recordtest.Simple("z1", composed, 1, recordtest.Noon(3), session.Held, 2500),
		recordtest.Simple("z2", decomposed, 2, recordtest.Noon(10), session.Held, 5000),
		recordtest.Simple("c1", "Carol", 1, recordtest.Noon(4), session.Held, 2500))
	list := `{"format": 1, "newcomers": [{"name": "` + decomposed + `", "assigned": "2026-11-02"}, ` +
		`{"name": "Carol", "assigned": "2026-11-03"}]}`
	if err := os.WriteFile(filepath.Join(paths.DataDir(), "newcomers.json"), []byte(list), 0o600); err != nil {
		t.Fatal(err)
	}
	f, problems, err := Newcomer(composed)
	if err != nil || len(problems) > 0 {
		t.Fatal(problems, err)
	}
	if !slices.Equal(f.Records, []string{"z1", "z2"}) || !f.Entry || !f.Complete() {
		t.Fatalf("forgotten %+v", f)
	}
	if got := listed(t); !slices.Equal(got, []string{"Carol"}) {
		t.Errorf("newcomers after forget: %q", got)
	}
}
