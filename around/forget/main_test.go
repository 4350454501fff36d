package forget

import (
	"testing"

	"partnercoach/internal/filetest"
)

// TestMain keeps the tests out of the coach's own folders.
func TestMain(m *testing.M) { filetest.Main(m) }
