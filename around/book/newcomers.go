package book

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"time"

	"partnercoach/around/datalock"
	"partnercoach/around/names"
	"partnercoach/around/records"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/paths"
	"partnercoach/internal/safefile"
)

// listPath is the file listing the coach's newcomers: the newcomer book.
func listPath() string { return filepath.Join(paths.DataDir(), "newcomers.json") }

// newcomersFormat is the version of the newcomer file's format: 2 gave
// each newcomer and appointment an id (see ids.go); 3 lets a payment
// notice or a contact hold its time as well as its day (see moment.go).
const newcomersFormat = 3

// Newcomer is a newcomer assigned to the coach.
type Newcomer struct {
	// ID is the newcomer's own id, which never changes (see ids.go).
	ID string `json:"id,omitempty"`
	// Name is the newcomer's name or initials, as the coach wrote it.
	Name string `json:"name"`
	// Assigned is the day the newcomer was assigned to the coach.
	Assigned Date `json:"assigned"`
	// PaymentNotices are when the coach was told the newcomer had paid
	// for more sessions, each a day or an instant, in order (see
	// addMoment).
	PaymentNotices []Moment `json:"payment_notices,omitempty"`
	// Contacts are when the coach made contact, each a day or an
	// instant, in order.
	Contacts []Moment `json:"contacts,omitempty"`
	// TimeZone is the newcomer's IANA time zone, such as Europe/Berlin,
	// or "" when not known (see appointments.go).
	TimeZone string `json:"time_zone,omitempty"`
	// Appointments are the sessions booked with the newcomer, in order,
	// with what became of each; only the last may still stand.
	Appointments []Appointment `json:"appointments,omitempty"`
	// Call is how the call is made: who calls whom, on what number or
	// handle (see call.go); private, and deleted with the entry.
	Call Call `json:"call,omitzero"`
}

// newcomerFile is the content of listPath.
type newcomerFile struct {
	Format    int        `json:"format"`
	Newcomers []Newcomer `json:"newcomers"`
}

// find returns the index of the newcomer with the given name, or -1.
func find(list []Newcomer, name string) int {
	return slices.IndexFunc(list, func(n Newcomer) bool { return names.Same(n.Name, name) })
}

// ListNewcomers reads the newcomer list. A damaged list is reported as a
// Problem and moved aside, and the list is then empty.
func ListNewcomers() ([]Newcomer, []jsonfile.Problem, error) {
	var list []Newcomer
	problems, err := withNewcomers(func(l []Newcomer) ([]Newcomer, error) {
		list = l
		return nil, nil
	})
	return list, problems, err
}

// AddNewcomer adds a newcomer assigned on the given day. A name already
// in the list, in any case, is refused.
func AddNewcomer(name string, assigned Date) ([]jsonfile.Problem, error) {
	name, err := names.Check(name)
	if err != nil {
		return nil, err
	}
	return withNewcomers(func(list []Newcomer) ([]Newcomer, error) {
		if i := find(list, name); i >= 0 {
			return nil, fmt.Errorf("%q is already a newcomer (as %q, assigned %s)", name, list[i].Name, list[i].Assigned)
		}
		return append(list, Newcomer{Name: name, Assigned: assigned}), nil
	})
}

// RecordPayment records that the coach was told at the moment m, a day
// or an instant, that the newcomer paid for more sessions.
func RecordPayment(name string, m Moment) ([]jsonfile.Problem, error) {
	return changeNewcomer(name, func(n *Newcomer) { n.PaymentNotices = addMoment(n.PaymentNotices, m) })
}

// RecordContact records that the coach made contact with the newcomer at
// the moment m, a day or an instant.
func RecordContact(name string, m Moment) ([]jsonfile.Problem, error) {
	return changeNewcomer(name, func(n *Newcomer) { n.Contacts = addMoment(n.Contacts, m) })
}

// changeNewcomer changes the entry of one newcomer, who must be listed.
func changeNewcomer(name string, change func(*Newcomer)) ([]jsonfile.Problem, error) {
	_, problems, err := changeEntry(name, func(_ []Newcomer, n *Newcomer) error {
		change(n)
		return nil
	})
	return problems, err
}

// changeEntry changes the entry of one newcomer, who must be listed, with
// the whole list in view, and returns the entry as written, its ids
// given. When change returns an error, nothing is written.
func changeEntry(name string, change func(list []Newcomer, n *Newcomer) error) (Newcomer, []jsonfile.Problem, error) {
	var entry *Newcomer
	problems, err := withNewcomers(func(list []Newcomer) ([]Newcomer, error) {
		i := find(list, name)
		if i < 0 {
			return nil, NotListed(name, list)
		}
		if err := change(list, &list[i]); err != nil {
			return nil, err
		}
		entry = &list[i] // stampIDs gives its ids in place before the list is written
		return list, nil
	})
	if err != nil || entry == nil {
		return Newcomer{}, problems, err
	}
	return *entry, problems, nil
}

