package main

import (
	"fmt"
	"os"

	"partnercoach/app"
	"partnercoach/around/book"
	"partnercoach/internal/textsafe"
)

// roster reads the newcomers on record for the start screen, with their
// next session at the coach's fees. A run that keeps no record (a
// rehearsal, --no-save: see app.KeepsOf) puts nobody new on the newcomer
// list. Damaged files are
// reported on standard error, as the other commands do, and left out.
func roster(o options) app.Roster {
	entries, problems, err := book.LoadRoster(o.Fees, commandNow())
	printProblems(os.Stderr, problems)
	if err != nil {
		fmt.Fprintln(os.Stderr, "partnercoach: "+textsafe.Line(err.Error()))
	}
	r := app.Roster{Entries: entries}
	if o.keeps.Record {
		r.Add = addNewcomer
	}
	return r
}

// addNewcomer puts someone new on the newcomer list, assigned today. It
// runs while the screen is on, so it prints nothing: a damaged list was
// reported as the run started, when the roster was read.
func addNewcomer(name string) error {
	_, err := book.AddNewcomer(name, book.DateOf(commandNow()))
	return err
}
