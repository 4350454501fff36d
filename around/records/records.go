package records

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"partnercoach/around/datalock"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/regular"
	"partnercoach/internal/safefile"
	"partnercoach/script"
	"partnercoach/session"
)

// idRE is what a record id may look like: it becomes a file name, so it
// has no path separators and does not start with a dot.
var idRE = regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z_.-]*$`)

// checkID refuses an id that cannot safely be a file name.
func checkID(id string) error {
	if !idRE.MatchString(id) {
		return fmt.Errorf("%q is not a record id: expected one such as 2026-11-22-1503 (partnercoach log lists them)", id)
	}
	return nil
}

// newID returns an id for a session that started at the given time, such
// as "2026-11-22-1503" in local time, which sorts by time and is not yet
// used in Dir; if it is, "-2", "-3" and so on are added. An id
// never holds the newcomer's name. Two processes asking at once may be
// given the same id; only one session runs at a time, under the lock on
// the live session.
func newID(started time.Time) string {
	base := started.Local().Format("2006-01-02-1504")
	for n := 1; ; n++ {
		id := base
		if n > 1 {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		if _, err := os.Lstat(recordPath(id)); err != nil {
			return id
		}
	}
}

// Save writes a record to its file, replacing any earlier version
// atomically, and returns its id. A record with no id is the record of a
// session that has just ended: it is given a new one (see newID). A record with no format number is given
// session.RecordFormat. A record that would not load back is refused.
// The data folder and the records folder are made private (0700). It
// writes under the data lock, so it never interleaves with a correction or
// a forget in another process.
func Save(rec session.Record) (string, error) {
	err := datalock.With(func(*datalock.Held) error {
		if rec.ID == "" {
			rec.ID = newID(rec.Started)
		}
		return save(rec)
	})
	return rec.ID, err
}

// Append writes a new record that build makes from the records kept, by
// the rules of Save with a new id, and returns it. The records are read and the new
// one written under the data lock, so that two processes at once never
// both write a record that build would refuse once the other's is kept.
// Records found damaged on the way are moved aside.
func Append(build func(recs []session.Record) (session.Record, error)) (session.Record, error) {
	var rec session.Record
	err := datalock.With(func(*datalock.Held) error {
		recs, _ := List()
		var err error
		if rec, err = build(recs); err != nil {
			return err
		}
		rec.ID = newID(rec.Started)
		return save(rec)
	})
	return rec, err
}

// save is Save for a caller that holds the data lock.
func save(rec session.Record) error {
	if err := checkID(rec.ID); err != nil {
		return fmt.Errorf("cannot save the record: %w", err)
	}
	if rec.Format == 0 {
		rec.Format = session.RecordFormat
	}
	rec = settleForSave(rec)
	if bad := validate(rec, rec.ID); bad != nil {
		return fmt.Errorf("cannot save record %s: %s", rec.ID, bad.msg)
	}
	data, err := jsonfile.Encode(rec)
	if err != nil {
		return fmt.Errorf("cannot encode record %s: %w", rec.ID, err)
	}
	return safefile.WriteFile(recordPath(rec.ID), data)
}

// Load reads the record with the given id. A damaged record is moved
// aside, and the error is its *jsonfile.Problem. The problems are what was
// put right as it was read (see settleSteps), each at its place in the file;
// the file is left as it is.
func Load(id string) (session.Record, []jsonfile.Problem, error) {
	if err := checkID(id); err != nil {
		return session.Record{}, nil, err
	}
	path := recordPath(id)
	data, err := safefile.Read(path)
	if errors.Is(err, fs.ErrNotExist) {
		return session.Record{}, nil, fmt.Errorf("no record %s in %s (partnercoach log lists them)", id, Dir())
	}
	if safefile.IsNotRegular(err) {
		return session.Record{}, nil, fmt.Errorf("cannot read record %s: %w", id, err)
	}
	if err != nil {
		return session.Record{}, nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	rec, notes, p := decodeRecord(path, data)
	if p != nil {
		MoveAside(p)
		return session.Record{}, nil, p
	}
	return rec, notes, nil
}

// List reads every record in Dir, sorted by start time. Each file
// that cannot be used is reported as a Problem and moved aside; the rest
// still load. What was put right in a record as it was read is reported
// too (see Load).
func List() ([]session.Record, []jsonfile.Problem) {
	dir := Dir()
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []jsonfile.Problem{{Path: dir, Msg: fmt.Sprintf("cannot read the records folder: %v", err)}}
	}
	var (
		recs     []session.Record
		problems []jsonfile.Problem
	)
	for _, e := range entries {
		if !IsRecordFile(e) {
			if p := strayEntry(dir, e); p != nil {
				problems = append(problems, *p)
			}
			continue
		}
		rec, notes, p := readRecord(filepath.Join(dir, e.Name()))
		problems = append(problems, notes...)
		if p != nil {
			problems = append(problems, *p)
			continue
		}
		recs = append(recs, rec)
	}
	sortRecords(recs)
	return recs, problems
}

// IsRecordFile reports whether a folder entry is a record: a .json file
// whose name does not start with a dot (those are temporary files of a
// write in progress).
func IsRecordFile(e fs.DirEntry) bool {
	name := e.Name()
	return e.Type().IsRegular() && strings.HasSuffix(name, ".json") && !strings.HasPrefix(name, ".")
}

// strayEntry reports an entry of the records folder that is not a record:
// a folder, a symbolic link, a FIFO, a device or a file not named
// ID.json. The folder of damaged copies and the temporary files of a
// write in progress are not reported. Nothing is moved: the coach decides.
func strayEntry(dir string, e fs.DirEntry) *jsonfile.Problem {
	name := e.Name()
	if (name == filepath.Base(DamagedDir()) && e.IsDir()) || safefile.IsTemp(name) {
		return nil
	}
	path := filepath.Join(dir, name)
	if !e.Type().IsRegular() {
		return &jsonfile.Problem{Path: path, Msg: "is " + regular.Kind(e.Type()) + ", not a record: records are regular files named ID.json; it was left alone"}
	}
	return &jsonfile.Problem{Path: path, Msg: "not a record: records are files named ID.json; it was left alone"}
}

// readRecord reads and checks one record file, moving it aside if it is
// damaged. A file that cannot be read at all is reported and left alone.
func readRecord(path string) (session.Record, []jsonfile.Problem, *jsonfile.Problem) {
	data, err := safefile.Read(path)
	if err != nil {
		return session.Record{}, nil, &jsonfile.Problem{Path: path, Msg: fmt.Sprintf("cannot read it: %v", err)}
	}
	rec, notes, p := decodeRecord(path, data)
	if p != nil {
		MoveAside(p)
	}
	return rec, notes, p
}

// decodeRecord decodes and checks a record read from path. A length of
// time out of bounds is put right (see settleSteps) and said in the notes,
// each at its place in the file; a record that cannot be used is the
// *jsonfile.Problem.
func decodeRecord(path string, data []byte) (session.Record, []jsonfile.Problem, *jsonfile.Problem) {
	var rec session.Record
	if err := jsonfile.Decode(path, data, &rec); err != nil {
		return session.Record{}, nil, jsonfile.AsProblem(path, err)
	}
	id := strings.TrimSuffix(filepath.Base(path), ".json")
	rec, changed := settleSteps(rec)
	rec, _ = settleTimes(rec)
	if bad := validate(rec, id); bad != nil {
		k, ok := jsonfile.ScanKeys(data).Named(bad.key, 1)
		msg, at := bad.msg, jsonfile.Offset(k, ok)
		switch {
		case ok && k.Null:
			at = k.NullAt
			if bad.key == "started" {
				msg = "started is null: expected a time such as 2026-11-22T15:03:00+01:00"
			}
		case bad.key == "started" && ok && rec.Started.IsZero():
			msg = "started is 0001-01-01T00:00:00Z, the zero time: expected a time such as 2026-11-22T15:03:00+01:00"
		}
		return session.Record{}, nil, jsonfile.ProblemAt(path, data, at, msg)
	}
	return rec, clampNotes(path, data, changed), nil
}

// clampNotes places each length of time put right at its key in the file:
// the key of that name, at that depth, whose value reads as the length
// the file held (the n-th such for the n-th length of that value).
func clampNotes(path string, data []byte, changed []clamped) []jsonfile.Problem {
	if len(changed) == 0 {
		return nil
	}
	keys := jsonfile.ScanKeys(data)
	var notes []jsonfile.Problem
	for i, c := range changed {
		n := 0
		for _, before := range changed[:i] {
			if before.field == c.field && before.was == c.was {
				n++
			}
		}
		var k jsonfile.Key
		found := durationKeys(keys, c)
		ok := n < len(found)
		if ok {
			k = found[n]
		}
		notes = append(notes, *jsonfile.ProblemAt(path, data, jsonfile.Offset(k, ok), c.message()))
	}
	return notes
}

// durationKeys are the keys that name c's field at its depth and hold
// the length c was.
func durationKeys(keys jsonfile.Keys, c clamped) jsonfile.Keys {
	var out jsonfile.Keys
	for _, k := range keys {
		if d, err := time.ParseDuration(k.Value); k.Name == c.field && k.Depth == c.depth && k.IsString && err == nil && script.Duration(d) == c.was {
			out = append(out, k)
		}
	}
	return out
}

// settleForSave puts a record's times right before it is saved, and says
// in the record's summary what was changed, so that the coach reading the
// log knows the times are not the clock's.
func settleForSave(rec session.Record) session.Record {
	rec, said := settleTimes(rec)
	if said == "" {
		return rec
	}
	note := "(partnercoach: " + said + ".)"
	if rec.Summary != "" {
		note = rec.Summary + "\n\n" + note
	}
	rec.Summary = note
	return rec
}

// sortRecords orders records by start time, then by id.
func sortRecords(recs []session.Record) {
	slices.SortStableFunc(recs, func(a, b session.Record) int {
		if c := a.Started.Compare(b.Started); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}
