package records

import (
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"
	"partnercoach/internal/jsonfile"

	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

// minimal is a small valid record file, one key a line, so that the
// places of problems are easy to count: "format" is on line 2, "id" on
// line 3, "script" 4, "started" 5, "outcome" 6, "fee_cents" 7, "steps" 8.
const minimal = `{
  "format": 1,
  "id": "bad",
  "script": "first",
  "started": "2026-11-22T15:03:00Z",
  "outcome": "held",
  "fee_cents": 2500,
  "steps": [{"id": "a", "title": "A", "planned": "5m", "actual": "6m"}],
  "recommendation": {"further_sessions": 0, "ready_for_partnership": false}
}
`

func TestDamagedRecordsAreMovedAsideAndTheRestLoad(t *testing.T) {
	tests := []struct {
		name      string
		content   string
		line, col int
		msg       string
	}{
		{"not JSON", strings.Replace(minimal, `"held"`, `held`, 1), 6, 14, "invalid character 'h' looking for beginning of value"},
		{"trailing comma", strings.Replace(minimal, `false}`, `false},`, 1), 10, 1, "invalid character '}' looking for beginning of object key string"},
		{"cut short", minimal[:60], 5, 8, "the JSON stops short"},
		{"empty", "", 1, 1, "the file is empty: expected a JSON object"},
		{"text after", minimal + "{}\n", 11, 1, "unexpected text after the end of the JSON value"},
		{"unknown field", strings.Replace(minimal, `"fee_cents"`, `"mood": "x",
  "fee_cents"`, 1), 7, 3, `unknown field "mood"`},
		{"unknown nested field", strings.Replace(minimal, `"planned"`, `"plan": "1m", "planned"`, 1), 8, 39, `unknown field "plan"`},
		{"wrong format", strings.Replace(minimal, `"format": 1`, `"format": 2`, 1), 2, 3, "format is 2; this partnercoach reads records of format 1"},
		{"no format", strings.Replace(minimal, `"format": 1`, `"formats": 1`, 1), 2, 3, `unknown field "formats"`},
		{"id not file name", strings.Replace(minimal, `"bad"`, `"other"`, 1), 3, 3, `id "other" does not match the file name bad.json`},
		{"unknown outcome", strings.Replace(minimal, `"held"`, `"cancelled"`, 1), 6, 3, `outcome "cancelled" is not one of held, no-show, rescheduled, transferred`},
		{"unknown screening", strings.Replace(minimal, `"outcome": "held",`, `"outcome": "held", "screening": "maybe",`, 1), 6, 22, `screening "maybe" is not one of suitable, not-yet, referred`},
		{"zero start", strings.Replace(minimal, `2026-11-22T15:03:00Z`, `0001-01-01T00:00:00Z`, 1), 5, 3, "started is 0001-01-01T00:00:00Z, the zero time"},
		{"year one", strings.Replace(minimal, `2026-11-22T15:03:00Z`, `0001-01-01T00:00:00+01:00`, 1), 5, 3, "started is 0001-01-01T00:00:00+01:00: expected a time from the year 1970 to 2199"},
		{"year 9999", strings.Replace(minimal, `2026-11-22T15:03:00Z`, `9999-12-31T23:00:00Z`, 1), 5, 3, "started is 9999-12-31T23:00:00Z: expected a time from the year 1970 to 2199"},
		{"duplicate key", strings.Replace(minimal, `"fee_cents": 2500,`, `"fee_cents": 2500, "fee_cents": 0,`, 1), 7, 22, `"fee_cents" is given twice in the same object (first at line 7, column 3): expected it once`},
		{"duplicate nested key", strings.Replace(minimal, `"actual": "6m"`, `"actual": "6m", "actual": "1m"`, 1), 8, 72, `"actual" is given twice in the same object (first at line 8, column 56)`},
		{"no start", strings.Replace(minimal, `  "started": "2026-11-22T15:03:00Z",`+"\n", ``, 1), 0, 0, "started is missing"},
		{"bad time", strings.Replace(minimal, `2026-11-22T15:03:00Z`, `yesterday`, 1), 5, 3, `started: expected a time such as 2026-11-22T15:03:00+01:00, got "yesterday"`},
		{"bad duration", strings.Replace(minimal, `"6m"`, `"soon"`, 1), 8, 56, `actual: expected a duration such as 15m or 1m30s, got "soon"`},
		{"wrong type", strings.Replace(minimal, `2500`, `"25"`, 1), 7, 3, "fee_cents: expected a whole number, got a string"},
		{"wrong nested type", strings.Replace(minimal, `"further_sessions": 0`, `"further_sessions": "two"`, 1), 9, 22, "recommendation.further_sessions: expected a whole number, got a string"},
		{"negative fee", strings.Replace(minimal, `2500`, `-5`, 1), 7, 3, "fee_cents is -5: expected 0 or more"},
		// Two such fees summed to a negative total on an invoice.
		{"a fee past any sum", strings.Replace(minimal, `2500`, `4611686018427387904`, 1), 7, 3, "fee_cents is 4611686018427387904: expected 0 or more, and less than 100000000"},
		{"not an object", `["a"]`, 1, 1, "expected an object in { }, got an array"},
		// A null is named at its place: on the code before, the file as a
		// whole got "format is 0", and a null start "the zero time".
		{"null", "\n  null\n", 2, 3, "the file holds null: expected a JSON object in { }"},
		{"null start", strings.Replace(minimal, `"2026-11-22T15:03:00Z"`, `null`, 1), 5, 14, "started is null: expected a time such as 2026-11-22T15:03:00+01:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			filetest.PrivateData(t)
			good := recordtest.Simple("good", "AB", 1, recordtest.At(9, 0, 0), session.Held, 2500)
			recordtest.SaveAll(t, Save, good)
			path := recordtest.WriteIn(t, Dir(), "bad.json", tc.content)
			recs, problems := List()
			if len(recs) != 1 || recs[0].ID != "good" {
				t.Fatalf("the good record did not load: %v", recs)
			}
			if len(problems) != 1 {
				t.Fatalf("problems %v, want one", problems)
			}
			p := problems[0]
			if p.Path != path || p.Line != tc.line || p.Col != tc.col || !strings.HasPrefix(p.Msg, tc.msg) {
				t.Fatalf("problem %s:%d:%d: %s\nwant     %s:%d:%d: %s", p.Path, p.Line, p.Col, p.Msg, path, tc.line, tc.col, tc.msg)
			}
			recordtest.AssertMovedAside(t, p, tc.content, DamagedDir())
		})
	}
}

