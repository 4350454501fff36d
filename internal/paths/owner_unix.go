//go:build unix

package paths

import (
	"io/fs"
	"syscall"
)

// modeBits says that a file's permissions are Unix mode bits.
const modeBits = true

// ownerOf returns the user id that owns a file.
func ownerOf(info fs.FileInfo) (int, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), true
}
