//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestANameThatHidesTextPrintsEscaped reads a newcomer list kept before
// names were checked for hidden characters, holding a name with a
// right-to-left override and one that is a lone zero-width space: the
// list, the drafts, a booking and the errors show those characters as
// escapes, and no suggested command holds them.
func TestANameThatHidesTextPrintsEscaped(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	env := append(homeEnv(dir), "PARTNERCOACH_NOW=2026-03-20T10:00:00Z")
	book := filepath.Join(dir, "data", "partnercoach", "newcomers.json")
	if err := os.MkdirAll(filepath.Dir(book), 0o700); err != nil {
		t.Fatal(err)
	}
	list := `{"format": 1, "newcomers": [{"name": "Ann\u202eenilnO", "assigned": "2026-03-18"}, {"name": "\u200b", "assigned": "2026-03-19"}]}`
	if err := os.WriteFile(book, []byte(list), 0o600); err != nil {
		t.Fatal(err)
	}
	ann := "Ann\u202eenilnO"
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"newcomer", "list"}, []string{`Ann\u202eenilnO`, `\u200b`}},
		{[]string{"newcomer", "draft", ann, "contact"}, []string{`Dear Ann\u202eenilnO`, "record it with: partnercoach newcomer contacted NAME\n"}},
		{[]string{"newcomer", "draft", "\u200b", "confirm"}, []string{`I have made contact with \u200b`}},
		{[]string{"newcomer", "schedule", ann, "2026-03-21 09:00"}, []string{`Booked Ann\u202eenilnO for`}},
		{[]string{"newcomer", "reschedule", ann, "2026-03-22 09:00", "--by", "coach"}, []string{"partnercoach newcomer draft NAME reschedule"}},
		{[]string{"newcomer", "contacted", "Bob\u202eX"}, []string{`no newcomer is called "Bob\u202eX"; add them first with: partnercoach newcomer add NAME`}},
		{[]string{"newcomer", "add", "\u2066Cy"}, []string{`may not hold the left-to-right isolate (\u2066)`}},
	} {
		out, stderr, _ := runBinaryEnv(t, env, tc.args...)
		what := fmt.Sprintf("%q", tc.args)
		assertPrintable(t, what, out+stderr)
		for _, w := range tc.want {
			if !strings.Contains(out+stderr, w) {
				t.Errorf("%s does not print %q:\n%s%s", what, w, out, stderr)
			}
		}
	}
}
