// Package forget deletes everything partnercoach keeps about a newcomer,
// across the records, the newcomer list, the autosave and the leftovers of
// exports, under the one data lock, and then reads every file of
// partnercoach's folders again to say whether anything still names them.
package forget

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"partnercoach/around/book"
	"partnercoach/around/datalock"
	"partnercoach/around/outputs"
	"partnercoach/around/records"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/paths"
	"partnercoach/internal/safefile"
)

// Forgotten is what Newcomer deleted, and what it found left afterwards.
type Forgotten struct {
	// Records are the ids of the records deleted.
	Records []string
	// Copies are other files naming the newcomer that were deleted:
	// damaged copies moved aside, the autosave, and the temporary files
	// of writes cut short.
	Copies []string
	// Leftovers are the temporary files of exports cut short that were
	// deleted, beside files written with --output: they hold what was
	// being written, which may name the newcomer (as initials, in a
	// calendar), and are of no use.
	Leftovers []string
	// Entry is whether the newcomer's entry in the newcomer list was
	// deleted, with its appointments.
	Entry bool
	// Left are the files under partnercoach's data, state and config
	// folders that still name or mention the newcomer once Newcomer has
	// deleted what it could, each with why it was left.
	Left []Left
	// Unreadable are files under those folders that could not be read
	// (too large, or not regular files), so that nobody can say whether
	// they name the newcomer; they are left as they are.
	Unreadable []string
	// Exports are files the coach asked partnercoach to write (with
	// --output or --vdir) that name the newcomer, or that hold their
	// events by the id the newcomer list gave them (a calendar names a
	// newcomer by initials only). They are the coach's own and outside
	// partnercoach's folders, so they are named, not deleted.
	Exports []string
}

// Left is a file that still names a newcomer after Newcomer, and why it was
// left.
type Left struct {
	Path string
	Why  string
}

// Empty reports whether nothing was found to forget.
func (f Forgotten) Empty() bool {
	return len(f.Records) == 0 && len(f.Copies) == 0 && !f.Entry && len(f.Left) == 0
}

// Complete reports whether, once Newcomer was done, no file under
// partnercoach's folders named the newcomer and every file there could be
// read to tell.
func (f Forgotten) Complete() bool { return len(f.Left) == 0 && len(f.Unreadable) == 0 }

// Newcomer deletes everything kept about a newcomer: every record naming
// them, their entry in the newcomer list with its appointments, every
// damaged copy naming them, every temporary file left by a write cut short
// that names them, the leftovers of an export cut short, and the autosave
// of an unfinished session of theirs. A file names them as namesNewcomer
// says: however the name is written in it. Other newcomers' records are
// left alone. Any name that was ever stored can be forgotten, even one
// that today's name rule refuses.
//
// It reads every file of each folder, whatever it finds in the others,
// and does it all under the data lock, so that no correction or save in
// another process writes a record of theirs back meanwhile. Then it reads
// every file under the data, state and config folders again and notes in
// Left each one that still names the newcomer (see checkForgotten), and
// in Unreadable each one it could not read. Problems with the newcomer
// list are returned as well; the error joins every file it could not
// delete or read.
func Newcomer(name string) (Forgotten, []jsonfile.Problem, error) {
	name, err := forgetName(name)
	if err != nil {
		return Forgotten{}, nil, err
	}
	var (
		f        Forgotten
		problems []jsonfile.Problem
	)
	err = datalock.With(func(h *datalock.Held) error {
		var errs []error
		for _, dir := range []string{records.Dir(), records.DamagedDir()} {
			errs = append(errs, forgetIn(dir, name, &f, func(string) bool { return true }))
		}
		errs = append(errs, forgetIn(paths.DataDir(), name, &f, safefile.IsTemp))
		entry, ps, err := book.Remove(h, name)
		f.Entry, problems = entry != nil, ps
		errs = append(errs, err)
		id := ""
		if entry != nil {
			id = entry.ID
		}
		removed, err := outputs.RemoveLeftovers(h)
		f.Leftovers = append(f.Leftovers, removed...)
		errs = append(errs, err)
		errs = append(errs, forgetLive(name, &f))
		checkForgotten(name, id, &f)
		return errors.Join(errs...)
	})
	return f, problems, err
}

// forgetIn deletes the regular files in dir whose names pick says to
// look at and that name the newcomer. It reads every one of them, and
// goes on past a file it cannot read or delete; the error joins those.
// Damaged newcomer lists are not deleted: they hold others too, and
// checkForgotten names them.
func forgetIn(dir, name string, f *Forgotten, pick func(string) bool) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", dir, err)
	}
	var errs []error
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if !pick(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		found, err := fileNames(path, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !found || (dir == records.DamagedDir() && strings.HasPrefix(e.Name(), "newcomers.")) {
			continue
		}
		if err := os.Remove(path); err != nil {
			errs = append(errs, fmt.Errorf("cannot delete %s: %w", path, err))
			continue
		}
		if dir == records.Dir() && records.IsRecordFile(e) {
			f.Records = append(f.Records, strings.TrimSuffix(e.Name(), ".json"))
		} else {
			f.Copies = append(f.Copies, path)
		}
	}
	return errors.Join(errs...)
}

// fileNames reads a file and reports whether it names the newcomer. A
// file that is gone names nobody; one that cannot be read for its size or
// kind is not deleted, and checkForgotten notes it as unreadable.
func fileNames(path, name string) (bool, error) {
	data, err := safefile.Read(path)
	switch {
	case errors.Is(err, fs.ErrNotExist), safefile.IsNotRegular(err), errors.Is(err, safefile.ErrTooLarge):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return namesNewcomer(data, name), nil
}
