package forget

import (
	"partnercoach/around/names"
	"partnercoach/around/records"
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"

	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"partnercoach/internal/paths"
	"partnercoach/session"
)

func TestForgetFindsTheNameHoweverItIsWritten(t *testing.T) {
	filetest.PrivateData(t)
	filetest.PrivateState(t)
	os.MkdirAll(records.DamagedDir(), 0o700)
	os.MkdirAll(paths.StateDir(), 0o700)
	put := func(path, content string) string {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	recordtest.SaveAll(t, records.Save, recordtest.Simple("other", "AB Samples", 1, recordtest.Noon(4), session.Held, 2500))
	naming := []string{
		// A damaged copy, valid JSON, with the name escaped.
		put(filepath.Join(records.DamagedDir(), "r1.20261122-150000.json"), `{"format": 9, "newcomer": "AB \u0053ample"}`),
		// The name in a list.
		put(filepath.Join(records.DamagedDir(), "r2.20261122-150000.json"), `{"format": 1, "Newcomer": ["x", "ab sample"]}`),
		// Cut short, the name escaped in another way.
		put(filepath.Join(records.DamagedDir(), "r3.20261122-150000.json"), `{"newcomer": "\u0041\u0042 Sample", "notes": [{"text": "she`),
		// Cut short, the name in a list.
		put(filepath.Join(records.DamagedDir(), "r4.20261122-150000.json"), `{"newcomer": [ "AB Sample" ], "summ`),
		// Leftover temporary files of writes cut short, everywhere.
		put(filepath.Join(records.Dir(), ".2026-11-22-1503.json123"), `{"format": 1, "newcomer": "AB Sample", "no`),
		put(filepath.Join(paths.StateDir(), ".session.json4455667788"), `{"format": 1, "script": "first", "newcomer": "AB Sample", "note_draft": "she said`),
		put(filepath.Join(paths.StateDir(), "session.json.damaged-20261122T150000-1"), `{"newcomer": "AB\u0020Sample"`),
		put(filepath.Join(paths.DataDir(), ".newcomers.json42"), `{"format": 1, "newcomers": [{"name": "AB Sample", "assigned": "2026-11-2`),
	}
	kept := []string{
		put(filepath.Join(records.DamagedDir(), "r5.20261122-150000.json"), `{"newcomer": "AB Sampler", "notes": "AB Sample was mentioned"}`),
		put(filepath.Join(paths.StateDir(), "session.json.damaged-20261122T150000-2"), `{"newcomer": "CD", "no`),
	}
	f, _, err := Newcomer("  ab sample ")
	if err != nil {
		t.Fatal(err)
	}
	got := slices.Clone(f.Copies)
	slices.Sort(got)
	want := slices.Clone(naming)
	slices.Sort(want)
	if !slices.Equal(got, want) || len(f.Records) != 0 {
		t.Fatalf("forget deleted\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range naming {
		if _, err := os.Lstat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there", p)
		}
	}
	// The damaged copy whose notes mention her is left, and said to be.
	if len(f.Left) != 1 || f.Left[0].Path != kept[0] || f.Complete() {
		t.Errorf("left %+v, want %s", f.Left, kept[0])
	}
	for _, p := range append(kept, filepath.Join(records.Dir(), "other.json")) {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s, which does not name them, was deleted", p)
		}
	}
}

func TestForgetWorksForANameTodaysRuleRefuses(t *testing.T) {
	filetest.PrivateData(t)
	filetest.PrivateState(t)
	odd := "AB\tSample\x1b[31m" + strings.Repeat("x", 150)
	if _, err := names.Check(odd); err == nil {
		t.Fatal("the rule accepts the odd name")
	}
	recordtest.SaveAll(t, records.Save, recordtest.Simple("r1", odd, 1, recordtest.Noon(3), session.Held, 2500))
	f, _, err := Newcomer(odd)
	if err != nil || !slices.Equal(f.Records, []string{"r1"}) {
		t.Fatalf("Forget: %+v, %v", f, err)
	}
}
