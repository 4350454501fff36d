package e2e_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// headerRe reads the first line of a report of problems in a file.
var headerRe = regexp.MustCompile(`^partnercoach: (\d+) problems? in (.+):$`)

// checkReport checks what the binary wrote to standard error about the
// file at path: a first line counting the problems in path, then that many
// lines that each start with path:LINE:COL and carry a message. It returns
// what is wrong with the report, or "".
func checkReport(stderr, path string) string {
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
		return "the program panicked:\n" + stderr
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	m := headerRe.FindStringSubmatch(lines[0])
	if m == nil || m[2] != path {
		return "the first line does not count the problems in " + path + ":\n" + stderr
	}
	if n, _ := strconv.Atoi(m[1]); n != len(lines)-1 {
		return "the count " + m[1] + " is not the number of problems listed:\n" + stderr
	}
	place := regexp.MustCompile(`^` + regexp.QuoteMeta(path) + `:[1-9]\d*:[1-9]\d*: \S`)
	for _, line := range lines[1:] {
		if !place.MatchString(line) {
			return "a problem without FILE:LINE:COL: " + line
		}
	}
	return ""
}

// goldenReport returns the report a golden file holds as the binary prints
// it for the file at path: the name the golden file was made with replaced
// by path, after the program's name.
func goldenReport(t *testing.T, golden, madeAs, path string) string {
	t.Helper()
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	return "partnercoach: " + strings.ReplaceAll(string(want), madeAs, path)
}

// TestDrillBrokenScripts runs partnercoach script check on every broken
// script of the script package's test corpus: each gets exit status 1 and
// the report its golden file holds, every problem placed at FILE:LINE:COL.
func TestDrillBrokenScripts(t *testing.T) {
	e2e.Drill(t)
	begun := time.Now()
	files, err := filepath.Glob("../../../script/testdata/broken/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no broken scripts found (%v)", err)
	}
	env := e2e.HomeEnv(t.TempDir())
	problems := 0
	for _, file := range files {
		path, _ := filepath.Abs(file)
		_, stderr, code := runBinaryEnv(t, env, "script", "check", path)
		if code != 1 {
			t.Errorf("%s: exit status %d, want 1; stderr:\n%s", path, code, stderr)
		}
		if bad := checkReport(stderr, path); bad != "" {
			t.Errorf("%s: %s", path, bad)
		}
		golden := strings.TrimSuffix(file, ".yaml") + ".golden"
		if want := goldenReport(t, golden, filepath.Base(file), path); stderr != want {
			t.Errorf("%s: the binary said:\n%s\nthe golden file says:\n%s", path, stderr, want)
		}
		problems += strings.Count(stderr, "\n") - 1
	}
	t.Logf("bad input: %d broken scripts, %d problems, each at FILE:LINE:COL from the binary; %.1f s",
		len(files), problems, time.Since(begun).Seconds())
}

// TestDrillBrokenSettings puts every broken settings file of the settings
// package's test corpus where partnercoach looks for it, and runs config
// show and run: each stops with exit status 1 and the report the golden
// file holds, every problem placed at FILE:LINE:COL.
func TestDrillBrokenSettings(t *testing.T) {
	e2e.Drill(t)
	begun := time.Now()
	files, err := filepath.Glob("../../../internal/settings/testdata/broken/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no broken settings files found (%v)", err)
	}
	runs := 0
	for _, file := range files {
		dir := t.TempDir()
		env := e2e.HomeEnv(dir)
		path := filepath.Join(dir, "config", "partnercoach", "settings.yaml")
		copyFile(t, file, path)
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		golden := filepath.Join("../../../internal/settings/testdata/TestBrokenFiles", name+".golden")
		want := goldenReport(t, golden, "testdata/broken/"+name+".yaml", path)
		for _, args := range [][]string{{"config", "show"}, {"run", "first"}} {
			_, stderr, code := runBinaryEnv(t, env, args...)
			runs++
			if code != 1 {
				t.Errorf("%s with %s: exit status %d, want 1; stderr:\n%s", args, name, code, stderr)
			}
			if bad := checkReport(stderr, path); bad != "" {
				t.Errorf("%s with %s: %s", args, name, bad)
			}
			if stderr != want {
				t.Errorf("%s with %s: the binary said:\n%s\nthe golden file says:\n%s", args, name, stderr, want)
			}
		}
	}
	t.Logf("bad input: %d broken settings files, %d runs of the binary, each stopped at FILE:LINE:COL; %.1f s",
		len(files), runs, time.Since(begun).Seconds())
}

// copyFile copies the file from to the path to, making its folder.
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// fuzzInput reads the input of a file of a fuzz corpus ("go test fuzz v1"
// and one []byte or string literal).
func fuzzInput(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(data), "\n", 3)
	if len(lines) < 2 || lines[0] != "go test fuzz v1" {
		t.Fatalf("%s is not a fuzz corpus file", file)
	}
	lit := strings.TrimSpace(lines[1])
	for _, kind := range []string{"[]byte(", "string("} {
		if inner, ok := strings.CutPrefix(lit, kind); ok {
			lit = strings.TrimSuffix(inner, ")")
		}
	}
	s, err := strconv.Unquote(lit)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return []byte(s)
}

