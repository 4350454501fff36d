package store

import (
	"fmt"
	"os"
	"testing"
)

// homeVar tells a second process started by a test that TestMain has set
// its folders already.
const homeVar = "PARTNERCOACH_STORE_TEST_HOME"

// TestMain points the XDG folders at a temporary folder for the whole
// run, so that no test reads or writes the coach's own: a test that
// forgets a newcomer reads every file under the data, state and config
// folders. Tests still take folders of their own (useTempData,
// privateState). A test that runs this binary again as a second process
// passes its own folders on: the child keeps them.
func TestMain(m *testing.M) {
	if os.Getenv(homeVar) != "" {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "store-test-home-")
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
