package autosave

import (
	"testing"
	"time"

	"partnercoach/session"
)

// BenchmarkAutosave measures one autosave of a first session half way
// through (a running turn, ticks, notes): encoding, writing, flushing to
// disk and renaming into place.
func BenchmarkAutosave(b *testing.B) {
	b.Setenv("XDG_STATE_HOME", b.TempDir())
	now := time.Now().Round(0)
	l, err := Open()
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	s := halfWay(b, now)
	snap := s.Snapshot(now)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := l.Autosave(uint64(i+1), snap); err != nil {
			b.Fatal(err)
		}
	}
}

// halfWay returns a first session at its coach's turn, running, with the
// checklists before it ticked and two notes.
func halfWay(tb testing.TB, now time.Time) *session.Session {
	tb.Helper()
	s := liveSession(tb, now)
	for s.Current().ID != "coach-turn" {
		for i := range s.Current().Checklist {
			s.Apply(session.Toggle{Item: i}, now)
		}
		s.Apply(session.Next{}, now)
	}
	s.Apply(session.StartPause{}, now)
	s.Apply(session.AddNote{Text: "listens well; says back in own words"}, now)
	return s
}
