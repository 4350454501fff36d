//go:build !unix

package paths

import "io/fs"

// modeBits says that a file's permissions are not Unix mode bits: Windows
// reports every writable file as 0666 and every folder as 0777.
const modeBits = false

// ownerOf reports no owner where files have none in the Unix sense.
func ownerOf(fs.FileInfo) (int, bool) { return 0, false }
