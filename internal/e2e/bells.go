//go:build unix

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Bells counts the terminal bells a program rings, as tmux itself sees
// them: tmux parses the program's output, so a BEL that ends an OSC
// sequence (a window title, a colour query) is not a bell and is not
// counted.
type Bells struct {
	file string
}

// StartTermCountingBells is StartTerm with the bells of its pane counted
// from the program's first byte: the pane starts a shell that waits for a
// line, the bell hook is set, and only then does Enter let the shell
// become argv. The program must not read its first line before it runs.
func StartTermCountingBells(t testing.TB, width, height int, env []string, argv ...string) (*Term, *Bells) {
	t.Helper()
	wrapped := append([]string{"sh", "-c", `read _ && exec "$0" "$@"`}, argv...)
	term := StartTerm(t, width, height, env, wrapped...)
	b := &Bells{file: filepath.Join(t.TempDir(), "bells")}
	if err := os.WriteFile(b.file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	term.run("set-option", "-g", "monitor-bell", "on")
	term.run("set-option", "-g", "bell-action", "any")
	term.run("set-hook", "-g", "alert-bell", "run-shell 'echo bell >> "+b.file+"'")
	if got := strings.TrimSpace(term.run("show-options", "-gv", "monitor-bell")); got != "on" {
		t.Fatalf("tmux monitor-bell is %q after setting it on", got)
	}
	term.Send("Enter")
	return term, b
}

// Count returns how many bells tmux has counted so far. The hook runs a
// shell for each, so a bell just rung may not be counted yet.
func (b *Bells) Count(t testing.TB) int {
	t.Helper()
	data, err := os.ReadFile(b.file)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(data), "bell\n")
}
