package plain

import (
	"os"
	"testing"
	"time"
)

// TestMain runs the tests with the local zone fixed at UTC, whatever the
// machine's: the screens show times of day in the local zone, and their
// goldens must not depend on where the tests run.
func TestMain(m *testing.M) {
	time.Local = time.UTC
	os.Exit(m.Run())
}
