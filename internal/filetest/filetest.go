// Package filetest helps the tests of the packages that keep files in
// partnercoach's folders: it points those folders at temporary ones, so
// that no test reads or writes the coach's own, and makes the odd files
// (FIFOs, devices) the tests refuse to read or write through.
package filetest

import (
	"fmt"
	"os"
	"testing"
)

// homeVar tells a second process started by a test that Main has set its
// folders already.
const homeVar = "PARTNERCOACH_TEST_HOME"

// Main points the XDG folders at a temporary folder for the whole run of
// a package's tests and runs them; a package's TestMain calls it. A test
// that forgets a newcomer reads every file under the data, state and
// config folders. Tests still take folders of their own (PrivateData,
// PrivateState). A test that runs its binary again as a second process
// passes its own folders on: the child keeps them.
func Main(m *testing.M) {
	if os.Getenv(homeVar) != "" {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "partnercoach-test-home-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, v := range []string{"XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "HOME"} {
		os.Setenv(v, dir+"/"+v)
	}
	os.Setenv(homeVar, dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// PrivateData points the XDG data folder at a new temporary folder for
// the test, and returns it.
func PrivateData(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	return dir
}

// PrivateState points the XDG state folder at a new temporary folder for
// the test, and returns it.
func PrivateState(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	return dir
}
