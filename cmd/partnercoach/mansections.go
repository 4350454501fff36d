package main

// manSection is a section of the man page written by hand, in roff.
type manSection struct {
	title string
	roff  string
}

// manSections are the sections of the man page that follow the commands:
// where the files are, what the environment changes, examples and
// further reading. They describe internal/paths, the store and the
// notifier; a change there belongs here too.
var manSections = []manSection{
	{"FILES", manFiles},
	{"ENVIRONMENT", manEnvironment},
	{"EXAMPLES", manExamples},
	{"SEE ALSO", manSeeAlso},
}

const manFiles = `partnercoach keeps its files in three folders, each called partnercoach, under the
XDG base directories: the configuration folder (\fI~/.config/partnercoach\fR), the data
folder (\fI~/.local/share/partnercoach\fR) and the state folder
(\fI~/.local/state/partnercoach\fR).
Each is moved by the variable of the same role (see \fBENVIRONMENT\fR).
On macOS the three are \fI~/Library/Application Support/partnercoach\fR, and on
Windows \fI%LOCALAPPDATA%\epartnercoach\fR.
Files are made readable by the coach alone (mode 0600, folders 0700).
.TP
.I ~/.config/partnercoach/settings.yaml
The settings: when to warn, desktop notifications and sound, the fees,
the coach's name, colours.
A mistake in it is reported as FILE:LINE:COL with what was expected.
.TP
.I ~/.config/partnercoach/scripts/NAME.yaml
The coach's own scripts, each run as NAME; one with the name of a built\-in
script takes its place.
.TP
.I ~/.local/share/partnercoach/records/ID.json
The record of one session: the coach log that \fBlog\fR, \fBinvoice\fR and
\fBstats\fR read.
.TP
.I ~/.local/share/partnercoach/records/damaged/
Records and newcomer lists that could not be read, moved aside and reported
once.
.TP
.I ~/.local/share/partnercoach/newcomers.json
The newcomers assigned to the coach: assignment, payment notices, contacts,
time zone and booked sessions.
.TP
.I ~/.local/share/partnercoach/data.lock
The one lock over the data folder (empty): every change of the records, the
newcomer list, the appointments and the outputs, and every forget, holds it
for the time of the change, so that two partnercoach processes never lose
each other's change.
.TP
.I ~/.local/share/partnercoach/outputs.json
The files and folders partnercoach wrote where the coach asked
(\fB\-\-output\fR, \fB\-\-vdir\fR), so that the leftovers of a write cut short
are cleaned and \fBnewcomer forget\fR finds what names the newcomer.
.TP
.I ~/.local/share/partnercoach/available.json
Whether the coach said they are available to coach another newcomer, and
when (\fBavailable\fR); it names no newcomer.
.TP
.I ~/.local/state/partnercoach/session.json
The autosave of the session under way, which \fBresume\fR brings back after a
crash or a closed terminal; removed once the session's record is written.
.TP
.IR ~/.local/state/partnercoach/session.lock ", " session.pid
The lock held by the running session and its process id, so that a second
partnercoach does not take the session over.
.TP
.I ~/.local/state/partnercoach/calendar.json
What the calendar export last wrote, by event identity, sequence and time
only (no name), so that an event that has gone is exported as a cancellation
until its time has passed.
.TP
.I ~/.local/state/partnercoach/rehearsal.json
An unfinished rehearsal, set aside when a session in real time opens; only
the last is kept.
`

const manEnvironment = `.TP
.BR XDG_CONFIG_HOME ", " XDG_DATA_HOME ", " XDG_STATE_HOME
Absolute paths that take the place of \fI~/.config\fR, \fI~/.local/share\fR and
\fI~/.local/state\fR in \fBFILES\fR; a relative path is ignored, as the XDG
specification says.
.TP
.B HOME
The folder the defaults in \fBFILES\fR are in.
.TP
.B TERM
\fBTERM=dumb\fR starts the accessible mode: plain lines and typed commands
instead of the full screen, as \fB\-\-accessible\fR does.
It also starts when the output is not a terminal.
.TP
.B NO_COLOR
\fBNO_COLOR=1\fR draws the full screen without colour; warnings, overtime and
pause still show in words.
.TP
.BR DBUS_SESSION_BUS_ADDRESS ", " XDG_RUNTIME_DIR
The session bus that desktop notifications go to on Linux: the address given,
or else the bus socket in the runtime folder.
partnercoach never starts a bus; with none, warnings show on screen only.
.TP
.B TZ
The local time zone, in which days, months, appointments and the log are read
and shown.
.TP
.B ZONEINFO
Where Go's \fBzoneinfo.zip\fR is, on a machine without the system's zone
database (\fB/usr/share/zoneinfo\fR), of which newcomers' time zones are read.
.TP
.B PARTNERCOACH_NOW
An RFC 3339 instant (\fB2026\-12\-04T10:00:00+01:00\fR) that the one\-shot commands
(newcomer, calendar, invoice, stats, draft, status, available) take as now, read on
the local clock, for scripted checks and tests that must give the same answer on any
day; a live session always keeps the real clock.
A value that is not such a time is refused.
.TP
.BR GOGC ", " GOMAXPROCS
When set, they replace partnercoach's own tuning of the Go runtime (a small
heap and one processor, to keep it light while idle).
`

const manExamples = `.TP
.B partnercoach
Open the start screen: choose who the session is with, then the script.
.TP
.B partnercoach run first \-\-newcomer AB
Start a newcomer's first session with the built\-in script \fBfirst\fR.
.TP
.B partnercoach run \-\-newcomer AB
Start AB's next session: \fBfirst\fR for session 1, \fBfollowup\fR after,
at the right fee.
.TP
.B partnercoach run followup \-\-warn 3m \-\-sound
Warn three minutes before each turn ends, with a sound.
.TP
.B partnercoach run first \-\-speed 60
Rehearse a session at sixty times the speed, a minute a second; nothing is
saved.
.TP
.B partnercoach newcomer add \(dqBob Tester\(dq \-\-assigned 2026\-11\-20
Put a newcomer on the list; \fBnewcomer list\fR then shows the day to contact
them by.
.TP
.B partnercoach newcomer schedule AB \(dq2026\-03\-28 09:00\(dq \-\-tz Europe/Berlin
Book AB's next session at 9:00 your time, and keep their time zone.
.TP
.B partnercoach log export \-\-format csv \-\-since 2026\-11\-01 \-\-output november.csv
Write the sessions since November as a spreadsheet.
.TP
.B partnercoach run first \-\-newcomer AB | tee session.txt
Run in the accessible mode, since the output is not a terminal.
`

const manSeeAlso = `The guides in the \fIdocs\fR folder of the release archive and of the source:
accessible.md, around\-the\-call.md, autosave.md, glance.md, notifications.md,
packaging.md, records.md, scripts.md and settings.md.
.PP
.BR notify\-send (1),
.BR dunst (1)
`
