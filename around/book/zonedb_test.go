package book

import (
	"errors"
	"testing"
	"time"

	// The tests of zones pass on a machine without a zone database too;
	// the system's is still read first where there is one.
	_ "time/tzdata"
)

// withoutZoneDatabase makes the test's machine one with no zone database
// at all, as a bare container is, until the test ends.
func withoutZoneDatabase(t *testing.T) {
	t.Cleanup(func() { loadLocation = time.LoadLocation })
	loadLocation = func(name string) (*time.Location, error) {
		if name == "UTC" {
			return time.UTC, nil
		}
		return nil, errors.New("unknown time zone " + name)
	}
}

func TestLoadZone(t *testing.T) {
	loc, err := LoadZone("Asia/Kolkata")
	if err != nil || loc.String() != "Asia/Kolkata" {
		t.Fatalf("LoadZone(Asia/Kolkata) = %v, %v", loc, err)
	}
	if _, err := LoadZone("Mars/Olympus"); err == nil || errors.Is(err, ErrNoZoneDatabase) {
		t.Errorf("a zone nobody knows, with a database there: %v; want the time package's error", err)
	}
	withoutZoneDatabase(t)
	if _, err := LoadZone("Asia/Kolkata"); !errors.Is(err, ErrNoZoneDatabase) {
		t.Errorf("with no zone database: %v; want ErrNoZoneDatabase", err)
	}
}

// TestNoZoneDatabaseSaysWhatToInstall checks that on a machine with no
// zone database a zone given on the command line is refused with what to
// install, and a zone kept in the book still lets the book be read.
func TestNoZoneDatabaseSaysWhatToInstall(t *testing.T) {
	withoutZoneDatabase(t)
	if err := CheckZone("Europe/Berlin"); !errors.Is(err, ErrNoZoneDatabase) {
		t.Errorf("CheckZone with no database: %v; want ErrNoZoneDatabase", err)
	}
	if _, err := ParseTheirs("2026-12-10 18:00", "Europe/Berlin"); !errors.Is(err, ErrNoZoneDatabase) {
		t.Errorf("ParseTheirs with no database: %v; want ErrNoZoneDatabase", err)
	}
	n := Newcomer{Name: "Olga", Assigned: NewDate(2026, time.November, 25), TimeZone: "Europe/Berlin"}
	if p := appointmentProblem(n); p != "" {
		t.Errorf("a book with a stored zone is taken for damaged with no database: %s", p)
	}
}
