//go:build unix

package records

import (
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"
	"partnercoach/internal/jsonfile"

	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"partnercoach/session"
)

func TestLogShowOfASymlinkOrFIFOIsRefused(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, Save, recordtest.Simple("good", "AB", 1, recordtest.At(9, 0, 0), session.Held, 2500))
	if err := os.Symlink("/dev/zero", recordPath("zero")); err != nil {
		t.Fatal(err)
	}
	filetest.Mkfifo(t, recordPath("fifo"))
	os.Mkdir(recordPath("folder"), 0o700)
	for _, id := range []string{"zero", "fifo"} {
		filetest.Within(t, func() {
			_, _, err := Load(id)
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("Load(%s): %v", id, err)
			}
		})
	}
	var recs []session.Record
	var problems []jsonfile.Problem
	filetest.Within(t, func() { recs, problems = List() })
	if len(recs) != 1 {
		t.Fatalf("records %v", recs)
	}
	var named []string
	for _, p := range problems {
		named = append(named, filepath.Base(p.Path))
		if p.MovedTo != "" {
			t.Errorf("%s was moved", p.Path)
		}
	}
	slices.Sort(named)
	if !slices.Equal(named, []string{"fifo.json", "folder.json", "zero.json"}) {
		t.Fatalf("problems %v, want the FIFO, the folder and the link named", problems)
	}
}
