//go:build unix

package book

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"partnercoach/internal/filetest"
	"partnercoach/internal/paths"
)

func TestNewcomerListTempsAreRemovedUnderItsLock(t *testing.T) {
	filetest.PrivateData(t)
	os.MkdirAll(paths.DataDir(), 0o700)
	temp := filepath.Join(paths.DataDir(), ".newcomers.json5551")
	os.WriteFile(temp, []byte(`{"format": 1, "newcomers": [{"name": "AB"`), 0o600)
	if _, _, err := ListNewcomers(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(temp); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s is still there", temp)
	}
}