// TestDrillFuzzCorpusScripts runs script check on every input of the script
// fuzzer's corpus, eight at a time: each is valid (exit 0) or reported
// (exit 1) with every problem at FILE:LINE:COL, and none panics.
func TestDrillFuzzCorpusScripts(t *testing.T) {
	e2e.Drill(t)
	begun := time.Now()
	files, err := filepath.Glob("../../../script/testdata/fuzz/*/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fuzz corpus found (%v)", err)
	}
	dir, env, bin := t.TempDir(), e2e.HomeEnv(t.TempDir()), e2e.BuildBinary(t)
	var mu sync.Mutex
	valid, reported := 0, 0
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for i, file := range files {
		path := filepath.Join(dir, strconv.Itoa(i)+".yaml")
		if err := os.WriteFile(path, fuzzInput(t, file), 0o600); err != nil {
			t.Fatal(err)
		}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			stderr, code := runQuiet(bin, env, "script", "check", path)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case code == 0 && !strings.Contains(stderr, "panic"):
				valid++
			case code == 1 && checkReport(stderr, path) == "":
				reported++
			default:
				t.Errorf("%s (from %s): exit status %d; %s", path, file, code, checkReport(stderr, path))
			}
		})
	}
	wg.Wait()
	t.Logf("bad input: %d fuzz corpus inputs through the binary: %d valid, %d reported at FILE:LINE:COL, 0 panics; %.1f s",
		len(files), valid, reported, time.Since(begun).Seconds())
}

// runQuiet runs the binary bin with env and returns its standard error and
// exit status (-1 if it could not be run). Unlike runBinaryEnv it may be
// called from any goroutine.
func runQuiet(bin string, env []string, args ...string) (stderr string, code int) {
	var errb strings.Builder
	cmd := exec.Command(bin, args...)
	cmd.Env, cmd.Stderr = env, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		return errb.String(), ee.ExitCode()
	case err != nil:
		return err.Error(), -1
	}
	return errb.String(), 0
}

// movedRe reads a report of a damaged record moved aside: its path, its
// LINE:COL, and where it went.
var movedRe = regexp.MustCompile(`^partnercoach: (.+?\.json)(:[1-9]\d*:[1-9]\d*): .*; moved aside to (.+)$`)

// TestDrillDamagedRecords puts damaged records beside two good ones (JSON
// cut short, binary garbage, an empty file) and runs partnercoach log: each
// damaged one is reported at FILE:LINE:COL and moved aside with its bytes
// intact, the good ones still list, and a second run has nothing to report.
func TestDrillDamagedRecords(t *testing.T) {
	e2e.Drill(t)
	begun := time.Now()
	dir := t.TempDir()
	env := twoSessions(t, dir)
	records := filepath.Join(dir, "data", "partnercoach", "records")
	good, err := os.ReadFile(filepath.Join(records, firstID+".json"))
	if err != nil {
		t.Fatal(err)
	}
	damaged := map[string][]byte{
		"2025-04-01-0900.json": good[:len(good)/2],
		"2025-04-02-0900.json": {0x00, 0xff, 0xfe, 'P', 'K', 0x03, 0x04, 0x80, '{', 0x00},
		"2025-04-03-0900.json": {},
	}
	for name, data := range damaged {
		if err := os.WriteFile(filepath.Join(records, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := runBinaryEnv(t, env, "log")
	if code != 0 || !strings.Contains(out, firstID) || !strings.Contains(out, secondID) {
		t.Fatalf("log: exit status %d, output:\n%s\nstderr:\n%s", code, out, stderr)
	}
	moved := checkMovedAside(t, stderr, records, damaged)
	if _, stderr, _ := runBinaryEnv(t, env, "log"); stderr != "" {
		t.Errorf("the second log still reports: %s", stderr)
	}
	t.Logf("bad input: %d damaged records moved aside intact, 2 good ones still listed; %.1f s",
		moved, time.Since(begun).Seconds())
}

// checkMovedAside checks that stderr reports each damaged record once, at
// FILE:LINE:COL (an empty file at 1:1), and that it now lies where the report says with the same
// bytes, and no longer among the records. It returns how many were moved.
func checkMovedAside(t *testing.T, stderr, records string, damaged map[string][]byte) int {
	t.Helper()
	moved := 0
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		m := movedRe.FindStringSubmatch(line)
		if m == nil || filepath.Dir(m[1]) != records {
			t.Errorf("not a report of a record moved aside: %q", line)
			continue
		}
		want, ok := damaged[filepath.Base(m[1])]
		got, err := os.ReadFile(m[3])
		if !ok || err != nil || string(got) != string(want) {
			t.Errorf("%s moved aside to %s: %v; bytes kept: %v", m[1], m[3], err, string(got) == string(want))
		}
		if _, err := os.Stat(m[1]); !os.IsNotExist(err) {
			t.Errorf("%s is still among the records: %v", m[1], err)
		}
		moved++
	}
	if moved != len(damaged) {
		t.Errorf("%d damaged records reported, want %d:\n%s", moved, len(damaged), stderr)
	}
	return moved
}
