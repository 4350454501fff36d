package calendar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"partnercoach/internal/filetest"
)

// TestADamagedStateIsNamedAtItsPlace: each fault of a hand-edited
// calendar state is named at the line and column of its key, with what
// was expected and how to start afresh.
func TestADamagedStateIsNamedAtItsPlace(t *testing.T) {
	const good = `{
  "format": 1,
  "events": [
    {"uid": "invoice-month-end@partnercoach", "sequence": 0, "start": "20261231", "end": "20270101"},
    {"uid": "invoice-month-end@partnercoach", "sequence": 1, "start": "20270131", "end": "20270201"}
  ]
}
`
	for _, tc := range []struct{ name, from, to, want string }{
		{"format", `"format": 1`, `"format": 7`, ":2:3: format is 7; this partnercoach reads calendar states of format 1"},
		{"uid", `"uid": "invoice-month-end@partnercoach", "sequence": 1`, `"uid": "mine", "sequence": 1`, `:5:6: event 2: "mine" is not a UID`},
		{"start", `"start": "20270131"`, `"start": "2027"`, ":5:62: event 2 (invoice-month-end@partnercoach): expected start and end such as 20261207T090000Z or 20261207"},
		{"sequence", `"sequence": 1`, `"sequence": -5`, ":5:47: event 2 (invoice-month-end@partnercoach): sequence is -5; expected 0 to 1073741824"},
		{"sequence at the int limit", `"sequence": 1`, `"sequence": 9223372036854775807`, ":5:47: event 2 (invoice-month-end@partnercoach): sequence is 9223372036854775807; expected 0 to 1073741824"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			filetest.PrivateData(t)
			path := StatePath()
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(strings.Replace(good, tc.from, tc.to, 1)), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := readState()
			if err == nil || !strings.Contains(err.Error(), path+tc.want) || !strings.Contains(err.Error(), "delete the file to start afresh") {
				t.Fatalf("got %v, want %s%s", err, path, tc.want)
			}
		})
	}
}
