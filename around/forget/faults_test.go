//go:build unix

package forget

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"partnercoach/around/records"
	"partnercoach/internal/filetest"
)

func TestForgetReportsWhatItCannotRead(t *testing.T) {
	filetest.PrivateData(t)
	os.MkdirAll(records.DamagedDir(), 0o700)
	fifo := filepath.Join(records.DamagedDir(), "r1.20261122-150000.json")
	filetest.Mkfifo(t, fifo)
	filetest.Within(t, func() {
		f, _, err := Newcomer("AB")
		if err != nil || !slices.Equal(f.Unreadable, []string{fifo}) {
			t.Errorf("Forget: %+v, %v", f, err)
		}
	})
}
