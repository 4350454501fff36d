package forget

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"partnercoach/around/names"
	"partnercoach/around/outputs"
	"partnercoach/around/records"
	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
	"partnercoach/internal/safefile"
	"partnercoach/session/autosave"
)

// found is a file that names or mentions a newcomer, as scanFile read it.
type found struct {
	path string
	scan
}

// checkForgotten reads every file under partnercoach's data, state and
// config folders once Newcomer has deleted what it could, and notes in f
// each one that still names the newcomer (as namesNewcomer says) or
// mentions them (as mentions says, leaving out the names of other
// newcomers that hold theirs, such as "Ann Lee Smith" for "Ann Lee"), and
// each one it could not read. The exports partnercoach knows of are read
// too, and those that name the newcomer or hold id, the id their entry in
// the newcomer list had ("" for none), are noted in f.Exports. It is the
// check behind Forgotten.Complete: forget says it forgot only when this
// found nothing.
func checkForgotten(name, id string, f *Forgotten) {
	var (
		hits   []found
		longer []string
	)
	for _, root := range []string{paths.DataDir(), paths.StateDir(), paths.ConfigDir()} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return nil
			case err != nil:
				f.Unreadable = append(f.Unreadable, path)
				return nil
			case d.IsDir():
				return nil
			}
			s, ok := scanPath(path, name, f)
			longer = append(longer, s.others...)
			if ok && (s.names || len(s.hits) > 0 || mentions(baseName(path), name)) {
				hits = append(hits, found{path, s})
			}
			return nil
		})
	}
	for _, h := range hits {
		if h.names || stillMentions(h, name, longer) {
			f.Left = append(f.Left, Left{Path: h.path, Why: whyLeft(h)})
		}
	}
	for _, out := range outputs.Files() {
		if exportHolds(out, name, id) {
			f.Exports = append(f.Exports, out)
		}
	}
}

// exportHolds reports whether an export names or mentions the newcomer,
// or holds id, as a calendar's UIDs hold it. A file it cannot read is
// taken not to: it is not partnercoach's to look into further.
func exportHolds(path, name, id string) bool {
	data, err := regular.Read(path, safefile.MaxSize)
	if err != nil {
		return false
	}
	s := scanFile(data, name)
	return s.names || len(s.hits) > 0 || (id != "" && bytes.Contains(data, []byte(id)))
}

// scanPath reads a file, following a symbolic link only to a regular
// file, and scans it. A file it cannot read is noted in f as unreadable;
// a file that has gone is skipped.
func scanPath(path, name string, f *Forgotten) (scan, bool) {
	data, err := regular.Read(path, safefile.MaxSize)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return scan{}, false
	case err != nil:
		f.Unreadable = append(f.Unreadable, path)
		return scan{}, false
	}
	return scanFile(data, name), true
}

// stillMentions reports whether a file mentions the name other than as
// part of a longer name of another newcomer, or in its file name.
func stillMentions(h found, name string, longer []string) bool {
	if mentions(baseName(h.path), name) {
		return true
	}
	for _, t := range h.hits {
		if names.Same(t, name) || hasPhrase(blankNames(t, longer), name) {
			return true
		}
	}
	return false
}

// baseName is a file's name without its folder and extension, with the
// dashes, underscores and dots between words read as spaces.
func baseName(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return strings.NewReplacer("-", " ", "_", " ", ".", " ").Replace(base)
}

// whyLeft says why a file that names a newcomer was not deleted, and
// what the coach can do.
func whyLeft(h found) string {
	dir, base := filepath.Dir(h.path), filepath.Base(h.path)
	switch {
	case dir == records.DamagedDir() && strings.HasPrefix(base, "newcomers."):
		return "a damaged newcomer list that holds others too: edit or delete it by hand"
	case h.path == autosave.Path():
		return "the autosave of their session, open in another partnercoach: end that session, then forget again"
	case !h.names && dir == records.Dir():
		return "another session's record mentions them in its text: edit it by hand"
	case !h.names:
		return "it mentions them: edit or delete it by hand"
	}
	return "it names them and could not be deleted: delete it by hand"
}
