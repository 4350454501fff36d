package autosave

import (
	"testing"
	"time"
)

func TestAnUnfinishedSessionComesBackAtOnceWithinADay(t *testing.T) {
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		saved     time.Time
		rehearsal bool
		want      bool
	}{
		{"saved a minute ago", now.Add(-time.Minute), false, true},
		{"saved a second short of a day ago", now.Add(-staleAfter + time.Second), false, true},
		{"saved a day ago", now.Add(-staleAfter), false, false},
		{"saved a week ago", now.Add(-7 * staleAfter), false, false},
		{"a rehearsal saved a week ago", now.Add(-7 * staleAfter), true, true},
		{"saved after now (a clock set back)", now.Add(time.Hour), false, true},
	}
	for _, tt := range tests {
		u := &Unfinished{Saved: tt.saved, Rehearsal: tt.rehearsal}
		if got := u.ComesBackAtOnce(now); got != tt.want {
			t.Errorf("%s: ComesBackAtOnce = %v, want %v", tt.name, got, tt.want)
		}
	}
}
