package records

import (
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"
	"partnercoach/internal/jsonfile"

	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

func TestRecordRoundTripKeepsEveryField(t *testing.T) {
	filetest.PrivateData(t)
	want := recordtest.Full("2026-11-22-1503")
	recordtest.SaveAll(t, Save, want)
	got, _, err := Load(want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("loaded record differs:\n got %+v\nwant %+v", got, want)
	}
	recs, problems := List()
	if len(problems) > 0 || len(recs) != 1 || !reflect.DeepEqual(recs[0], want) {
		t.Fatalf("List: %d records, problems %v", len(recs), problems)
	}
}

func TestRecordFileIsIndentedInFieldOrder(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, Save, recordtest.Full("r1"))
	data, err := os.ReadFile(recordPath("r1"))
	if err != nil {
		t.Fatal(err)
	}
	var top []string
	for _, k := range jsonfile.ScanKeys(data) {
		if k.Depth == 1 {
			top = append(top, k.Name)
		}
	}
	want := []string{"format", "id", "newcomer", "session_number", "script", "script_title", "started", "ended",
		"outcome", "fee_cents", "steps", "screening", "recommendation", "notes", "marks", "summary"}
	if !slices.Equal(top, want) {
		t.Errorf("keys %v, want %v", top, want)
	}
	if !strings.HasPrefix(string(data), "{\n  \"format\": 1,\n  \"id\": \"r1\",") {
		t.Errorf("not indented:\n%s", data[:40])
	}
	if !strings.Contains(string(data), "<on a headset>") || !strings.Contains(string(data), `"planned": "5m"`) {
		t.Errorf("notes should keep < and >, durations read as 5m:\n%s", data)
	}
}

func TestNewIDIsSortableAndUnique(t *testing.T) {
	filetest.PrivateData(t)
	start := recordtest.At(15, 3, 0)
	var ids []string
	for range 3 {
		// A record with no id is given a new one.
		id, err := Save(recordtest.Simple("", "AB", 1, start, session.Held, 2500))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	want := []string{"2026-11-22-1503", "2026-11-22-1503-2", "2026-11-22-1503-3"}
	if !slices.Equal(ids, want) {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	if id := newID(recordtest.At(9, 5, 0)); id != "2026-11-22-0905" {
		t.Errorf("newID at 09:05 = %q", id)
	}
}

func TestFilesArePrivate(t *testing.T) {
	data := filetest.PrivateData(t)
	// A records folder and a record left too open are narrowed.
	if err := os.MkdirAll(Dir(), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(recordPath("r1"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	recordtest.SaveAll(t, Save, recordtest.Full("r1"), recordtest.Full("r2"))
	for path, want := range map[string]os.FileMode{
		filepath.Join(data, "partnercoach"): 0o700,
		Dir():                               0o700,
		recordPath("r1"):                    0o600,
		recordPath("r2"):                    0o600,
	} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", path, got, want)
		}
	}
	entries, _ := os.ReadDir(Dir())
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestSaveRefusesWhatWouldNotLoad(t *testing.T) {
	filetest.PrivateData(t)
	tests := []struct {
		name string
		edit func(*session.Record)
		want string
	}{
		{"path in id", func(r *session.Record) { r.ID = "../escape" }, `"../escape" is not a record id`},
		{"hidden id", func(r *session.Record) { r.ID = ".r1" }, `".r1" is not a record id`},
		{"no outcome", func(r *session.Record) { r.Outcome = "" }, `outcome "" is not one of held, no-show, rescheduled, transferred`},
		{"no start", func(r *session.Record) { r.Started = time.Time{} }, "started is missing"},
		{"future format", func(r *session.Record) { r.Format = 2 }, "format is 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := recordtest.Full("r1")
			tc.edit(&r)
			if _, err := Save(r); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Save: %v, want an error with %q", err, tc.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(Dir(), "..", "escape.json")); err == nil {
		t.Error("a record was written outside the records folder")
	}
}

func TestSaveFillsInTheFormat(t *testing.T) {
	filetest.PrivateData(t)
	r := recordtest.Full("r1")
	r.Format = 0
	recordtest.SaveAll(t, Save, r)
	got, _, err := Load("r1")
	if err != nil || got.Format != session.RecordFormat {
		t.Fatalf("format %d, %v", got.Format, err)
	}
}

func TestListSortsByStartTime(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, Save,
		recordtest.Simple("b", "AB", 2, recordtest.At(10, 0, 0), session.Held, 5000),
		recordtest.Simple("c", "AB", 1, recordtest.At(9, 0, 0), session.Held, 2500),
		recordtest.Simple("a", "AB", 3, recordtest.At(11, 0, 0), session.Held, 5000))
	recs, problems := List()
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	if len(problems) > 0 || !slices.Equal(ids, []string{"c", "b", "a"}) {
		t.Fatalf("ids %v, problems %v", ids, problems)
	}
}

func TestListOfNothing(t *testing.T) {
	filetest.PrivateData(t)
	if recs, problems := List(); recs != nil || problems != nil {
		t.Fatalf("List with no folder: %v, %v", recs, problems)
	}
}

func TestLoadMissingSaysSo(t *testing.T) {
	filetest.PrivateData(t)
	_, _, err := Load("2026-01-01-0900")
	if err == nil || !regexp.MustCompile(`^no record 2026-01-01-0900 in .*records \(partnercoach log lists them\)$`).MatchString(err.Error()) {
		t.Fatalf("Load: %v", err)
	}
}
