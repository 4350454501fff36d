package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// forgetLive deletes the autosave, and damaged copies of it, when they are
// about the newcomer. A session of theirs that is live in another process
// is left alone, and the error says which process has it.
func forgetLive(name string, f *Forgotten) error {
	data, err := os.ReadFile(LivePath())
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("cannot read %s: %w", LivePath(), err)
	case namesNewcomer(data, name):
		if err := removeUnlocked(); err != nil {
			return fmt.Errorf("%s's session is still open: %w", name, err)
		}
		f.Copies = append(f.Copies, LivePath())
	}
	copies, _ := filepath.Glob(LivePath() + ".damaged-*")
	for _, path := range copies {
		data, err := os.ReadFile(path)
		if err != nil || !namesNewcomer(data, name) {
			continue
		}
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("cannot delete %s: %w", path, err)
		}
		f.Copies = append(f.Copies, path)
	}
	return nil
}

// removeUnlocked deletes the autosave if no process has the live session
// open.
func removeUnlocked() error {
	l, err := OpenLive()
	if err != nil {
		return err
	}
	defer l.Close()
	return l.Remove()
}
