package autosave

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/records"
	"partnercoach/internal/filetest"
	"partnercoach/session"
)

// TestFinishWhoseAutosaveStays: a record written whose autosave cannot be
// removed after it comes back with its id as well as the error, which
// names the autosave once; and the autosave left is no reason to take a
// later save for one on disk.
func TestFinishWhoseAutosaveStays(t *testing.T) {
	filetest.PrivateData(t)
	l, now := openPrivateLive(t)
	s := liveSession(t, now)
	// A folder with something in it in the autosave's place cannot be
	// removed, whoever runs the test (root too).
	if err := os.MkdirAll(filepath.Join(Path(), "inside"), 0o700); err != nil {
		t.Fatal(err)
	}
	rec := s.Record("", session.Closing{Outcome: session.Held}, now.Add(time.Minute))
	id, err := l.Finish(rec)
	if id == "" || err == nil {
		t.Fatalf("Finish = %q, %v; want the record's id and the autosave's error", id, err)
	}
	if got := strings.Count(err.Error(), Path()); got != 1 {
		t.Errorf("the error names the autosave %d times: %v", got, err)
	}
	recs, problems := records.List()
	if len(recs) != 1 || len(problems) != 0 || recs[0].ID != id {
		t.Fatalf("records %v, problems %v; want the one written as %s", recs, problems, id)
	}
	if err := l.Autosave(1, s.Snapshot(now)); err == nil {
		t.Fatal("a save into the autosave's place, still taken, was said to be written")
	}
}
