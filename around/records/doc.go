// Package store keeps what is left of sessions on the coach's machine: one
// JSON record per session (the coach log), the list of newcomers with
// their assignment, payment notices and contacts, and the autosave of a
// live session. Every file it writes is private to the coach (mode 0600 in
// directories of mode 0700) and written atomically, so that a crash at any
// moment leaves either the old file or the new one, never half of one.
//
// Damaged or hand-edited files never stop the program: a record that
// cannot be read is reported as a Problem with its place in the file,
// moved aside into a folder of its own under a name that overwrites
// nothing, and every other record still loads.
//
// See docs/records.md for the file formats.
package store
