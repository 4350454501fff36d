//go:build unix

package script

import (
	"io/fs"
	"os"
	"syscall"
)

// ownedByOther returns the user id that owns a file, and true when that is
// not the user running partnercoach.
func ownedByOther(info fs.FileInfo) (int, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok || int(st.Uid) == os.Getuid() {
		return 0, false
	}
	return int(st.Uid), true
}
