package notify

import (
	"os"
	"testing"
)

// writeFile creates an empty regular file at path.
func writeFile(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
}