func TestMovedAsideNeverOverwrites(t *testing.T) {
	filetest.PrivateData(t)
	now = func() time.Time { return time.Date(2026, 11, 22, 15, 30, 0, 0, time.Local) }
	t.Cleanup(func() { now = time.Now })
	if err := os.MkdirAll(DamagedDir(), 0o700); err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(DamagedDir(), "x.20261122-153000.json")
	if err := os.WriteFile(first, []byte("already here"), 0o600); err != nil {
		t.Fatal(err)
	}
	var moved []string
	for _, content := range []string{"one", "two"} {
		recordtest.WriteIn(t, Dir(), "x.json", content)
		_, problems := List()
		if len(problems) != 1 {
			t.Fatalf("problems %v", problems)
		}
		recordtest.AssertMovedAside(t, problems[0], content, DamagedDir())
		moved = append(moved, filepath.Base(problems[0].MovedTo))
	}
	if moved[0] != "x.20261122-153000-2.json" || moved[1] != "x.20261122-153000-3.json" {
		t.Errorf("moved to %v", moved)
	}
	if got, _ := os.ReadFile(first); string(got) != "already here" {
		t.Errorf("an earlier damaged copy was overwritten: %q", got)
	}
}

func TestLoadMovesADamagedRecordAside(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.WriteIn(t, Dir(), "bad.json", strings.Replace(minimal, `"format": 1`, `"format": 7`, 1))
	_, _, err := Load("bad")
	var p *jsonfile.Problem
	if !errors.As(err, &p) || p.Line != 2 || p.MovedTo == "" {
		t.Fatalf("Load: %v", err)
	}
	recordtest.AssertMovedAside(t, *p, strings.Replace(minimal, `"format": 1`, `"format": 7`, 1), DamagedDir())
}

func TestListSkipsTemporaryAndOtherFiles(t *testing.T) {
	filetest.PrivateData(t)
	recordtest.SaveAll(t, Save, recordtest.Simple("good", "AB", 1, recordtest.At(9, 0, 0), session.Held, 2500))
	recordtest.WriteIn(t, Dir(), ".good.json12345", "half a wri")
	notes := recordtest.WriteIn(t, Dir(), "notes.txt", "not a record")
	recs, problems := List()
	if len(recs) != 1 || len(problems) != 1 || problems[0].Path != notes || problems[0].MovedTo != "" {
		t.Fatalf("records %v, problems %v", recs, problems)
	}
	if _, err := os.Stat(notes); err != nil {
		t.Errorf("notes.txt was touched: %v", err)
	}
}
