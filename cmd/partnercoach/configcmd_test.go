package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"partnercoach/internal/settings"
)

// settingsPath is where the binary looks for the settings file in a home
// made by homeEnv(dir).
func settingsPath(dir string) string {
	return filepath.Join(dir, "config", "partnercoach", "settings.yaml")
}

// writeSettingsFile puts a settings file in a home made by homeEnv(dir).
func writeSettingsFile(t *testing.T, dir, text string) {
	t.Helper()
	path := settingsPath(dir)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestConfigPathFollowsXDGConfigHome(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out, stderr, code := runBinaryEnv(t, homeEnv(dir), "config", "path")
	if want := settingsPath(dir) + "\n"; code != 0 || out != want {
		t.Fatalf("exit %d, output %q, stderr %q; want %q", code, out, stderr, want)
	}
}

func TestConfigShowWithoutAFileShowsTheDefaults(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out, stderr, code := runBinaryEnv(t, homeEnv(dir), "config", "show")
	want := "# There is no settings file at " + settingsPath(dir) + ": these are the defaults.\n" +
		string(settings.Default().YAML())
	if code != 0 || out != want {
		t.Fatalf("exit %d, stderr %q, output:\n%s\nwant:\n%s", code, stderr, out, want)
	}
	if _, err := os.Stat(settingsPath(dir)); !os.IsNotExist(err) {
		t.Fatalf("config show created the settings file (stat: %v)", err)
	}
}

func TestConfigInitWritesAPrivateFileThatShowReads(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out, stderr, code := runBinaryEnv(t, homeEnv(dir), "config", "init")
	path := settingsPath(dir)
	if code != 0 || out != "Wrote the default settings to "+path+"\n" {
		t.Fatalf("config init: exit %d, output %q, stderr %q", code, out, stderr)
	}
	checkMode(t, path, 0o600)
	checkMode(t, filepath.Dir(path), 0o700)
	data, err := os.ReadFile(path)
	if err != nil || string(data) != string(settings.Default().YAML()) {
		t.Fatalf("the file holds %q (%v), want the defaults' YAML", data, err)
	}

	out, stderr, code = runBinaryEnv(t, homeEnv(dir), "config", "show")
	want := "# The settings in " + path + ", over the defaults.\n" + string(data)
	if code != 0 || out != want {
		t.Fatalf("config show: exit %d, stderr %q, output:\n%s\nwant:\n%s", code, stderr, out, want)
	}
}

// checkMode fails unless the file at path has the permissions want.
func checkMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", path, got, want)
	}
}

func TestConfigInitNeverOverwrites(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSettingsFile(t, dir, "coach: Ann\n")
	_, stderr, code := runBinaryEnv(t, homeEnv(dir), "config", "init")
	want := "partnercoach: " + settingsPath(dir) + " already exists: edit it, or move it away to start again from the defaults\n"
	if code != 1 || stderr != want {
		t.Fatalf("exit %d, stderr %q; want exit 1 and %q", code, stderr, want)
	}
	if data, _ := os.ReadFile(settingsPath(dir)); string(data) != "coach: Ann\n" {
		t.Fatalf("the file now holds %q", data)
	}
}

func TestConfigShowPutsTheFileOverTheDefaults(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSettingsFile(t, dir, "warn: 90s\ncoach: Ann\nfees:\n  later: $60.50\n")
	out, stderr, code := runBinaryEnv(t, homeEnv(dir), "config", "show")
	for _, want := range []string{"\nwarn: 1m30s\n", "\ncoach: \"Ann\"\n", "\n  first: 25\n", "\n  later: 60.50\n", "\nnotify: true\n"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("exit %d, stderr %q, output lacks %q:\n%s", code, stderr, want, out)
		}
	}
}

func TestABadSettingsFileStopsTheRun(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSettingsFile(t, dir, "warn: soon\nnotify: yes\n")
	path := settingsPath(dir)
	want := "partnercoach: 2 problems in " + path + ":\n" +
		path + `:1:7: warn: expected a duration such as 2m or 90s, got "soon"` + "\n" +
		path + `:2:9: notify: expected true or false, got "yes"` + "\n"
	for _, args := range [][]string{{"run", "first"}, {"run", "first", "--warn", "3m"}, {}, {"config", "show"}} {
		_, stderr, code := runBinaryEnv(t, homeEnv(dir), args...)
		if code != 1 || stderr != want {
			t.Errorf("%q: exit %d, stderr:\n%s\nwant exit 1 and:\n%s", args, code, stderr, want)
		}
	}
}

func TestGoodSettingsAndFlagsReachTheSession(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSettingsFile(t, dir, "warn: 3m\nnotify: false\nsilent: true\n")
	for _, args := range [][]string{
		{"run", "first"},
		{"run", "first", "--warn", "90s", "--notify", "--silent=false"},
		{"--warn", "1m"},
	} {
		// With no terminal the session runs in the accessible mode, which
		// quits at the end of its (empty) input.
		out, stderr, code := runBinaryEnv(t, homeEnv(dir), args...)
		if code != 0 || !strings.Contains(out, "partnercoach, accessible mode.") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want the settings to pass and the session to start", args, code, out, stderr)
		}
	}
}

func TestNotifyAndNoNotifyTogetherAreRefused(t *testing.T) {
	t.Parallel()
	_, stderr, code := runBinary(t, "run", "first", "--notify", "--no-notify")
	if code != 1 || !strings.Contains(stderr, "[notify no-notify]") {
		t.Fatalf("exit %d, stderr %q; want exit 1 naming both flags", code, stderr)
	}
}
