package script

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the golden files of the broken scripts and of Encode:
// go test ./script -run 'TestBrokenScripts|TestEncodeGolden' -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/broken and testdata/encode")

// TestBrokenScripts checks each script in testdata/broken against the exact
// report in the golden file beside it. Every one must fail to load with a
// Problems error whose lines all carry a position.
func TestBrokenScripts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "broken", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no broken scripts in testdata/broken (%v)", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		t.Run(name, func(t *testing.T) {
			got := checkReport(t, file)
			golden := strings.TrimSuffix(file, ".yaml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./script -run TestBrokenScripts -update writes it)", err)
			}
			if got != string(want) {
				t.Errorf("report of %s:\n%s\nwant:\n%s", file, got, want)
			}
		})
	}
}

// checkReport loads a file that must be broken, under its base name, and
// returns its report as script check prints it.
func checkReport(t *testing.T, file string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(file)
	s, err := Load(name, data)
	var ps Problems
	if !errors.As(err, &ps) || s != nil {
		t.Fatalf("Load(%s) = %v, %v; want no script and Problems", file, s, err)
	}
	for _, p := range ps {
		if p.File != name || p.Line < 1 || p.Col < 1 || p.Msg == "" {
			t.Errorf("problem without a place or a message: %#v", p)
		}
	}
	return err.Error() + "\n"
}
