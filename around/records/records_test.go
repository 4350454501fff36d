package store

import (
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
	useTempData(t)
	want := fullRecord("2026-11-22-1503")
	mustSave(t, want)
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
	useTempData(t)
	mustSave(t, fullRecord("r1"))
	data, err := os.ReadFile(RecordPath("r1"))
	if err != nil {
		t.Fatal(err)
	}
	var top []string
	for _, k := range scanKeys(data) {
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
	useTempData(t)
	start := at(15, 3, 0)
	var ids []string
	for range 3 {
		id := NewID(start)
		mustSave(t, simpleRecord(id, "AB", 1, start, session.Held, 2500))
		ids = append(ids, id)
	}
	want := []string{"2026-11-22-1503", "2026-11-22-1503-2", "2026-11-22-1503-3"}
	if !slices.Equal(ids, want) {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	if id := NewID(at(9, 5, 0)); id != "2026-11-22-0905" {
		t.Errorf("NewID at 09:05 = %q", id)
	}
}

func TestFilesArePrivate(t *testing.T) {
	data := useTempData(t)
	// A records folder and a record left too open are narrowed.
	if err := os.MkdirAll(RecordsDir(), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(RecordPath("r1"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustSave(t, fullRecord("r1"), fullRecord("r2"))
	for path, want := range map[string]os.FileMode{
		filepath.Join(data, "partnercoach"): 0o700,
		RecordsDir():                        0o700,
		RecordPath("r1"):                    0o600,
		RecordPath("r2"):                    0o600,
	} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", path, got, want)
		}
	}
	entries, _ := os.ReadDir(RecordsDir())
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestWriteFileReplacesAtomicallyAndPrivately(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	path := filepath.Join(dir, "f.json")
	for _, content := range []string{"one", "two"} {
		if err := WriteFile(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "two" {
		t.Fatalf("read %q, %v", got, err)
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, filepath.Dir(dir): 0o700, path: 0o600} {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != want {
			t.Errorf("%s: %v %v, want mode %o", p, info.Mode(), err, want)
		}
	}
}

func TestWritePrivateFileLeavesTheFolderAlone(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "export.csv")
	if err := WritePrivateFile(path, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o755 {
		t.Errorf("folder mode changed to %o", info.Mode().Perm())
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("file mode %o, want 600", info.Mode().Perm())
	}
}

func TestSaveRefusesWhatWouldNotLoad(t *testing.T) {
	useTempData(t)
	tests := []struct {
		name string
		edit func(*session.Record)
		want string
	}{
		{"path in id", func(r *session.Record) { r.ID = "../escape" }, `"../escape" is not a record id`},
		{"empty id", func(r *session.Record) { r.ID = "" }, "is not a record id"},
		{"no outcome", func(r *session.Record) { r.Outcome = "" }, `outcome "" is not one of held, no-show, rescheduled, transferred`},
		{"no start", func(r *session.Record) { r.Started = time.Time{} }, "started is missing"},
		{"future format", func(r *session.Record) { r.Format = 2 }, "format is 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := fullRecord("r1")
			tc.edit(&r)
			if err := Save(r); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Save: %v, want an error with %q", err, tc.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(RecordsDir(), "..", "escape.json")); err == nil {
		t.Error("a record was written outside the records folder")
	}
}

func TestSaveFillsInTheFormat(t *testing.T) {
	useTempData(t)
	r := fullRecord("r1")
	r.Format = 0
	mustSave(t, r)
	got, _, err := Load("r1")
	if err != nil || got.Format != session.RecordFormat {
		t.Fatalf("format %d, %v", got.Format, err)
	}
}

func TestListSortsByStartTime(t *testing.T) {
	useTempData(t)
	mustSave(t,
		simpleRecord("b", "AB", 2, at(10, 0, 0), session.Held, 5000),
		simpleRecord("c", "AB", 1, at(9, 0, 0), session.Held, 2500),
		simpleRecord("a", "AB", 3, at(11, 0, 0), session.Held, 5000))
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
	useTempData(t)
	if recs, problems := List(); recs != nil || problems != nil {
		t.Fatalf("List with no folder: %v, %v", recs, problems)
	}
}

func TestLoadMissingSaysSo(t *testing.T) {
	useTempData(t)
	_, _, err := Load("2026-01-01-0900")
	if err == nil || !regexp.MustCompile(`^no record 2026-01-01-0900 in .*records \(partnercoach log lists them\)$`).MatchString(err.Error()) {
		t.Fatalf("Load: %v", err)
	}
}
