package book

import (
	"path/filepath"

	"partnercoach/around/fees"
	"partnercoach/around/records"
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/safefile"

	"fmt"
	"os"
	"testing"
	"time"

	"partnercoach/internal/e2e"
	"partnercoach/session"
)

// writeBook writes a newcomer list of n entries and a held session for
// every tenth of them, as a coach's book that grew for years would be.
func writeBook(b *testing.B, n int) time.Time {
	b.Helper()
	b.Setenv("XDG_DATA_HOME", b.TempDir())
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	list := make([]Newcomer, n)
	for i := range list {
		list[i] = Newcomer{Name: fmt.Sprintf("Newcomer %05d", i), Assigned: NewDate(2026, time.November, 1)}
	}
	data, err := jsonfile.Encode(newcomerFile{Format: newcomersFormat, Newcomers: list})
	if err != nil {
		b.Fatal(err)
	}
	if err := safefile.WriteFile(listPath(), data); err != nil {
		b.Fatal(err)
	}
	os.MkdirAll(records.Dir(), 0o700)
	for i := 0; i < n; i += 10 {
		start := now.AddDate(0, 0, -1-i%300)
		rec := recordtest.Simple(fmt.Sprintf("r%05d", i), list[i].Name, 1, start, session.Held, 2500)
		data, _ := jsonfile.Encode(rec)
		if err := os.WriteFile(filepath.Join(records.Dir(), rec.ID+".json"), data, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	return now
}

// benchmarkList measures what "newcomer list" does with a book of n
// newcomers: read the list and the records, and work out every status.
func benchmarkList(b *testing.B, n int) {
	now := writeBook(b, n)
	b.ResetTimer()
	for range b.N {
		list, _, err := ListNewcomers()
		if err != nil {
			b.Fatal(err)
		}
		recs, _ := records.List()
		if got := len(Statuses(list, recs, fees.Fees{First: 2500, Later: 5000}, now)); got != n {
			b.Fatalf("%d statuses, want %d", got, n)
		}
	}
}

// benchmarkAdd measures "newcomer add" with a book of n newcomers: read,
// check, add one and write back, under the lock.
func benchmarkAdd(b *testing.B, n int) {
	writeBook(b, n)
	b.ResetTimer()
	for i := range b.N {
		if _, err := AddNewcomer(fmt.Sprintf("Added %d", i), NewDate(2026, time.December, 1)); err != nil {
			b.Fatal(err)
		}
	}
}

// go test -run '^$' -bench 'Book' -benchtime 3x ./around/book
func BenchmarkBookList1k(b *testing.B)  { benchmarkList(b, 1000) }
func BenchmarkBookList10k(b *testing.B) { benchmarkList(b, 10000) }
func BenchmarkBookList20k(b *testing.B) { benchmarkList(b, 20000) }
func BenchmarkBookAdd1k(b *testing.B)   { benchmarkAdd(b, 1000) }
func BenchmarkBookAdd10k(b *testing.B)  { benchmarkAdd(b, 10000) }
func BenchmarkBookAdd20k(b *testing.B)  { benchmarkAdd(b, 20000) }

// bookWork is the work "newcomer list" and "newcomer add" do with a book,
// in memory: decode and check the list, then work out every status.
func bookWork(t *testing.T, data []byte, recs []session.Record, now time.Time) {
	var f newcomerFile
	if err := jsonfile.Decode("newcomers.json", data, &f); err != nil {
		t.Fatal(err)
	}
	if p := checkNewcomers("newcomers.json", data, f); p != nil {
		t.Fatal(p)
	}
	Statuses(f.Newcomers, recs, fees.Fees{First: 2500, Later: 5000}, now)
}

// bookOf is a newcomer list of n entries, encoded, and a held session for
// every tenth of them.
func bookOf(t *testing.T, n int, now time.Time) ([]byte, []session.Record) {
	list := make([]Newcomer, n)
	var recs []session.Record
	for i := range list {
		list[i] = Newcomer{Name: fmt.Sprintf("Newcomer %05d", i), Assigned: NewDate(2026, time.November, 1)}
		if i%10 == 0 {
			recs = append(recs, recordtest.Simple(fmt.Sprintf("r%05d", i), list[i].Name, 1, now.AddDate(0, 0, -1-i%300), session.Held, 2500))
		}
	}
	data, err := jsonfile.Encode(newcomerFile{Format: newcomersFormat, Newcomers: list})
	if err != nil {
		t.Fatal(err)
	}
	return data, recs
}

// TestDrillBookGrowsLinearly times the work of "newcomer list" on books
// of 5,000 and 20,000 newcomers, the fastest of five runs each: four times
// the book must take less than eight times as long (linear work takes
// about four; on the code before, which compared every name with every
// other, it took about sixteen). It is a drill, as any measure of time is
// at the mercy of a busy machine.
func TestDrillBookGrowsLinearly(t *testing.T) {
	e2e.Drill(t)
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	fastest := func(n int) time.Duration {
		data, recs := bookOf(t, n, now)
		best := time.Duration(1<<63 - 1)
		for range 5 {
			start := time.Now()
			bookWork(t, data, recs, now)
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := fastest(5000), fastest(20000)
	ratio := float64(large) / float64(small)
	t.Logf("5,000 newcomers: %v; 20,000: %v; ratio %.1f", small, large, ratio)
	if ratio >= 8 {
		t.Errorf("four times the book took %.1f times as long (%v, %v): expected linear work, about 4", ratio, small, large)
	}
}
