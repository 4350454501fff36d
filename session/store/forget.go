package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"partnercoach/internal/paths"
)

// Forgotten is what Forget deleted, and what it could not.
type Forgotten struct {
	// Records are the ids of the records deleted.
	Records []string
	// Copies are other files naming the newcomer that were deleted:
	// damaged copies moved aside, the autosave, and the temporary files
	// of writes cut short.
	Copies []string
	// Entry is whether the newcomer's entry in the newcomer list was
	// deleted.
	Entry bool
	// Mentioned are damaged newcomer lists that name the newcomer among
	// others; they are left for the coach to edit or delete.
	Mentioned []string
	// Unreadable are files where the newcomer may be named that could
	// not be read (too large, or not regular files); they are left as
	// they are, for the coach to look at.
	Unreadable []string
}

// Empty reports whether nothing was found to forget.
func (f Forgotten) Empty() bool {
	return len(f.Records) == 0 && len(f.Copies) == 0 && !f.Entry && len(f.Mentioned) == 0
}

// Forget deletes everything kept about a newcomer: every record naming
// them, their entry in the newcomer list, every damaged copy naming them,
// every temporary file left by a write cut short that names them, and the
// autosave of an unfinished session of theirs. A file names them as
// namesNewcomer says: however the name is written in it. Other newcomers'
// records are left alone. Any name that was ever stored can be forgotten,
// even one that today's name rule refuses. Problems with the newcomer list
// are returned as well; it stops at the first file it cannot delete.
func Forget(name string) (Forgotten, []Problem, error) {
	name, err := forgetName(name)
	if err != nil {
		return Forgotten{}, nil, err
	}
	var f Forgotten
	for _, dir := range []string{RecordsDir(), DamagedDir()} {
		if err := forgetIn(dir, name, &f, func(string) bool { return true }); err != nil {
			return f, nil, err
		}
	}
	if err := forgetIn(paths.DataDir(), name, &f, isTempName); err != nil {
		return f, nil, err
	}
	if err := forgetLive(name, &f); err != nil {
		return f, nil, err
	}
	entry, problems, err := removeNewcomer(name)
	f.Entry = entry
	return f, problems, err
}

// forgetIn deletes the regular files in dir whose names pick says to
// look at and that name the newcomer, and notes the damaged newcomer lists
// there that mention them.
func forgetIn(dir, name string, f *Forgotten, pick func(string) bool) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", dir, err)
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if !pick(e.Name()) || path == DamagedDir() {
			continue
		}
		if !e.Type().IsRegular() {
			f.Unreadable = append(f.Unreadable, path)
			continue
		}
		found, err := fileNames(path, name, f)
		if err != nil || !found {
			return err
		}
		if dir == DamagedDir() && strings.HasPrefix(e.Name(), "newcomers.") {
			f.Mentioned = append(f.Mentioned, path)
			continue
		}
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("cannot delete %s: %w", path, err)
		}
		if dir == RecordsDir() && isRecordFile(e) {
			f.Records = append(f.Records, strings.TrimSuffix(e.Name(), ".json"))
		} else {
			f.Copies = append(f.Copies, path)
		}
	}
	return nil
}

// fileNames reads a file and reports whether it names the newcomer. A
// file that is gone names nobody; one that cannot be read for its size or
// kind is noted in f as unreadable.
func fileNames(path, name string, f *Forgotten) (bool, error) {
	data, err := readFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case isNotRegular(err) || errors.Is(err, errTooLarge):
		f.Unreadable = append(f.Unreadable, path)
		return false, nil
	case err != nil:
		return false, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return namesNewcomer(data, name), nil
}
