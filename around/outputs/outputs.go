// Package outputs keeps the list of the files partnercoach wrote where the
// coach asked (log export and calendar export with --output, and the
// event files of calendar export --vdir): their paths only, so that the
// next export and newcomer forget find the temporary files an export cut
// short left beside them. It writes those files too, only to a regular
// file or a new path, under the data lock.
package outputs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"partnercoach/around/datalock"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
	"partnercoach/internal/safefile"
)

// maxOutputs is how many outputs are kept in mind, the latest last.
const maxOutputs = 100

// outputsFormat is the version of the outputs file's format.
const outputsFormat = 1

// listPath is the file listing the outputs. Each is a file's path, or,
// for a folder partnercoach writes several files in, the pattern of their
// paths ("/home/ann/calendar/*@partnercoach.ics").
func listPath() string { return filepath.Join(paths.DataDir(), "outputs.json") }

// outputsFile is the content of listPath.
type outputsFile struct {
	Format  int      `json:"format"`
	Outputs []string `json:"outputs"`
}

// Write writes data atomically to a file of mode 0600 that the coach
// named, such as the file of "log export --output", and returns the
// leftovers it deleted (see below). It writes only to a regular file,
// which it replaces, or to a new path: a folder is refused with "is a
// directory", and a symbolic link, a FIFO, a device or a socket with a
// message naming what it is, so that an export never replaces or writes
// through anything but a file. The folder must already exist.
//
// Under the data lock it notes path among the outputs before it writes,
// and deletes the temporary files an earlier write of path cut short left
// beside it, so that a kill in the middle of an export leaves nothing
// that the next export or newcomer forget does not find.
func Write(path string, data []byte) ([]string, error) {
	if err := Check(path); err != nil {
		return nil, err
	}
	var removed []string
	err := datalock.With(func(*datalock.Held) error {
		var err error
		if removed, err = begin(path); err != nil {
			return err
		}
		return safefile.WritePrivate(path, data)
	})
	return removed, err
}

// WriteFolder lets fill write files into the folder dir, which must
// exist, and returns the leftovers it deleted. The files' names match
// pattern (see filepath.Match), which must be one of partnercoach's own
// (see ownPattern), and the folder is noted among the outputs
// once, as that pattern, whatever the number of files. Under the data
// lock, it first deletes the temporary files that earlier writes of such
// files left when cut short, then runs fill, which writes each file with
// write, by the rules of Write.
func WriteFolder(dir, pattern string, fill func(write func(name string, data []byte) error) error) ([]string, error) {
	if !ownPattern(pattern) {
		return nil, fmt.Errorf("cannot write files named %s in %s: partnercoach writes a folder's files only by a pattern of its own, such as *@partnercoach.ics", pattern, dir)
	}
	var removed []string
	err := datalock.With(func(*datalock.Held) error {
		var err error
		if removed, err = begin(filepath.Join(dir, pattern)); err != nil {
			return err
		}
		return fill(func(name string, data []byte) error {
			if ok, err := filepath.Match(pattern, name); err != nil || !ok {
				return fmt.Errorf("cannot write %s in %s: its name is not one of %s", name, dir, pattern)
			}
			path := filepath.Join(dir, name)
			if err := Check(path); err != nil {
				return err
			}
			return safefile.WritePrivate(path, data)
		})
	})
	return removed, err
}

// begin notes an output, a path or a pattern, and deletes the leftovers
// of its writes. The caller holds the data lock.
func begin(output string) ([]string, error) {
	if err := note(output); err != nil {
		return nil, err
	}
	return removeLeftovers(output)
}

// Check reports whether path may be written by Write: a new path in a
// folder that exists, or a regular file; a directory, a symbolic link, a
// FIFO, a device or a socket is refused, saying what it is, and so is a
// path whose folder is missing, naming the folder rather than the
// temporary file a write would have opened in it.
func Check(path string) error {
	info, err := os.Lstat(path)
	switch {
	case err != nil:
		if ferr := checkFolder(path); ferr != nil || errors.Is(err, fs.ErrNotExist) {
			return ferr
		}
		return fmt.Errorf("cannot write %s: %w", path, err)
	case info.IsDir():
		return fmt.Errorf("cannot write %s: it is a directory; give a file name in it", path)
	case !info.Mode().IsRegular():
		return fmt.Errorf("cannot write %s: it is %s, not a regular file; partnercoach writes only to a regular file or a new path", path, regular.Kind(info.Mode()))
	}
	return nil
}

