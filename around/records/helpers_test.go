package records

import (
	"partnercoach/internal/filetest"

	"testing"
)

// TestMain keeps the tests out of the coach's own folders.
func TestMain(m *testing.M) { filetest.Main(m) }
