package paths

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"partnercoach/internal/shellword"
)

// CheckPrivate refuses a folder of partnercoach's own that another user
// could put files in: one that the group or others may write to, or (where
// files have owners) one owned by another user. A script or a settings
// file read from such a folder could have been put there by someone else.
// A folder that is not there is no risk.
func CheckPrivate(dir string) error {
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot check %s: %w", dir, err)
	}
	if perm := info.Mode().Perm(); perm&0o022 != 0 {
		return fmt.Errorf("%s can be written by other users (mode %04o), so partnercoach does not read from it; make it yours alone with: chmod go-w %s", dir, perm, shellword.Quote(dir, "FOLDER"))
	}
	if owner, ok := ownerOf(info); ok && owner != os.Getuid() {
		return fmt.Errorf("%s belongs to another user (uid %d), so partnercoach does not read from it", dir, owner)
	}
	return nil
}
