// Package records keeps what is left of each session on the coach's
// machine: one JSON record per session, the coach log. It saves, lists,
// checks and corrects them, moves damaged files aside, and writes them
// out as the coach log, the exports and the month's invoice. Every file
// it writes is private to the coach (mode 0600 in folders of mode 0700)
// and written atomically, under the data lock.
//
// Damaged or hand-edited files never stop the program: a record that
// cannot be read is reported as a Problem with its place in the file,
// moved aside into a folder of its own under a name that overwrites
// nothing, and every other record still loads.
//
// See docs/records.md for the file formats.
package records
