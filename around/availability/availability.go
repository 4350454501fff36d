// Package availability keeps whether the coach is available to coach
// another newcomer, the packet's last step after each coaching session:
// "Check whether you are available to coach again." It keeps the coach's
// last answer, when it was given and, for a coach away for a while, the
// day they expect to be available again. It names no newcomer.
//
// The answer is one small file in the data folder, available.json, read
// and written whole under the data lock (around/datalock), atomically and
// privately (internal/safefile: mode 0600 in a folder of 0700). A damaged
// file is moved aside, as a damaged record is, and reported with its
// FILE:LINE:COL; the answer is then as if never given.
package availability

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/datalock"
	"partnercoach/around/records"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/paths"
	"partnercoach/internal/safefile"
)

// fileFormat is the format of the file this package writes and reads.
const fileFormat = 1

// FileName is the name of the file in the data folder.
const FileName = "available.json"

// Path is where the answer is kept.
func Path() string { return filepath.Join(paths.DataDir(), FileName) }

// Answer is what the coach last said of coaching again.
type Answer struct {
	// Available is true for "yes", false for "not now".
	Available bool
	// Said is when the answer was given; zero when it never was.
	Said time.Time
	// Until is, for an answer of not now, the day the coach expects to
	// be available again; zero when they did not say.
	Until book.Date
}

// Given reports whether the coach has ever answered.
func (a Answer) Given() bool { return !a.Said.IsZero() }

// file is the JSON form of an Answer.
type file struct {
	Format    int       `json:"format"`
	Available bool      `json:"available"`
	Said      time.Time `json:"said"`
	Until     book.Date `json:"until,omitzero"`
}

// Read returns the coach's last answer, or a zero Answer when none was
// given. A damaged file is moved aside and returned as a problem, and the
// answer is then a zero one. With no answer kept, it creates nothing: a
// run that keeps nothing leaves no folder behind.
func Read() (Answer, *jsonfile.Problem, error) {
	if _, err := os.Lstat(Path()); errors.Is(err, fs.ErrNotExist) {
		return Answer{}, nil, nil
	}
	var (
		a       Answer
		problem *jsonfile.Problem
	)
	err := datalock.With(func(*datalock.Held) error {
		var err error
		a, problem, err = read()
		return err
	})
	return a, problem, err
}

// Keep keeps an answer in place of the last one, under the data lock. An
// answer of yes keeps no Until.
func Keep(a Answer) error {
	if a.Said.IsZero() {
		return errors.New("an answer needs the time it was given")
	}
	if a.Available {
		a.Until = book.Date{}
	}
	data, err := jsonfile.Encode(file{Format: fileFormat, Available: a.Available, Said: a.Said, Until: a.Until})
	if err != nil {
		return fmt.Errorf("cannot encode the answer: %w", err)
	}
	return datalock.With(func(*datalock.Held) error {
		if _, err := safefile.CleanTemps(paths.DataDir(), FileName); err != nil {
			return err
		}
		return safefile.WriteFile(Path(), data)
	})
}

// read reads the file; the caller holds the data lock.
func read() (Answer, *jsonfile.Problem, error) {
	path := Path()
	data, err := safefile.Read(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Answer{}, nil, nil
	}
	if err != nil {
		return Answer{}, nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	var f file
	var p *jsonfile.Problem
	if err := jsonfile.Decode(path, data, &f); err != nil {
		p = jsonfile.AsProblem(path, err)
	} else {
		p = check(path, data, f)
	}
	if p != nil {
		records.MoveAside(p)
		return Answer{}, p, nil
	}
	return Answer{Available: f.Available, Said: f.Said, Until: f.Until}, nil, nil
}

// check checks the format, that the answer has its time, and that a day
// to be available again goes only with an answer of not now.
func check(path string, data []byte, f file) *jsonfile.Problem {
	keys := jsonfile.ScanKeys(data)
	at := func(name string) int {
		k, ok := keys.Named(name, 1)
		return jsonfile.Offset(k, ok)
	}
	switch {
	case f.Format != fileFormat:
		return jsonfile.ProblemAt(path, data, at("format"),
			fmt.Sprintf("format is %d; this partnercoach reads an answer of format %d", f.Format, fileFormat))
	case f.Said.IsZero():
		return jsonfile.ProblemAt(path, data, at("said"), "expected said, the time of the answer, such as 2026-12-04T10:00:00+01:00")
	case f.Available && !f.Until.IsZero():
		return jsonfile.ProblemAt(path, data, at("until"), "until goes only with an answer of not available (available: false)")
	}
	return nil
}