// checkFolder reports whether the folder of a new path is there to write
// it in.
func checkFolder(path string) error {
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: there is no folder %s; make it first, or give a file in a folder that exists", path, dir)
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, err)
	case !info.IsDir():
		return fmt.Errorf("cannot write %s: %s is %s, not a folder", path, dir, regular.Kind(info.Mode()))
	}
	return nil
}

// known reads the outputs noted, paths and patterns. A missing or damaged
// list is empty: it holds nothing but paths, and the next export writes
// it anew.
func known() []string {
	data, err := safefile.Read(listPath())
	if err != nil {
		return nil
	}
	var f outputsFile
	if jsonfile.Decode(listPath(), data, &f) != nil || f.Format != outputsFormat {
		return nil
	}
	return slices.DeleteFunc(f.Outputs, func(o string) bool { return !wellFormed(o) })
}

// wellFormed reports whether an output read from the list is one that
// note could have written: an absolute, clean path. Any other, from a
// list edited by hand, is passed over. Only a pattern of partnercoach's
// own is read as a pattern (see isPattern), so that a list edited by hand
// cannot make partnercoach take another program's files for leftovers of
// its own and delete them.
func wellFormed(output string) bool {
	return filepath.IsAbs(output) && filepath.Clean(output) == output
}

// ownPattern reports whether a pattern of file names is one partnercoach
// writes a folder's files by: a star, then an ending without wildcards
// that holds the word partnercoach, such as "*@partnercoach.ics". Only
// such a pattern is noted, so that the leftovers it matches are
// partnercoach's alone.
func ownPattern(pattern string) bool {
	rest, ok := strings.CutPrefix(pattern, "*")
	return ok && !strings.ContainsAny(rest, `*?[\`) && strings.Contains(rest, "partnercoach")
}

// Files lists the files written where the coach asked that are there now:
// each path noted, and the files of each folder noted that match its
// pattern.
func Files() []string {
	var out []string
	for _, o := range known() {
		if !isPattern(o) {
			out = append(out, o)
			continue
		}
		files, _ := filepath.Glob(o) // a pattern noted is well-formed
		out = append(out, files...)
	}
	return out
}

// isPattern reports whether an output noted is a pattern of file names,
// one of partnercoach's own (see ownPattern), rather than one file's
// path. A file the coach named with * ? or [ in it ("log[1].csv") is a
// path like any other: it is the file itself that forget must name. (A
// file named with partnercoach's own pattern is taken for the pattern,
// which matches it among files of partnercoach's.)
func isPattern(output string) bool { return ownPattern(filepath.Base(output)) }

// note adds an output, made absolute, to the list, the latest last. One
// that is the latest already is not written again. The caller holds the
// data lock.
func note(output string) error {
	abs, err := filepath.Abs(output)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", output, err)
	}
	list := known()
	if len(list) > 0 && list[len(list)-1] == abs {
		return nil
	}
	list = slices.DeleteFunc(list, func(p string) bool { return p == abs })
	list = append(list, abs)
	list = list[max(0, len(list)-maxOutputs):]
	data, err := jsonfile.Encode(outputsFile{Format: outputsFormat, Outputs: list})
	if err != nil {
		return err
	}
	return safefile.WriteFile(listPath(), data)
}

// leftovers lists the temporary files that writes of an output cut short
// by a kill or a power cut left beside it, hidden files named like
// ".NAME.ics123456"; for a pattern, those of every file in its folder
// whose name matches it.
func leftovers(output string) ([]string, error) {
	dir, match := filepath.Dir(output), filepath.Base(output)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", dir, err)
	}
	var out []string
	for _, e := range entries {
		target, ok := safefile.TempTarget(e.Name())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		if target == match || isPattern(output) && matches(match, target) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// removeLeftovers deletes the leftovers of writes of an output and returns
// those it deleted. The caller holds the data lock, under which every
// write of an output happens, so none of them is a write in progress.
func removeLeftovers(output string) ([]string, error) {
	temps, err := leftovers(output)
	removed, rerr := safefile.Remove(temps)
	return removed, errors.Join(err, rerr)
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
	for _, out := range known() {
		removed, err := removeLeftovers(out)
		all = append(all, removed...)
		errs = append(errs, err)
	}
	return all, errors.Join(errs...)
}

// matches reports whether name matches a pattern of partnercoach's own.
func matches(pattern, name string) bool {
	hit, _ := filepath.Match(pattern, name) // an own pattern is well-formed
	return hit
}
