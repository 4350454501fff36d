package app

import (
	"testing"

	"partnercoach/session"
)

// TestWhatARunKeeps is the rule of what a run keeps, and what a
// rehearsal says of it as it opens.
func TestWhatARunKeeps(t *testing.T) {
	real, fast := session.Rehearsal{}, session.Rehearsal{Speed: 60}
	tests := []struct {
		name         string
		r            session.Rehearsal
		save, noSave bool
		want         Keeps
		notice       string
	}{
		{"real time", real, false, false, Keeps{Autosave: true, Record: true}, ""},
		{"real time, --save", real, true, false, Keeps{Autosave: true, Record: true}, ""},
		{"real time, --no-save", real, false, true, Keeps{}, ""},
		{"a rehearsal", fast, false, false, Keeps{}, "Rehearsal at 60× speed: nothing of it is saved."},
		{"a rehearsal, --save", fast, true, false, Keeps{Autosave: true}, "Rehearsal at 60× speed: kept for 'resume', never logged."},
		{"a rehearsal, --no-save", fast, false, true, Keeps{}, "Rehearsal at 60× speed: nothing of it is saved."},
		{"speed 1 is real time", session.Rehearsal{Speed: 1}, false, false, Keeps{Autosave: true, Record: true}, ""},
	}
	for _, tt := range tests {
		k := KeepsOf(tt.r, tt.save, tt.noSave)
		if k != tt.want {
			t.Errorf("%s: KeepsOf = %+v, want %+v", tt.name, k, tt.want)
		}
		if got := k.Notice(tt.r); got != tt.notice {
			t.Errorf("%s: Notice = %q, want %q", tt.name, got, tt.notice)
		}
	}
}

// TestARehearsalKeptIsNeverLogged: a rehearsal kept with --save (or
// resumed) ends by dropping its autosave, writing no record.
func TestARehearsalKeptIsNeverLogged(t *testing.T) {
	for _, tt := range []struct {
		o    session.Options
		want bool
	}{
		{session.Options{}, true},
		{session.Options{Rehearsal: session.Rehearsal{Speed: 10}}, false},
	} {
		if got := recorded(tt.o); got != tt.want {
			t.Errorf("recorded(%+v) = %v, want %v", tt.o, got, tt.want)
		}
	}
}
