package shellword

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/textsafe"
)

func TestQuote(t *testing.T) {
	cases := []struct{ in, want string }{
		{"AB", "AB"},
		{"Bob-Tester_2.0", "Bob-Tester_2.0"},
		{"/home/ann/.config/partnercoach/scripts/mine.yaml", "/home/ann/.config/partnercoach/scripts/mine.yaml"},
		{"", "''"},
		{"Bob Tester", "'Bob Tester'"},
		{"Zed $(touch X)", "'Zed $(touch X)'"},
		{"O'Brien", `'O'\''Brien'`},
		{`back\slash`, `'back'\\'slash'`},
		{"Zoë", "'Zoë'"},
		{"=ls", "'=ls'"},
		{"~root", "'~root'"},
		{"A\nB", "NAME"},
		{"A\x1b[2JB", "NAME"},
		{"A\u202eB", "NAME"},
		{"A\xffB", "NAME"},
	}
	for _, c := range cases {
		if got := Quote(c.in, "NAME"); got != c.want {
			t.Errorf("Quote(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// hostileWords are words a shell would act on if they were pasted badly
// quoted: command substitution, backticks, every kind of quote,
// separators, redirections, expansions, globs, history and comments. Each
// that runs creates a file named pwned in the working folder.
var hostileWords = []string{
	"Zed $(touch pwned)", "`touch pwned`", `"$(touch pwned)"`, "'$(touch pwned)'", `'\''$(touch pwned)`,
	"x; touch pwned", "x && touch pwned", "x | touch pwned", "x > pwned", "x >> pwned", "<(touch pwned)",
	"$(touch pwned", "O'Brien", `O"Brien`, `a\b`, `a\\b`, `\`, `\'`, `'`, `''`, `"`, `x\`,
	"$HOME", "${HOME}", "$'\\x41'", "~", "~root", "=ls", "*", "?", "[a]", "{a,b}", "!!", "!-1", "a!b",
	"#comment", "%self", "^x", "a b", "  lead and trail  ", "-n", "--", "Zoë Ångström", "日本 語",
	"👩\u200d👩\u200d👧", "❤\ufe0f", "می\u200cخواهم", "", "AB",
}

// shell is a shell the coach may paste into: stdin says the command line
// is typed (an interactive shell reading it, with history expansion),
// rather than given with -c.
type shell struct {
	name  string
	args  []string
	stdin bool
}

var shells = []shell{
	{"sh", []string{"-c"}, false},
	{"bash", []string{"--norc", "--noprofile", "-i"}, true},
	{"zsh", []string{"-f", "-i"}, true},
	{"fish", []string{"--no-config", "-c"}, false},
}

// pasteLine runs "printf %s WORD", with the word as Quote wrote it, in the
// shell, in an empty working folder; it returns what printf printed (into
// a file elsewhere) and the names of what the line created in the folder.
func pasteLine(t testing.TB, sh shell, path, word string) (got string, created []string) {
	t.Helper()
	work, home := t.TempDir(), t.TempDir()
	out := filepath.Join(home, "out")
	line := "printf %s " + Quote(word, "") + " > " + Quote(out, "")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, sh.args...)
	if sh.stdin {
		cmd.Stdin = strings.NewReader("true warm up the history\n" + line + "\nexit\n")
	} else {
		cmd.Args = append(cmd.Args, line)
	}
	cmd.Dir = work
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "HISTFILE=" + filepath.Join(home, "history"),
		"XDG_CONFIG_HOME=" + home, "XDG_DATA_HOME=" + home, "TERM=dumb", "LANG=C.UTF-8"}
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s running %s: %v\n%s", sh.name, line, err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("%s running %s: %v", sh.name, line, err)
	}
	entries, _ := os.ReadDir(work)
	for _, e := range entries {
		created = append(created, e.Name())
	}
	return string(data), created
}

func TestQuotedWordsArriveIntactAndRunNothing(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no POSIX shell on Windows")
	}
	tried := 0
	for _, sh := range shells {
		path, err := exec.LookPath(sh.name)
		if err != nil {
			t.Logf("%s is not installed: not tried", sh.name)
			continue
		}
		tried++
		t.Run(sh.name, func(t *testing.T) {
			t.Parallel()
			for _, word := range hostileWords {
				got, created := pasteLine(t, sh, path, word)
				if got != word || len(created) > 0 {
					t.Errorf("%s: %s arrives as %q and created %q; want %q and nothing", sh.name, Quote(word, ""), got, created, word)
				}
			}
		})
	}
	if tried == 0 {
		t.Fatal("no shell to try: sh is missing")
	}
}

func TestAWordThatCannotBeShownIsNotSuggested(t *testing.T) {
	for _, word := range []string{"A\nB", "A\tB", "A\rB", "\x00", "A\x1b]8;;x\x07B", "A\u009bB", "A\x7f",
		"A\u202eB", "A\u2066B", "A\u200bB", "A\ufeffB", "A\xff"} {
		if got := Quote(word, "NAME"); got != "NAME" {
			t.Errorf("Quote(%q) = %q, want the placeholder", word, got)
		}
	}
}

// FuzzQuote checks, for any word, that Quote either gives the placeholder
// for a word that cannot be shown, or a word that prints as it is on one
// line and that sh reads back as the word itself, running nothing.
func FuzzQuote(f *testing.F) {
	if runtime.GOOS == "windows" {
		f.Skip("no POSIX shell on Windows")
	}
	for _, w := range hostileWords {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, word string) {
		q := Quote(word, "")
		if q == "" {
			if textsafe.Safe(word) {
				t.Fatalf("Quote(%q) gave the placeholder for a word that can be shown", word)
			}
			return
		}
		if !textsafe.Safe(q) {
			t.Fatalf("Quote(%q) = %q, which cannot be shown as it is", word, q)
		}
		if len(word) > 4096 {
			return
		}
		if got, created := pasteLine(t, shells[0], "/bin/sh", word); got != word || len(created) > 0 {
			t.Fatalf("sh reads %s as %q and it created %q; want %q and nothing", q, got, created, word)
		}
	})
}
