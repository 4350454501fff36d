package script

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
	"partnercoach/internal/shellword"
	"partnercoach/internal/textsafe"
)

// readFile reads a script file with the read bounded: only a regular
// file of at most maxSize bytes (a symlink to one is followed).
func readFile(path string) ([]byte, error) {
	data, err := regular.Read(path, maxSize)
	if errors.Is(err, regular.ErrTooBig) {
		return nil, fmt.Errorf("%s is longer than %d bytes (expected a script, a few kilobytes long)", path, maxSize)
	}
	return data, err
}

// checkFolders refuses the coach's scripts folder, and partnercoach's
// config folder that holds it, when another user could put a script in
// them: a folder writable by its group or by others, or owned by someone
// else, lets another user plant a script called first that the coach then
// runs. A missing folder is no danger.
func checkFolders() error {
	for _, dir := range []string{paths.ConfigDir(), Dir()} {
		info, err := os.Stat(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("cannot read your scripts folder: %w", err)
		}
		if info.Mode().Perm()&0o022 != 0 {
			return fmt.Errorf("refusing to read your scripts: %s is writable by other users, who could put a script in it "+
				"(expected a folder only you can change; fix it with: chmod go-w %s)", textsafe.Line(dir), shellword.Quote(dir, "FOLDER"))
		}
		if owner, ok := ownedByOther(info); ok {
			return fmt.Errorf("refusing to read your scripts: %s belongs to user %d, not to you "+
				"(expected a folder of your own; check who made it, then: chown %d %s)", textsafe.Line(dir), owner, os.Getuid(), shellword.Quote(dir, "FOLDER"))
		}
	}
	return nil
}
