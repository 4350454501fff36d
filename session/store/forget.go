package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Forgotten is what Forget deleted, and what it could not.
type Forgotten struct {
	// Records are the ids of the records deleted.
	Records []string
	// Copies are other files deleted: damaged records moved aside, and
	// leftovers of writes cut short.
	Copies []string
	// Entry is whether the newcomer's entry in the newcomer list was
	// deleted.
	Entry bool
	// Mentioned are damaged newcomer lists that name the newcomer among
	// others; they are left for the coach to edit or delete.
	Mentioned []string
}

// Empty reports whether nothing was found to forget.
func (f Forgotten) Empty() bool {
	return len(f.Records) == 0 && len(f.Copies) == 0 && !f.Entry && len(f.Mentioned) == 0
}

// Forget deletes everything kept about a newcomer: every record naming
// them (matching the record's newcomer ignoring case), their entry in the
// newcomer list, every damaged copy of a record that names them, and the
// autosave of an unfinished session of theirs. Other
// newcomers' records are left alone. Problems with the newcomer list are
// returned as well; it stops at the first file it cannot delete.
func Forget(name string) (Forgotten, []Problem, error) {
	name, err := CheckName(name)
	if err != nil {
		return Forgotten{}, nil, err
	}
	var f Forgotten
	if err := forgetIn(RecordsDir(), name, &f); err != nil {
		return f, nil, err
	}
	if err := forgetIn(DamagedDir(), name, &f); err != nil {
		return f, nil, err
	}
	if err := forgetLive(name, &f); err != nil {
		return f, nil, err
	}
	entry, problems, err := removeNewcomer(name)
	f.Entry = entry
	return f, problems, err
}

// forgetIn deletes the files in dir that name the newcomer, and notes the
// damaged newcomer lists there that mention them.
func forgetIn(dir, name string, f *Forgotten) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", dir, err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("cannot read %s: %w", path, err)
		}
		if dir == DamagedDir() && strings.HasPrefix(e.Name(), "newcomers.") {
			if mentions(data, "name", name) {
				f.Mentioned = append(f.Mentioned, path)
			}
			continue
		}
		if !namesNewcomer(data, name) {
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

// namesNewcomer reports whether a record file, whole or damaged, is about
// the newcomer: its "newcomer" field is their name, ignoring case.
func namesNewcomer(data []byte, name string) bool {
	var r struct {
		Newcomer string `json:"newcomer"`
	}
	if json.Unmarshal(data, &r) == nil {
		return SameName(r.Newcomer, name)
	}
	return mentions(data, "newcomer", name)
}

// mentions reports whether text that may not be valid JSON holds the key
// with the name as its value, ignoring case and spaces around the name.
func mentions(data []byte, key, name string) bool {
	quoted, _ := encodeJSON(name) // as records write it: "&" stays "&"
	inner := regexp.QuoteMeta(strings.Trim(strings.TrimSpace(string(quoted)), `"`))
	re := regexp.MustCompile(`(?i)"` + regexp.QuoteMeta(key) + `"\s*:\s*"\s*` + inner + `\s*"`)
	return re.Match(data)
}
