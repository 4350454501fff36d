package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// completion is what cobra's hidden __complete command printed for one
// TAB: the words offered, the directive and the lines of active help.
type completion struct {
	words     []string
	directive cobra.ShellCompDirective
	help      []string
}

// completeArgs runs __complete in-process on the words of a command line,
// the last being the one completed, as every shell's script does on TAB.
func completeArgs(t *testing.T, args ...string) completion {
	t.Helper()
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(io.Discard)
	root.SetArgs(append([]string{cobra.ShellCompRequestCmd}, args...))
	if err := root.Execute(); err != nil {
		t.Fatalf("__complete %q: %v", args, err)
	}
	var c completion
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		switch {
		case strings.HasPrefix(line, ":"):
			n, err := strconv.Atoi(line[1:])
			if err != nil {
				t.Fatalf("directive %q", line)
			}
			c.directive = cobra.ShellCompDirective(n)
		case strings.HasPrefix(line, "_activeHelp_ "):
			c.help = append(c.help, strings.TrimPrefix(line, "_activeHelp_ "))
		case line != "":
			c.words = append(c.words, line)
		}
	}
	return c
}

// completionHome points the XDG folders at a fresh folder, puts three
// newcomers on the list through the CLI, and writes the files of three
// records (completion reads only their names).
func completionHome(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, env := range []string{"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"} {
		t.Setenv(env, filepath.Join(dir, strings.ToLower(env)))
	}
	for _, name := range []string{"Bob Tester", "Anna-Lena O'Brien", "AB"} {
		root := newRootCmd()
		root.SetOut(io.Discard)
		root.SetArgs([]string{"newcomer", "add", name, "--assigned", "2026-11-01"})
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
	}
	records := filepath.Join(dir, "xdg_data_home", "partnercoach", "records")
	if err := os.MkdirAll(records, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"2026-11-20-0900.json", "2026-11-22-1503.json", "2026-11-22-1600.json", ".2026-11-23-1000.json123", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(records, name), []byte("{}"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCompletionOfNewcomerNames(t *testing.T) {
	completionHome(t)
	all := []string{"Bob Tester", "Anna-Lena O'Brien", "AB"}
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"newcomer", "schedule", ""}, all},
		{[]string{"newcomer", "reschedule", "b"}, []string{"Bob Tester"}},
		{[]string{"newcomer", "cancel", "A"}, []string{"Anna-Lena O'Brien", "AB"}},
		{[]string{"newcomer", "no-show", "ab"}, []string{"AB"}},
		{[]string{"newcomer", "paid", ""}, all},
		{[]string{"newcomer", "contacted", "Anna"}, []string{"Anna-Lena O'Brien"}},
		{[]string{"newcomer", "draft", "Bob"}, []string{"Bob Tester"}},
		{[]string{"newcomer", "forget", ""}, all},
		{[]string{"run", "--newcomer", "Bo"}, []string{"Bob Tester"}},
		{[]string{"run", "first", "--newcomer", ""}, all},
		{[]string{"--newcomer", "AB"}, []string{"AB"}},
		{[]string{"log", "edit", "2026-11-22-1503", "--newcomer", "Anna"}, []string{"Anna-Lena O'Brien"}},
		{[]string{"newcomer", "schedule", "Zed"}, nil},
	}
	for _, tt := range tests {
		c := completeArgs(t, tt.args...)
		if !slices.Equal(c.words, tt.want) || c.directive != cobra.ShellCompDirectiveNoFileComp {
			t.Errorf("%q: got %q with directive %d, want %q and no files", tt.args, c.words, c.directive, tt.want)
		}
	}
}

func TestCompletionAfterTheName(t *testing.T) {
	completionHome(t)
	if c := completeArgs(t, "newcomer", "draft", "Bob Tester", ""); !slices.Equal(c.words, []string{"contact", "booked", "confirm", "reschedule", "cancel", "transfer"}) {
		t.Errorf("draft's second word: got %q", c.words)
	}
	if c := completeArgs(t, "newcomer", "schedule", "AB", ""); c.words != nil || c.directive != cobra.ShellCompDirectiveNoFileComp {
		t.Errorf("schedule's WHEN: got %q with directive %d, want nothing and no files", c.words, c.directive)
	}
}

func TestCompletionOfRecordIDs(t *testing.T) {
	completionHome(t)
	c := completeArgs(t, "log", "show", "")
	want := []string{"2026-11-22-1600", "2026-11-22-1503", "2026-11-20-0900"} // newest first; no temporary file, no stray file
	if !slices.Equal(c.words, want) || c.directive != cobra.ShellCompDirectiveNoFileComp|cobra.ShellCompDirectiveKeepOrder {
		t.Errorf("log show: got %q with directive %d, want %q in that order", c.words, c.directive, want)
	}
	if c := completeArgs(t, "log", "edit", "2026-11-22-15"); !slices.Equal(c.words, []string{"2026-11-22-1503"}) {
		t.Errorf("log edit: got %q", c.words)
	}
}

