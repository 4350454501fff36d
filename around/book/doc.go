// Package book keeps the coach's newcomer book: each newcomer assigned to
// them, with the day of the assignment, the payment notices and contacts,
// their time zone, who calls whom and on what, and the sessions booked
// with them and what became of each (appointments.go: the 24-hour notice,
// late cancellations, sessions missed and charged). From the book and the
// records it works out each newcomer's status (the sessions held and not
// come to, the next session, the deadlines to make contact) and the start screen's
// roster. Appointments' times are written for people on both clocks
// (apptime.go). The book is one file, newcomers.json, read and written
// whole under the data lock; see docs/records.md.
package book
