package script

import (
	"errors"
	"fmt"

	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
	"partnercoach/internal/textsafe"
)

// readFile reads a script file with the read bounded: only a regular
// file of at most maxSize bytes (a symlink to one is followed). A longer
// file is refused as Problems, at its start, as Load refuses it.
func readFile(path string) ([]byte, error) {
	data, err := regular.Read(path, maxSize)
	if errors.Is(err, regular.ErrTooBig) {
		return nil, Problems{tooBig(path)}
	}
	return data, err
}

// tooBig is the problem of a script file longer than maxSize, at its
// start.
func tooBig(file string) Problem {
	return Problem{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf(
		"the file is longer than %d bytes (expected a script of at most %d bytes; a script is a few kilobytes)", maxSize, maxSize)}
}

// checkFolders refuses the coach's scripts folder, and partnercoach's
// config folder that holds it, when another user could put a script in
// them (see paths.CheckPrivate): a folder writable by its group or by
// others, or owned by someone else, lets another user plant a script
// called first that the coach then runs. A missing folder is no danger.
func checkFolders() error {
	for _, dir := range []string{paths.ConfigDir(), Dir()} {
		err := paths.CheckPrivate(dir)
		var np *paths.NotPrivateError
		switch {
		case errors.As(err, &np) && np.Owner >= 0:
			return fmt.Errorf("refusing to read your scripts: %s belongs to user %d, not to you "+
				"(expected a folder of your own; check who made it, then: %s)", textsafe.Line(dir), np.Owner, textsafe.Line(np.Fix()))
		case errors.As(err, &np):
			return fmt.Errorf("refusing to read your scripts: %s is writable by other users, who could put a script in it "+
				"(expected a folder only you can change; fix it with: %s)", textsafe.Line(dir), textsafe.Line(np.Fix()))
		case err != nil:
			return fmt.Errorf("cannot read your scripts folder: %w", err)
		}
	}
	return nil
}
