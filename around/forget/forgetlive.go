package forget

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"partnercoach/internal/paths"
	"partnercoach/internal/safefile"
	"partnercoach/session/autosave"
)

// forgetLive deletes the autosave, its damaged copies, the rehearsal set
// aside and the temporary files of their writes when they name the
// newcomer, reading every one of them. A session of theirs that is live in
// another process is left alone, and the error says which process has it.
func forgetLive(name string, f *Forgotten) error {
	var (
		naming []string
		errs   []error
	)
	entries, err := os.ReadDir(paths.StateDir())
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot read %s: %w", paths.StateDir(), err)
	}
	live, aside := filepath.Base(autosave.Path()), filepath.Base(autosave.RehearsalPath())
	for _, e := range entries {
		n := e.Name()
		if !(n == live || n == aside || strings.HasPrefix(n, live+".damaged-") || safefile.IsTemp(n)) {
			continue
		}
		path := filepath.Join(paths.StateDir(), n)
		found, err := fileNames(path, name)
		errs = append(errs, err)
		if found {
			naming = append(naming, path)
		}
	}
	if len(naming) == 0 {
		return errors.Join(errs...)
	}
	return errors.Join(append(errs, removeLive(name, naming, f))...)
}

// removeLive deletes the files of the state folder that name the
// newcomer, unless their session is open in another process.
func removeLive(name string, naming []string, f *Forgotten) error {
	l, err := autosave.Open()
	var held *autosave.HeldError
	switch {
	case errors.As(err, &held) && slices.Contains(naming, autosave.Path()):
		return fmt.Errorf("%s's session is still open: %w", name, err)
	case err == nil:
		defer l.Close()
	case !errors.As(err, &held):
		return err
	}
	var errs []error
	for _, path := range naming {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("cannot delete %s: %w", path, err))
			continue
		}
		f.Copies = append(f.Copies, path)
	}
	return errors.Join(errs...)
}
