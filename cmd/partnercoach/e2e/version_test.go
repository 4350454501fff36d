package e2e_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"partnercoach/internal/e2e"
)

// shortHash is how many leading characters of a commit hash --version
// shows (cmd/partnercoach/version.go).
const shortHash = 7

// askVersion returns what the binary at bin prints for --version.
func askVersion(t *testing.T, bin string) string {
	t.Helper()
	run := exec.Command(bin, "--version")
	run.Env = e2e.HomeEnv(t.TempDir())
	out, err := run.CombinedOutput()
	if err != nil {
		t.Fatalf("partnercoach --version: %v\n%s", err, out)
	}
	return string(out)
}

// TestVersionFlagNamesTheLinkedCommit links the program with the version,
// commit and date the releases give it (.goreleaser.yaml): --version
// prints them. Only the link is new, the packages come from the end-to-end
// tests' build.
func TestVersionFlagNamesTheLinkedCommit(t *testing.T) {
	t.Parallel()
	bin := e2e.BuildVariant(t, "-buildvcs=false", "-ldflags="+
		"-X main.version=9.8.7 -X main.commit=fedcba9876543210fedcba9876543210fedcba98 "+
		"-X main.date=2025-11-22T05:09:00Z")
	if got, want := askVersion(t, bin), "partnercoach 9.8.7 (commit fedcba9, 2025-11-22)\n"; got != want {
		t.Errorf("--version printed %q, want %q", got, want)
	}
}

// TestVersionFlagNamesTheCheckoutsCommit builds the program with version
// control stamping, as go build and go install do in a clone: --version
// names the commit checked out. The go command stamps a build only where
// .git is a folder, so a git worktree or a submodule skips the test.
func TestVersionFlagNamesTheCheckoutsCommit(t *testing.T) {
	t.Parallel()
	root, err := e2e.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(filepath.Join(root, ".git")); err != nil || !info.IsDir() {
		t.Skipf("skipping: %s/.git is not a folder (a git worktree, a submodule or no clone), "+
			"and the go command stamps the commit only in a clone's own folder", root)
	}
	head, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("skipping: git cannot read the commit: %v", err)
	}
	got := askVersion(t, e2e.BuildVariant(t, "-buildvcs=true"))
	want := "(commit " + string(head[:shortHash])
	if !strings.HasPrefix(got, "partnercoach ") || !strings.Contains(got, want) {
		t.Errorf("--version printed %q, want it to name %q", got, want)
	}
}
