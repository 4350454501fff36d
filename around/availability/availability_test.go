package availability

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/book"
	"partnercoach/internal/filetest"
	"partnercoach/internal/paths"
)

// TestMain keeps the tests out of the coach's own folders.
func TestMain(m *testing.M) { filetest.Main(m) }

// said is when the tests' answers are given: 4 December 2026, 10:00 in
// Berlin.
var said = time.Date(2026, 12, 4, 10, 0, 0, 0, time.FixedZone("CET", 3600))

// TestKeptAndReadBack: an answer is read back as it was kept, the time
// with its offset, a yes drops the day of return, and the file is private
// and names nobody.
func TestKeptAndReadBack(t *testing.T) {
	for _, tt := range []struct {
		name       string
		kept       Answer
		want       Answer
		wantInFile string
	}{
		{"yes", Answer{Available: true, Said: said}, Answer{Available: true, Said: said}, `"available": true`},
		{"not now", Answer{Said: said}, Answer{Said: said}, `"available": false`},
		{"not until a day", Answer{Said: said, Until: book.NewDate(2027, 1, 10)},
			Answer{Said: said, Until: book.NewDate(2027, 1, 10)}, `"until": "2027-01-10"`},
		{"yes drops the day", Answer{Available: true, Said: said, Until: book.NewDate(2027, 1, 10)},
			Answer{Available: true, Said: said}, `"said": "2026-12-04T10:00:00+01:00"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filetest.PrivateData(t)
			if err := Keep(tt.kept); err != nil {
				t.Fatal(err)
			}
			got, p, err := Read()
			if err != nil || p != nil {
				t.Fatalf("Read: %v, %v", p, err)
			}
			if got.Available != tt.want.Available || !got.Said.Equal(tt.want.Said) || got.Until != tt.want.Until {
				t.Errorf("read back %+v, want %+v", got, tt.want)
			}
			path := filepath.Join(dir, paths.App, FileName)
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != 0o600 {
				t.Errorf("mode %v, want 0600", info.Mode().Perm())
			}
			if d, _ := os.Stat(filepath.Dir(path)); d.Mode().Perm() != 0o700 {
				t.Errorf("folder mode %v, want 0700", d.Mode().Perm())
			}
			data, _ := os.ReadFile(path)
			if !strings.Contains(string(data), tt.wantInFile) {
				t.Errorf("the file lacks %s:\n%s", tt.wantInFile, data)
			}
			if tt.kept.Available && strings.Contains(string(data), "until") {
				t.Errorf("a yes keeps a day of return:\n%s", data)
			}
		})
	}
}

// TestNeverAnswered: with no file, the answer is not given, and reading
// it creates nothing (a rehearsal reads it and must leave no folder).
func TestNeverAnswered(t *testing.T) {
	dir := filetest.PrivateData(t)
	a, p, err := Read()
	if err != nil || p != nil || a.Given() {
		t.Fatalf("Read = %+v, %v, %v; want nothing given", a, p, err)
	}
	if _, err := os.Stat(filepath.Join(dir, paths.App)); !os.IsNotExist(err) {
		t.Errorf("reading created the data folder: %v", err)
	}
}

// TestAnswerKeepsItsTime: an answer without the time it was given is
// refused, and nothing is written.
func TestAnswerKeepsItsTime(t *testing.T) {
	dir := filetest.PrivateData(t)
	if err := Keep(Answer{Available: true}); err == nil {
		t.Fatal("an answer without its time was kept")
	}
	if _, err := os.Stat(filepath.Join(dir, paths.App, FileName)); !os.IsNotExist(err) {
		t.Errorf("a file was written: %v", err)
	}
}

// TestDamagedIsMovedAside: a file that cannot be read is moved aside and
// reported at its line and column; the answer is then not given, and a
// new one is kept in its place.
func TestDamagedIsMovedAside(t *testing.T) {
	for _, tt := range []struct {
		name, text, where, what string
	}{
		{"not JSON", "{\n  \"available\": yes\n}\n", ":2:", "invalid"},
		{"format", "{\n  \"format\": 9,\n  \"available\": true,\n  \"said\": \"2026-12-04T10:00:00+01:00\"\n}\n", ":2:3", "format is 9"},
		{"no time", "{\n  \"format\": 1,\n  \"available\": true\n}\n", "available.json:", "expected said"},
		{"until with yes", "{\n  \"format\": 1,\n  \"available\": true,\n  \"said\": \"2026-12-04T10:00:00+01:00\",\n  \"until\": \"2027-01-10\"\n}\n",
			":5:3", "until goes only"},
		{"unknown field", "{\n  \"format\": 1,\n  \"newcomer\": \"Bob\"\n}\n", ":3:", "newcomer"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filetest.PrivateData(t)
			path := filepath.Join(dir, paths.App, FileName)
			if err := paths.Ensure(filepath.Dir(path)); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(tt.text), 0o600); err != nil {
				t.Fatal(err)
			}
			a, p, err := Read()
			if err != nil || p == nil {
				t.Fatalf("Read = %+v, %v, %v; want a problem", a, p, err)
			}
			if msg := p.Error(); !strings.Contains(msg, tt.where) || !strings.Contains(msg, tt.what) || p.MovedTo == "" {
				t.Errorf("problem %q, want %q and %q, moved aside", msg, tt.where, tt.what)
			}
			if a.Given() {
				t.Errorf("a damaged file gave an answer: %+v", a)
			}
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Errorf("the damaged file is still in place: %v", err)
			}
			if err := Keep(Answer{Available: true, Said: said}); err != nil {
				t.Fatal(err)
			}
			if a, p, _ := Read(); p != nil || !a.Available {
				t.Errorf("after keeping anew: %+v, %v", a, p)
			}
		})
	}
}

// TestNotARegularFile: a folder where the file should be is refused, not
// read through and not replaced.
func TestNotARegularFile(t *testing.T) {
	dir := filetest.PrivateData(t)
	path := filepath.Join(dir, paths.App, FileName)
	if err := os.MkdirAll(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Read(); err == nil {
		t.Error("a folder was read as the answer")
	}
	if err := Keep(Answer{Available: true, Said: said}); err == nil {
		t.Error("an answer was written over a folder")
	}
}
