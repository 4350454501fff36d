package paths

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"partnercoach/internal/shellword"
)

// NotPrivateError says that a file or folder partnercoach reads could be
// changed by another user: its group or others may write to it, or it
// belongs to another user. A script or a settings file read from it could
// have been put there by someone else.
type NotPrivateError struct {
	// Path is the file or folder; Mode its permissions.
	Path string
	Mode fs.FileMode
	// Owner is the other user it belongs to, or -1 when it is the
	// coach's own but others may write to it.
	Owner int
}

// Error says what is wrong and how to put it right.
func (e *NotPrivateError) Error() string {
	if e.Owner >= 0 {
		return fmt.Sprintf("%s belongs to user %d, not to you (expected one of your own; check who made it, then: %s)", e.Path, e.Owner, e.Fix())
	}
	return fmt.Sprintf("%s can be changed by other users (mode %04o; expected one only you can change; fix it with: %s)", e.Path, e.Mode.Perm(), e.Fix())
}

// Fix is the command that puts it right, to copy into a shell.
func (e *NotPrivateError) Fix() string {
	if e.Owner >= 0 {
		return fmt.Sprintf("chown %d %s", os.Getuid(), shellword.Quote(e.Path, "PATH"))
	}
	return "chmod go-w " + shellword.Quote(e.Path, "PATH")
}

// CheckPrivate is the one check that a file or a folder partnercoach
// reads its own configuration from (the settings file, the config folder,
// the scripts folder) is the coach's alone: it returns a *NotPrivateError
// for one that the group or others may write to, or (where files have
// owners) that belongs to another user. A symbolic link is checked where
// it points. Something that is not there is no risk. Where permissions
// are not Unix mode bits (Windows), only the owner is checked, where
// there is one.
func CheckPrivate(path string) error {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot check %s: %w", path, err)
	}
	if owner, ok := ownerOf(info); ok && owner != os.Getuid() {
		return &NotPrivateError{Path: path, Mode: info.Mode(), Owner: owner}
	}
	if modeBits && info.Mode().Perm()&0o022 != 0 {
		return &NotPrivateError{Path: path, Mode: info.Mode(), Owner: -1}
	}
	return nil
}
