// Package e2e drives the real partnercoach binary for end-to-end tests: a
// private tmux server as the terminal, and a headless notification server
// (Xvfb, a private D-Bus session bus and dunst) that records what was sent.
//
// It is a plain package so that test files anywhere in the module can use it;
// it depends on the standard library only.
package e2e

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// installHint tells a developer how to get every tool this package uses.
const installHint = "apt-get install tmux dbus dunst xvfb xauth libnotify-bin"

// Require checks that every named tool is on PATH. A missing tool fails the
// test when the CI environment variable is "true", and skips it otherwise, so
// that a developer without the tools still gets a green run with a reason.
func Require(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err == nil {
			continue
		}
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI: %s is required for this end-to-end test but is not installed", tool)
		}
		t.Skipf("skipping: %s is not installed; to run this end-to-end test, install it (%s)",
			tool, installHint)
	}
}

// binary holds the result of the one build of the program per test process.
var binary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// Prebuild builds the program now, as BuildBinary would on its first call.
// TestMain calls it before m.Run, so that the build, which takes minutes
// with a cold build cache on a busy machine, is not counted against the
// package's test timeout (it starts in m.Run) nor against the first test
// that asks for the binary. A failed build fails each test that asks.
func Prebuild() {
	binary.once.Do(buildOnce)
}

// BuildBinary builds ./cmd/partnercoach once per test process and returns the
// path of the executable, or returns PARTNERCOACH_E2E_BINARY when that names
// another build to measure. The build lands in a directory made with
// os.MkdirTemp, since it outlives the test that asked for it first; call
// RemoveBinary from TestMain to delete it. A failed build fails the test with
// the compiler's output.
func BuildBinary(t testing.TB) string {
	t.Helper()
	binary.once.Do(buildOnce)
	if binary.err != nil {
		t.Fatalf("building partnercoach: %v", binary.err)
	}
	return binary.path
}

// buildOnce is the one build behind BuildBinary and Prebuild.
func buildOnce() {
	if path := os.Getenv("PARTNERCOACH_E2E_BINARY"); path != "" {
		binary.path = path // a build to compare, for the benchmarks
		return
	}
	dir, err := os.MkdirTemp("", "partnercoach-e2e-")
	if err != nil {
		binary.err = err
		return
	}
	binary.dir = dir
	binary.path = filepath.Join(dir, "partnercoach")
	binary.err = build("./cmd/partnercoach", binary.path)
}

// RemoveBinary deletes the directory BuildBinary built into, if it built
// anything. It is meant for TestMain, after m.Run.
func RemoveBinary() {
	if binary.dir != "" {
		os.RemoveAll(binary.dir)
	}
}

// BuildVariant builds ./cmd/partnercoach as BuildBinary does, with the go
// build arguments args added (such as -ldflags or -buildvcs), into the
// test's temporary directory, and returns the executable's path. Only the
// link differs from BuildBinary's build, so once that is in the build
// cache a variant takes a second or two.
func BuildVariant(t testing.TB, args ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "partnercoach")
	if err := build("./cmd/partnercoach", path, args...); err != nil {
		t.Fatalf("building partnercoach %v: %v", args, err)
	}
	return path
}

// BuildPackage builds another main package of the module, such as
// ./bench/bareloop, as BuildBinary builds partnercoach, into the test's
// temporary directory, and returns the executable's path.
func BuildPackage(t testing.TB, pkg string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), filepath.Base(pkg))
	if err := build(pkg, path); err != nil {
		t.Fatalf("building %s: %v", pkg, err)
	}
	return path
}

// build compiles the package pkg of the module to out the way the releases
// are built (.goreleaser.yaml): static, without cgo, without the builder's
// paths, and without the race detector even when the tests have it. args
// go before the package.
func build(pkg, out string, args ...string) error {
	root, err := ModuleRoot()
	if err != nil {
		return err
	}
	argv := append([]string{"build", "-trimpath", "-o", out}, args...)
	cmd := exec.Command("go", append(argv, pkg)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s in %s: %v\n%s", strings.Join(cmd.Args[1:], " "), root, err, out)
	}
	return nil
}

// ModuleRoot returns the directory holding go.mod, found by walking up from
// the working directory (a test's working directory is its package's).
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod in the working directory or any parent")
		}
		dir = parent
	}
}