// Remove deletes a newcomer's entry, with their appointments and their
// call, and returns it, or nil when there was none. It runs under the data
// lock its caller holds (newcomer forget).
func Remove(_ *datalock.Held, name string) (*Newcomer, []jsonfile.Problem, error) {
	var removed *Newcomer
	problems, err := changeNewcomers(func(list []Newcomer) ([]Newcomer, error) {
		i := find(list, name)
		if i < 0 {
			return nil, nil
		}
		entry := list[i]
		removed = &entry
		return slices.Delete(list, i, i+1), nil
	})
	return removed, problems, err
}

// addMoment adds a moment to a sorted list of moments, once: an instant
// takes the place of a day alone of its day, and a day alone is not added
// to a day that has a moment already.
func addMoment(list []Moment, m Moment) []Moment {
	sameDay := func(x Moment) bool { return x.Day() == m.Day() }
	switch {
	case slices.Contains(list, m):
		return list
	case !m.HasTime() && slices.ContainsFunc(list, sameDay):
		return list
	case m.HasTime():
		list = slices.DeleteFunc(slices.Clone(list), func(x Moment) bool { return sameDay(x) && !x.HasTime() })
	}
	j, _ := slices.BinarySearchFunc(list, m, compareMoments)
	return slices.Insert(list, j, m)
}

// withNewcomers reads the newcomer list under the data lock and passes it
// to change. If change returns a list, it is written back before the lock
// is released, so two processes never lose each other's changes; if it
// returns nil and no error, nothing is written.
func withNewcomers(change func([]Newcomer) ([]Newcomer, error)) ([]jsonfile.Problem, error) {
	var problems []jsonfile.Problem
	err := datalock.With(func(*datalock.Held) error {
		var err error
		problems, err = changeNewcomers(change)
		return err
	})
	return problems, err
}

// changeNewcomers is withNewcomers for a caller that holds the data lock.
func changeNewcomers(change func([]Newcomer) ([]Newcomer, error)) ([]jsonfile.Problem, error) {
	if _, err := safefile.CleanTemps(paths.DataDir(), filepath.Base(listPath())); err != nil {
		return nil, err
	}
	list, problem, err := readNewcomers()
	var problems []jsonfile.Problem
	if problem != nil {
		problems = append(problems, *problem)
	}
	if err != nil {
		return problems, err
	}
	migrated := stampIDs(list)
	next, err := change(list)
	if err != nil || (next == nil && !migrated) {
		return problems, err
	}
	if next == nil {
		next = list
	}
	stampIDs(next)
	data, err := jsonfile.Encode(newcomerFile{Format: newcomersFormat, Newcomers: next})
	if err != nil {
		return problems, fmt.Errorf("cannot encode the newcomer list: %w", err)
	}
	return problems, safefile.WriteFile(listPath(), data)
}

// readNewcomers reads the newcomer list; a missing file is an empty list.
// A damaged file is moved aside and reported, and the list is empty.
func readNewcomers() ([]Newcomer, *jsonfile.Problem, error) {
	path := listPath()
	data, err := safefile.Read(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	var f newcomerFile
	if err := jsonfile.Decode(path, data, &f); err != nil {
		p := jsonfile.AsProblem(path, err)
		records.MoveAside(p)
		return nil, p, nil
	}
	if p := checkNewcomers(path, data, f); p != nil {
		records.MoveAside(p)
		return nil, p, nil
	}
	return f.Newcomers, nil, nil
}

// checkNewcomers checks the format number and each entry's name and
// assigned day.
func checkNewcomers(path string, data []byte, f newcomerFile) *jsonfile.Problem {
	keys := jsonfile.ScanKeys(data)
	if !readableFormat(f.Format) {
		k, ok := keys.Named("format", 1)
		return jsonfile.ProblemAt(path, data, jsonfile.Offset(k, ok), fmt.Sprintf("format is %d; this partnercoach reads newcomer lists of format %d", f.Format, newcomersFormat))
	}
	nameKeys := keys.All("name", 3)
	seen := make(map[string]bool, len(f.Newcomers))
	for i, n := range f.Newcomers {
		var k jsonfile.Key
		ok := i < len(nameKeys)
		if ok {
			k = nameKeys[i]
		}
		msg := ""
		if _, err := names.CheckListed(n.Name); err != nil {
			msg = err.Error()
		} else if seen[names.Key(n.Name)] {
			msg = fmt.Sprintf("%q is listed twice", n.Name)
		} else if n.Assigned.IsZero() {
			msg = fmt.Sprintf("%q has no assigned day: expected one such as 2026-11-22", n.Name)
		} else if records.TimeProblem("assigned", n.Assigned.Time(time.UTC)) != "" {
			msg = fmt.Sprintf("%q: assigned is %s: expected a day %s", n.Name, n.Assigned, records.Years())
		} else if m := appointmentProblem(n); m != "" {
			msg = m
		} else if m := callProblem(n); m != "" {
			msg = m
		}
		if msg != "" {
			return jsonfile.ProblemAt(path, data, jsonfile.Offset(k, ok), msg)
		}
		seen[names.Key(n.Name)] = true
	}
	return nil
}
