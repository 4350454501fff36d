// Package outputs keeps the list of the files partnercoach wrote where the
// coach asked (log export and calendar export with --output): their paths
// only, so that the next export and newcomer forget find the temporary
// files an export cut short left beside them. It writes those files too,
// only to a regular file or a new path, under the data lock.
package outputs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"partnercoach/around/datalock"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
	"partnercoach/internal/safefile"
)

// maxOutputs is how many of the files written with --output are kept in
// mind, the latest last.
const maxOutputs = 100

// outputsFormat is the version of the outputs file's format.
const outputsFormat = 1

// listPath is the file listing the files partnercoach wrote where the coach
// asked.
func listPath() string { return filepath.Join(paths.DataDir(), "outputs.json") }

// outputsFile is the content of listPath.
type outputsFile struct {
	Format  int      `json:"format"`
	Outputs []string `json:"outputs"`
}

// Write writes data atomically to a file of mode 0600 that the coach
// named, such as the file of "log export --output". It writes only to a
// regular file, which it replaces, or to a new path: a folder is refused
// with "is a directory", and a symbolic link, a FIFO, a device or a socket
// with a message naming what it is, so that an export never replaces or
// writes through anything but a file. The folder must already exist.
//
// Under the data lock it notes path among the outputs (see Note) before
// it writes, and deletes the temporary files an earlier write of path cut
// short left beside it, so that a kill in the middle of an export leaves
// nothing that the next export or newcomer forget does not find.
func Write(path string, data []byte) error {
	if err := Check(path); err != nil {
		return err
	}
	return datalock.With(func(*datalock.Held) error {
		if err := note(path); err != nil {
			return err
		}
		if _, err := removeLeftovers(path); err != nil {
			return err
		}
		return safefile.WritePrivate(path, data)
	})
}

// Check reports whether path may be written by Write: a new path or a
// regular file; a directory, a symbolic link, a FIFO, a device or a
// socket is refused, saying what it is.
func Check(path string) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, err)
	case info.IsDir():
		return fmt.Errorf("cannot write %s: it is a directory; give a file name in it", path)
	case !info.Mode().IsRegular():
		return fmt.Errorf("cannot write %s: it is %s, not a regular file; partnercoach writes only to a regular file or a new path", path, regular.Kind(info.Mode()))
	}
	return nil
}

// Known reads the paths of the files written with --output. A missing or
// damaged list is empty: it holds nothing but paths, and the next export
// writes it anew.
func Known() []string {
	data, err := safefile.Read(listPath())
	if err != nil {
		return nil
	}
	var f outputsFile
	if jsonfile.Decode(listPath(), data, &f) != nil || f.Format != outputsFormat {
		return nil
	}
	return f.Outputs
}

// note adds path, made absolute, to the outputs file, the latest last.
// The caller holds the data lock.
func note(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	list := slices.DeleteFunc(Known(), func(p string) bool { return p == abs })
	list = append(list, abs)
	list = list[max(0, len(list)-maxOutputs):]
	data, err := jsonfile.Encode(outputsFile{Format: outputsFormat, Outputs: list})
	if err != nil {
		return err
	}
	return safefile.WriteFile(listPath(), data)
}

// Note records that partnercoach writes to path, a file or a folder the
// coach chose outside its own folders, so that the temporary files a
// write cut short leaves there are found: cleaned at the next write (see
// Write) and deleted by newcomer forget. Write calls it for its own path;
// a command writing there by other means (several files in a folder, say)
// calls it before it starts.
func Note(path string) error {
	return datalock.With(func(*datalock.Held) error { return note(path) })
}

// Leftovers lists the temporary files that writes of path cut short by a
// kill or a power cut left beside it, hidden files named like
// ".NAME.ics123456"; for a folder, those of every file in it.
func Leftovers(path string) ([]string, error) {
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
		if e.Type().IsRegular() && safefile.IsTemp(e.Name()) && (match == "" || safefile.TempOf(e.Name(), match)) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// removeLeftovers deletes the leftovers of writes of path and returns
// those it deleted. The caller holds the data lock, under which every
// write of an output happens, so none of them is a write in progress.
func removeLeftovers(path string) ([]string, error) {
	temps, err := Leftovers(path)
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

// RemoveLeftovers deletes the leftovers of every output it knows of, and
// returns those it deleted: a temporary file of an export cut short holds
// what was being written, names among it, and is of no use once the write
// failed. It runs under the data lock its caller holds (newcomer forget).
func RemoveLeftovers(*datalock.Held) ([]string, error) {
	var (
		all  []string
		errs []error
	)
	for _, out := range Known() {
		removed, err := removeLeftovers(out)
		all = append(all, removed...)
		errs = append(errs, err)
	}
	return all, errors.Join(errs...)
}
