package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"partnercoach/internal/e2e"
)

// checkoutInfo returns build information as the go command records it for a
// binary built from a git checkout.
func checkoutInfo(moduleVersion, revision, modified, when string) *debug.BuildInfo {
	info := &debug.BuildInfo{Main: debug.Module{Path: "partnercoach", Version: moduleVersion}}
	for _, s := range []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: revision},
		{Key: "vcs.time", Value: when},
		{Key: "vcs.modified", Value: modified},
	} {
		if s.Value != "" {
			info.Settings = append(info.Settings, s)
		}
	}
	return info
}

func TestVersionString(t *testing.T) {
	t.Parallel()
	const (
		hash    = "7325185abcdef0123456789abcdef0123456789a"
		release = "0123456789abcdef0123456789abcdef01234567"
		when    = "2025-11-22T04:52:00Z"
	)
	tests := []struct {
		name                  string
		version, commit, date string
		info                  *debug.BuildInfo
		want                  string
	}{
		{"release, the linker's values win", "1.2.0", release, "2025-12-01T10:00:00Z",
			checkoutInfo("v0.0.0-20251122045200-7325185abcde+dirty", hash, "true", when),
			"1.2.0 (commit 0123456, 2025-12-01)"},
		{"clean checkout", "", "", "",
			checkoutInfo("v0.0.0-20251122045200-7325185abcde", hash, "false", when),
			"devel (commit 7325185, 2025-11-22)"},
		{"checkout with changes", "", "", "",
			checkoutInfo("v0.0.0-20251122045200-7325185abcde+dirty", hash, "true", when),
			"devel (commit 7325185-dirty, 2025-11-22)"},
		{"pseudo-version after a tag", "", "", "",
			checkoutInfo("v0.3.1-0.20251122045200-7325185abcde", hash, "false", when),
			"devel (commit 7325185, 2025-11-22)"},
		{"tagged commit", "", "", "",
			checkoutInfo("v0.3.0", hash, "false", when), "v0.3.0 (commit 7325185, 2025-11-22)"},
		{"tagged commit with changes", "", "", "",
			checkoutInfo("v0.3.0+dirty", hash, "true", when), "v0.3.0 (commit 7325185-dirty, 2025-11-22)"},
		{"pre-release tag", "", "", "",
			checkoutInfo("v1.0.0-rc.1", hash, "false", when), "v1.0.0-rc.1 (commit 7325185, 2025-11-22)"},
		{"only the version linked", "1.2.0", "", "",
			checkoutInfo("(devel)", hash, "true", when), "1.2.0 (commit 7325185-dirty, 2025-11-22)"},
		{"built without version control", "", "", "",
			checkoutInfo("(devel)", "", "", ""), "devel"},
		{"no build information", "", "", "", nil, "devel"},
		{"date in another zone", "1.2.0", release, "2025-11-22T23:30:00-05:00", nil,
			"1.2.0 (commit 0123456, 2025-11-23)"},
		{"date not RFC 3339", "1.2.0", "abc12", "yesterday", nil, "1.2.0 (commit abc12, yesterday)"},
		{"date alone", "1.2.0", "", "2025-11-22T04:52:00Z", nil, "1.2.0 (2025-11-22)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readBuildStamp(tt.version, tt.commit, tt.date, tt.info).String()
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// askVersion returns what the binary at bin prints for --version.
func askVersion(t *testing.T, bin string) string {
	t.Helper()
	run := exec.Command(bin, "--version")
	run.Env = homeEnv(t.TempDir())
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
