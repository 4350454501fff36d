package script

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"partnercoach/internal/paths"
)

// ownDir points the XDG config directory at a temporary one and returns
// the folder of the coach's scripts in it, not yet made.
func ownDir(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	return Dir()
}

// writeOwn writes one of the coach's scripts.
func writeOwn(t *testing.T, file, text string) string {
	t.Helper()
	if err := paths.Ensure(Dir()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(Dir(), file)
	if err := os.WriteFile(path, []byte(text), paths.FileMode); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDirIsUnderTheConfigDir(t *testing.T) {
	root := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", root)
	if got, want := Dir(), filepath.Join(root, paths.App, "scripts"); got != want {
		t.Errorf("Dir() = %q, want %q", got, want)
	}
}

func TestNewCopiesAndRefusesToOverwrite(t *testing.T) {
	dir := ownDir(t)
	path, err := New("mine", "first")
	if err != nil {
		t.Fatal(err)
	}
	if path != filepath.Join(dir, "mine.yaml") {
		t.Errorf("New wrote %s, want it in %s", path, dir)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != paths.FileMode {
		t.Fatalf("stat %s: %v, %v; want mode %v", path, info, err, paths.FileMode)
	}
	s, err := Find("mine")
	if err != nil || s.Name != "mine" || s.Title != loadBuiltin(t, "first").Title {
		t.Fatalf("Find(mine) = %+v, %v; want the first script called mine", s, err)
	}
	if _, err := New("mine", "followup"); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("New over an existing script: %v, want a refusal", err)
	}
	if _, err := New("copy", "mine"); err != nil {
		t.Errorf("New from an own script: %v", err)
	}
	for _, bad := range []string{"Mine", "my script", "../up", "-x", "", "a.yaml"} {
		if _, err := New(bad, "first"); err == nil || !strings.Contains(err.Error(), "not a script name") {
			t.Errorf("New(%q) = %v, want a refusal of the name", bad, err)
		}
	}
	if _, err := New("other", "no-such"); err == nil || !strings.Contains(err.Error(), `no built-in script is called "no-such"`) {
		t.Errorf("New from a missing script: %v", err)
	}
}

func TestOwnScriptTakesTheBuiltinsPlace(t *testing.T) {
	ownDir(t)
	if _, err := New("followup", "first"); err != nil {
		t.Fatal(err)
	}
	s, err := Find("followup")
	if err != nil || s.Title != loadBuiltin(t, "first").Title {
		t.Fatalf("Find(followup) = %v, %v; want the coach's copy of first", s, err)
	}
	_, src, err := Source("followup")
	if err != nil || !strings.Contains(string(src), "copied from first") {
		t.Errorf("Source(followup) is not the coach's file: %v", err)
	}
	entries, err := List()
	if err != nil {
		t.Fatal(err)
	}
	var builtin, own *Entry
	for i, e := range entries {
		if e.Name == "followup" && e.Own() {
			own = &entries[i]
		} else if e.Name == "followup" {
			builtin = &entries[i]
		}
	}
	if builtin == nil || own == nil || !builtin.Overridden || !own.Overrides || own.Problem != nil {
		t.Errorf("List() = %+v; want the built-in followup overridden by the coach's", entries)
	}
}

func TestListShowsBrokenScripts(t *testing.T) {
	ownDir(t)
	if entries, err := List(); err != nil || len(entries) != len(BuiltinNames()) {
		t.Fatalf("List() with no folder = %v, %v; want the built-in scripts", entries, err)
	}
	broken := writeOwn(t, "broken.yaml", "titel: x\nname: broken\n")
	writeOwn(t, "Bad Name.yaml", small)
	writeOwn(t, "short.yml", strings.Replace(small, "name: small", "name: short", 1))
	writeOwn(t, "renamed.yaml", small)
	writeOwn(t, "notes.txt", "not a script")
	entries, err := List()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"broken":   broken + `:1:1: unknown key "titel" in the script; did you mean "title"?`,
		"Bad Name": "the file's name is not a script name",
		"short":    "the file ends in .yml",
		"renamed":  `name: "small" is not the name of the file (expected name: renamed`,
	}
	own := 0
	for _, e := range entries {
		if !e.Own() {
			continue
		}
		own++
		if w := want[e.Name]; e.Problem == nil || !strings.Contains(e.Problem.Error(), w) {
			t.Errorf("entry %s: problem %v, want one containing %q", e.Name, e.Problem, w)
		}
	}
	if own != len(want) {
		t.Errorf("List() has %d own scripts, want %d: %+v", own, len(want), entries)
	}
}

func TestIsFile(t *testing.T) {
	for arg, want := range map[string]bool{
		"first": false, "my-first": false, "my.yaml": true, "my.yml": true,
		"./first": true, "dir/first": true, "/abs/first": true,
	} {
		if got := IsFile(arg); got != want {
			t.Errorf("IsFile(%q) = %v, want %v", arg, got, want)
		}
	}
}

func TestLoadFile(t *testing.T) {
	ownDir(t)
	path := filepath.Join(t.TempDir(), "elsewhere.yaml")
	if err := os.WriteFile(path, []byte(small), 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := LoadFile(path); err != nil || s.Name != "small" {
		t.Errorf("LoadFile outside the scripts folder = %v, %v; want small, whatever its file", s, err)
	}
	if _, err := LoadFile(filepath.Join(t.TempDir(), "missing.yaml")); err == nil ||
		!strings.Contains(err.Error(), "cannot read the script") {
		t.Errorf("LoadFile of a missing file: %v", err)
	}
}
