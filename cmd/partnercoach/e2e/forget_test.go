package e2e_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/e2e"
	"partnercoach/session"
)

// forgotten is the newcomer the forget tests forget: a name no other text
// holds by chance, and the initials a calendar shows of it.
const (
	forgotten         = "Zora Quillfeather"
	forgottenInitials = "Z.Q."
)

// writeRecord writes a record file straight into the records folder of
// env's data folder, as Save would but without its lock and fsync, so
// that thousands can be written quickly.
func writeRecord(t *testing.T, records string, rec session.Record) string {
	t.Helper()
	rec.Format = session.RecordFormat
	data, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(records, rec.ID+".json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// heldRecord is a held session of a newcomer's on a day of 2025.
func heldRecord(id, newcomer string, day int, notes ...string) session.Record {
	start := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, day)
	rec := session.Record{ID: id, Newcomer: newcomer, Number: 1, Script: "first", Started: start,
		Ended: start.Add(50 * time.Minute), Outcome: session.Held, FeeCents: 2500}
	for _, n := range notes {
		rec.Notes = append(rec.Notes, session.Note{At: start, Step: "welcome", Text: n})
	}
	return rec
}

// namingFiles reads every file under root, following nothing, and returns
// those that hold the name, its last word alone or its initials, in any
// case, written as they are or escaped in JSON.
func namingFiles(t *testing.T, root string) []string {
	t.Helper()
	words := strings.Fields(forgotten)
	pattern := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(forgotten) + `|` + regexp.QuoteMeta(words[len(words)-1]) +
		`|\b` + regexp.QuoteMeta(forgottenInitials) + `|\bZQ\b`)
	var naming []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var unescaped string
		json.Unmarshal(append(append([]byte(`"`), bytes.ReplaceAll(data, []byte(`"`), nil)...), '"'), &unescaped)
		if pattern.Match(data) || pattern.MatchString(unescaped) || pattern.MatchString(filepath.Base(path)) {
			naming = append(naming, path)
		}
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return naming
}

// exportHoldsThem and calendarHoldsThem are the ends of forget's line
// about an export that still holds the newcomer: by name (the log's
// export), or by their sessions (a calendar, which names them by initials
// only).
const (
	exportHoldsThem   = " still holds them: partnercoach does not delete a file you asked it to write; export again, which leaves them out, or delete it.\n"
	calendarHoldsThem = " still holds their sessions: partnercoach does not delete a file you asked it to write; export the calendar again, which cancels them (or removes their files from a folder of events), or delete it.\n"
)

// TestForgetReadsEveryFileAndChecks forgets a newcomer whose records sort
// second and last among 3,000 others, with damaged copies, temporary files
// of writes cut short, an autosave, appointments and the leftover of an
// export cut short; then reads every file under the data, state and config
// folders for the name. On the code before, forget stopped at the first
// record that did not name her and said it had deleted her; and before
// that, it did not name the calendar export that held her session.
func TestForgetReadsEveryFileAndChecks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	env := append(e2e.HomeEnv(dir), "PARTNERCOACH_NOW=2026-12-04T10:00:00Z")
	data, state := filepath.Join(dir, "data", "partnercoach"), filepath.Join(dir, "state", "partnercoach")
	records := filepath.Join(data, "records")
	damaged := filepath.Join(records, "damaged")
	for _, d := range []string{damaged, state, filepath.Join(dir, "config", "partnercoach")} {
		os.MkdirAll(d, 0o700)
	}
	mustRun(t, env, "newcomer", "add", "Amy Early", "--assigned", "2025-01-01")
	mustRun(t, env, "newcomer", "add", forgotten, "--assigned", "2025-01-01")
	mustRun(t, env, "newcomer", "schedule", forgotten, "2026-12-10 15:00", "--tz", "Europe/Berlin")
	writeRecord(t, records, heldRecord("2025-01-01-1200", "Amy Early", 0))
	writeRecord(t, records, heldRecord("2025-01-02-1200", forgotten, 1))
	for i := range 3000 {
		writeRecord(t, records, heldRecord(fmt.Sprintf("2025-02-%04d", i), fmt.Sprintf("Other %d", i), 40+i%300))
	}
	writeRecord(t, records, heldRecord("2025-09-09-1200", strings.ToLower(forgotten), 250))
	plant := func(path, content string) string {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// An export that was written, and one of the same file cut short by a
	// kill: its hidden temporary file is left beside it. Then files left
	// by writes cut short and damaged copies, everywhere.
	exports := filepath.Join(dir, "exports")
	os.MkdirAll(exports, 0o700)
	mustRun(t, env, "calendar", "export", "--output", filepath.Join(exports, "cal.ics"))
	csv := filepath.Join(exports, "log.csv")
	mustRun(t, env, "log", "export", "--format", "csv", "--output", csv)
	planted := []string{
		plant(filepath.Join(exports, ".cal.ics4471239"), "BEGIN:VCALENDAR\nSUMMARY:Partnership coaching with "+forgottenInitials+"\n"),
		plant(filepath.Join(damaged, "2025-03-03-1200.20250303-130000.json"), `{"format": 7, "newcomer": "Zora \u0051uillfeather"}`),
		plant(filepath.Join(records, ".2025-09-09-1200.json8812"), `{"format": 1, "newcomer": "Zora Quillfeather", "no`),
		plant(filepath.Join(data, ".newcomers.json991"), `{"format": 1, "newcomers": [{"name": "ZORA QUILLFEATHER", "assig`),
		plant(filepath.Join(state, ".session.json77123"), `{"format": 1, "newcomer": "Zora Quillfeather", "note_draft": "sh`),
	}

	out := mustRun(t, env, "newcomer", "forget", forgotten, "--yes")
	for _, want := range []string{
		"Deleted 2 records of " + forgotten + ": 2025-01-02-1200, 2025-09-09-1200.\n",
		"Deleted " + forgotten + " from the newcomer list, with their appointments.\n",
		"No file in partnercoach's folders names " + forgotten + " any more.\n",
		"Your export " + csv + exportHoldsThem,
		"Your export " + filepath.Join(exports, "cal.ics") + calendarHoldsThem,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("forget does not say %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "Deleted "+planted[0]+", left by an export cut short (it may name them).\n") {
		t.Errorf("forget does not name the export's leftover %s as deleted:\n%s", planted[0], out)
	}
	for _, p := range planted[1:] {
		if !strings.Contains(out, "Deleted "+p+", which names them") {
			t.Errorf("forget does not name %s as deleted:\n%s", p, out)
		}
	}
	for _, sub := range []string{"data", "state", "config"} {
		if naming := namingFiles(t, filepath.Join(dir, sub)); len(naming) > 0 {
			t.Errorf("after forget, files under %s still name %s:\n%s", sub, forgotten, strings.Join(naming, "\n"))
		}
	}
	if _, err := os.Lstat(planted[0]); !os.IsNotExist(err) {
		t.Errorf("the leftover of the export is still there: %v", err)
	}
	if log := mustRun(t, env, "log"); strings.Count(log, "\n") != 3002 || strings.Contains(log, "Quillfeather") {
		t.Errorf("log after forget has %d lines", strings.Count(log, "\n"))
	}
}
