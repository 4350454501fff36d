package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"partnercoach/internal/paths"
)

// maxOutputs is how many of the files written with --output are kept in
// mind, the latest last.
const maxOutputs = 100

// outputsFormat is the version of the outputs file's format.
const outputsFormat = 1

// OutputsPath is the file listing the files partnercoach wrote where the
// coach asked (log export and calendar export with --output): their paths
// only, so that the next export and newcomer forget find the temporary
// files an export cut short left beside them.
func OutputsPath() string { return filepath.Join(paths.DataDir(), "outputs.json") }

// outputsFile is the content of OutputsPath.
type outputsFile struct {
	Format  int      `json:"format"`
	Outputs []string `json:"outputs"`
}

// knownOutputs reads the paths of the files written with --output. A
// missing or damaged list is empty: it holds nothing but paths, and the
// next export writes it anew.
func knownOutputs() []string {
	data, err := readFile(OutputsPath())
	if err != nil {
		return nil
	}
	var f outputsFile
	if DecodeJSON(OutputsPath(), data, &f) != nil || f.Format != outputsFormat {
		return nil
	}
	return f.Outputs
}

// noteOutput adds path, made absolute, to the outputs file, the latest
// last. The caller holds the data lock.
func noteOutput(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	list := slices.DeleteFunc(knownOutputs(), func(p string) bool { return p == abs })
	list = append(list, abs)
	list = list[max(0, len(list)-maxOutputs):]
	data, err := encodeJSON(outputsFile{Format: outputsFormat, Outputs: list})
	if err != nil {
		return err
	}
	return WriteFile(OutputsPath(), data)
}

// NoteOutput records that partnercoach writes to path, a file or a folder
// the coach chose outside its own folders, so that the temporary files a
// write cut short leaves there are found: cleaned at the next write (see
// WriteOutput) and deleted by newcomer forget. WriteOutput calls it for
// its own path; a command writing there by other means (several files in
// a folder, say) calls it before it starts.
func NoteOutput(path string) error {
	return underLock(func() error { return noteOutput(path) })
}

// OutputLeftovers lists the temporary files that writes of path cut short
// by a kill or a power cut left beside it, hidden files named like
// ".NAME.ics123456"; for a folder, those of every file in it.
func OutputLeftovers(path string) ([]string, error) {
	dir, match := filepath.Dir(path), filepath.Base(path)
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		dir, match = path, ""
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", dir, err)
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() && isTempName(e.Name()) && (match == "" || tempOf(e.Name(), match)) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// removeLeftovers deletes the leftovers of writes of path and returns
// those it deleted. The caller holds the data lock, under which every
// write of an output happens, so none of them is a write in progress.
func removeLeftovers(path string) ([]string, error) {
	temps, err := OutputLeftovers(path)
	var removed []string
	errs := []error{err}
	for _, t := range temps {
		if err := os.Remove(t); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("cannot delete the leftover %s: %w", t, err))
			continue
		}
		removed = append(removed, t)
	}
	return removed, errors.Join(errs...)
}

// forgetOutputs deletes the leftovers of every export partnercoach knows
// of: a temporary file of an export cut short holds what was being
// written, names among it, and is of no use once the write failed.
func forgetOutputs(f *Forgotten) error {
	var errs []error
	for _, out := range knownOutputs() {
		removed, err := removeLeftovers(out)
		f.Leftovers = append(f.Leftovers, removed...)
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
