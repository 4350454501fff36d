package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// scriptsDir is where the binary keeps the coach's scripts in a home made
// by homeEnv.
func scriptsDir(home string) string {
	return filepath.Join(home, "config", "partnercoach", "scripts")
}

// editFile replaces text in a file, which must hold it.
func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s does not hold %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
}

// lineOf returns the line number (from 1) of the first line of a file that
// holds text.
func lineOf(t *testing.T, path, text string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, text) {
			return i + 1
		}
	}
	t.Fatalf("%s does not hold %q", path, text)
	return 0
}

func TestScriptNewEditCheckRun(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	env := homeEnv(home)
	out, stderr, code := runBinaryEnv(t, env, "script", "new", "mine", "--from", "first")
	path := filepath.Join(scriptsDir(home), "mine.yaml")
	if code != 0 || !strings.Contains(out, path) || !strings.Contains(out, "script check") {
		t.Fatalf("script new: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	// A coach's own split of the teaching turn: 16 minutes in two pieces,
	// with a step a minute shorter to keep to the 50 minutes.
	editFile(t, path, "length: 15m\n      segments: [5m, 5m, 5m]", "length: 16m\n      segments: [10m, 6m]")
	editFile(t, path, "title: Feedback on my turn\n    time: 3m", "title: Feedback on my turn\n    time: 2m")
	out, stderr, code = runBinaryEnv(t, env, "script", "check", path)
	want := path + ": valid — \"First partnership coaching session\", 11 steps, 50m\n"
	if code != 0 || out != want {
		t.Fatalf("script check: exit %d, stdout %q, stderr %q; want exit 0 and %q", code, out, stderr, want)
	}
	out, stderr, code = runBinaryEnv(t, env, "run", "mine")
	if code != 0 || !strings.Contains(out, "First partnership coaching session.") {
		t.Fatalf("run mine: exit %d, stdout %q, stderr %q; want the session to start", code, out, stderr)
	}
}

func TestScriptCheckReportsEveryProblem(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	env := homeEnv(home)
	if _, stderr, code := runBinaryEnv(t, env, "script", "new", "mine"); code != 0 {
		t.Fatalf("script new: exit %d, %s", code, stderr)
	}
	path := filepath.Join(scriptsDir(home), "mine.yaml")
	editFile(t, path, "segments: [5m, 5m, 5m]", "segments: [5m, 5m, 4m]")
	editFile(t, path, "    title: Self-guiding instructions", "    titel: Self-guiding instructions")
	segments, titel := lineOf(t, path, "segments: [5m, 5m, 4m]"), lineOf(t, path, "titel:")
	for _, arg := range []string{path, "mine"} {
		_, stderr, code := runBinaryEnv(t, env, "script", "check", arg)
		want := "partnercoach: 2 problems in " + path + ":\n" +
			path + ":" + strconv.Itoa(titel) + ":5: unknown key \"titel\" in a step; did you mean \"title\"? " +
			"(expected one of: id, title, time, points, checklist, turn, choice, cards)\n" +
			path + ":" + strconv.Itoa(segments) + ":17: segments: they add up to 14m, not the turn's length of 15m " +
			"(expected them to add up to length)\n"
		if code != 1 || stderr != want {
			t.Errorf("script check %s: exit %d, stderr:\n%s\nwant exit 1 and:\n%s", arg, code, stderr, want)
		}
	}
	_, stderr, code := runBinaryEnv(t, env, "run", path)
	if code != 1 || !strings.Contains(stderr, "2 problems in "+path) || strings.Contains(stderr, "terminal") {
		t.Errorf("run of a broken file: exit %d, stderr %q; want the problems", code, stderr)
	}
}

func TestScriptCheckFileOutsideTheFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.yaml"), filepath.Join(dir, "bad.yaml")
	out, _, _ := runBinary(t, "script", "show", "followup")
	if err := os.WriteFile(good, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("name: bad\ntitle: \"x\x00\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, stderr, code := runBinary(t, "script", "check", good); code != 0 || !strings.HasPrefix(out, good+": valid") {
		t.Errorf("check good: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	out, stderr, code := runBinary(t, "script", "check", bad)
	if want := bad + ":2:10: this is not a text file"; code != 1 || out != "" || !strings.Contains(stderr, want) {
		t.Errorf("check bad: exit %d, stdout %q, stderr %q; want nothing on stdout and %q", code, out, stderr, want)
	}
	out, stderr, code = runBinary(t, "run", good)
	if code != 0 || !strings.Contains(out, "Step 1 of") {
		t.Errorf("run good: exit %d, stdout %q, stderr %q; want the session to start", code, out, stderr)
	}
}

func TestScriptListShowsOwnAndOverrides(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	env := homeEnv(home)
	out, _, code := runBinaryEnv(t, env, "script", "list")
	if code != 0 || !strings.Contains(out, "none yet") || !regexp.MustCompile(`(?m)^  first +First partnership`).MatchString(out) {
		t.Fatalf("script list in a new home: exit %d:\n%s", code, out)
	}
	for _, args := range [][]string{{"script", "new", "followup", "--from", "first"}, {"script", "new", "mine"}} {
		if _, stderr, code := runBinaryEnv(t, env, args...); code != 0 {
			t.Fatalf("%v: exit %d, %s", args, code, stderr)
		}
	}
	if err := os.WriteFile(filepath.Join(scriptsDir(home), "broken.yaml"), []byte("name: broken\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runBinaryEnv(t, env, "script", "list")
	if code != 0 {
		t.Errorf("script list with a broken script of the coach's: exit %d, want 0 (it is listed with its problem)", code)
	}
	for _, want := range []string{
		`(?m)^  followup +Second or later partnership coaching session +\(your own followup takes its place\)$`,
		`(?m)^Your scripts, in ` + regexp.QuoteMeta(scriptsDir(home)) + `:$`,
		`(?m)^  followup +First partnership coaching session +\(takes the place of the built-in followup\)$`,
		`(?m)^  mine +First partnership coaching session$`,
		`(?m)^  broken +does not check: .*broken\.yaml:1:1: the script has no title`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("script list: no line matching %s in:\n%s%s", want, out, stderr)
		}
	}
	if out, _, code := runBinaryEnv(t, env, "script", "show", "followup"); code != 0 || !strings.Contains(out, "copied from first") {
		t.Errorf("script show followup: exit %d; want the coach's own followup:\n%s", code, out)
	}
}

func TestScriptCommandErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"script", "new", "My Script"}, `partnercoach: "My Script" is not a script name (expected lower-case letters, digits and '-', such as my-first)`},
		{[]string{"script", "new", "x", "--from", "third"}, `partnercoach: no built-in script is called "third"`},
		{[]string{"script", "show", "third"}, `none of your own scripts in `},
		{[]string{"script", "check"}, "partnercoach: expected one script file, got 0 arguments"},
		{[]string{"script", "check", "missing.yaml"}, "partnercoach: cannot read the script: open missing.yaml: no such file or directory"},
		{[]string{"run", "missing.yaml"}, "partnercoach: cannot read the script: open missing.yaml"},
	}
	for _, tc := range tests {
		_, stderr, code := runBinary(t, tc.args...)
		if code != 1 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and %q", tc.args, code, stderr, tc.want)
		}
	}
}