func TestCompletionOfFixedChoices(t *testing.T) {
	completionHome(t)
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"newcomer", "cancel", "AB", "--by", ""}, []string{"coach", "newcomer"}},
		{[]string{"newcomer", "reschedule", "AB", "x", "--by", "c"}, []string{"coach"}},
		{[]string{"log", "export", "--format", ""}, []string{"md", "json", "csv"}},
		{[]string{"log", "export", "--format", "J"}, []string{"json"}},
		{[]string{"log", "edit", "x", "--outcome", ""}, []string{"held", "no-show", "rescheduled", "transferred"}},
		{[]string{"invoice", "--month", ""}, nil},
		{[]string{"log", "export", "--since", ""}, nil},
		{[]string{"run", "--warn", ""}, nil},
	}
	for _, tt := range tests {
		c := completeArgs(t, tt.args...)
		if !slices.Equal(c.words, tt.want) || c.directive&cobra.ShellCompDirectiveNoFileComp == 0 {
			t.Errorf("%q: got %q with directive %d, want %q and no files", tt.args, c.words, c.directive, tt.want)
		}
	}
	if c := completeArgs(t, "script", "new", "mine", "--from", "fo"); !slices.Contains(c.words, "followup") {
		t.Errorf("script new --from: got %q, want the scripts", c.words)
	}
	if c := completeArgs(t, "log", "export", "--output", ""); c.directive != cobra.ShellCompDirectiveDefault {
		t.Errorf("--output: directive %d, want the shell's own file names", c.directive)
	}
}

func TestCompletionOfZones(t *testing.T) {
	completionHome(t)
	zones := t.TempDir()
	tzif := []byte("TZif2 and the rest of a zone file")
	for name, data := range map[string][]byte{
		"Europe/Berlin": tzif, "Europe/Brussels": tzif, "Europe/Paris": tzif, "UTC": tzif, "EST": tzif, "Etc/GMT+5": tzif,
		"zone.tab": []byte("# not a zone"), "posix/Europe/Berlin": tzif, "SECURITY": []byte("not a zone either"),
	} {
		path := filepath.Join(zones, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("ZONEINFO", zones)
	tests := []struct {
		prefix    string
		want      []string
		directive cobra.ShellCompDirective
	}{
		// UTC, an offset all year, is refused by --tz, so not offered.
		{"", []string{"Europe/"}, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace},
		{"eu", []string{"Europe/"}, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace},
		// Neither EST, an abbreviation, nor Etc/, offsets, is offered.
		{"E", []string{"Europe/"}, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace},
		{"Etc/", nil, cobra.ShellCompDirectiveNoFileComp},
		{"Europe/B", []string{"Europe/Berlin", "Europe/Brussels"}, cobra.ShellCompDirectiveNoFileComp},
		{"Europe/../", nil, cobra.ShellCompDirectiveNoFileComp},
		{"Mars/", nil, cobra.ShellCompDirectiveNoFileComp},
	}
	for _, tt := range tests {
		c := completeArgs(t, "newcomer", "schedule", "AB", "x", "--tz", tt.prefix)
		if !slices.Equal(c.words, tt.want) || c.directive != tt.directive {
			t.Errorf("--tz %q: got %q with directive %d, want %q with %d", tt.prefix, c.words, c.directive, tt.want, tt.directive)
		}
	}
}

// A damaged newcomer list is moved aside by the TAB that reads it, as by
// any command, and the TAB says so as active help (bash and zsh show it).
func TestCompletionSaysWhatItMovedAside(t *testing.T) {
	dir := completionHome(t)
	list := filepath.Join(dir, "xdg_data_home", "partnercoach", "newcomers.json")
	if err := os.WriteFile(list, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := completeArgs(t, "newcomer", "schedule", "")
	if c.words != nil || len(c.help) != 1 || !strings.Contains(c.help[0], "moved aside") || !strings.Contains(c.help[0], "newcomers.json") {
		t.Errorf("got words %q and help %q, want no names and one line saying the list was moved aside", c.words, c.help)
	}
	if c := completeArgs(t, "newcomer", "schedule", ""); len(c.help) != 0 {
		t.Errorf("the next TAB said %q again", c.help)
	}
}

func TestCompletionPathsNameCommands(t *testing.T) {
	root := newRootCmd()
	for _, path := range append(slices.Clone(newcomerFirst), recordFirst...) {
		if cmd, _, err := root.Find(strings.Fields(path)); err != nil || cmd.CommandPath() != "partnercoach "+path {
			t.Errorf("%q names no command", path)
		}
	}
}

// A command that takes no argument, or a word the coach makes up, offers
// no file names on TAB; script check FILE, and run's FILE, still do.
func TestCompletionOffersFilesOnlyForAFile(t *testing.T) {
	completionHome(t)
	for _, args := range [][]string{
		{"resume", ""}, {"invoice", ""}, {"stats", ""}, {"status", ""}, {"config", "init", ""},
		{"newcomer", "list", ""}, {"notify", "test", ""}, {"calendar", "export", ""},
		{"log", "export", ""}, {"newcomer", "add", ""}, {"script", "new", ""}, {"available", "yes", ""},
	} {
		if c := completeArgs(t, args...); c.words != nil || c.directive != cobra.ShellCompDirectiveNoFileComp {
			t.Errorf("%q: got %q with directive %d, want nothing and no files", args, c.words, c.directive)
		}
	}
	for _, args := range [][]string{{"script", "check", ""}, {"run", "x"}} {
		if c := completeArgs(t, args...); c.directive != cobra.ShellCompDirectiveDefault {
			t.Errorf("%q: directive %d, want the shell's own file names", args, c.directive)
		}
	}
}
