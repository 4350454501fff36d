package timer

import (
	"testing"
	"time"
)

// wantWarnedAt fails the test unless the turn's warning last came when
// want of it had gone (none for zero).
func wantWarnedAt(t *testing.T, what string, tr *Turn, want time.Duration) {
	t.Helper()
	got, ok := tr.WarnedAt()
	if got != want || ok != (want > 0) {
		t.Errorf("%s: WarnedAt = %v, %v; want %v", what, got, ok, want)
	}
}

// TestWarnedAt: a turn knows how much of it had gone when its warning
// came, through pauses and segments; a warning armed again and come again
// moves it, one armed again and not yet come leaves it; a restart clears
// it, and a saved state keeps it.
func TestWarnedAt(t *testing.T) {
	tr := coachTurn() // 3 × 5 minutes, warned 2 minutes before the end
	tr.Toggle(base)
	wantWarnedAt(t, "not yet", tr, 0)
	tr.Advance(at(5 * minute)) // the first check-in
	tr.Toggle(at(7 * minute))  // 2 minutes of check-in cost the turn nothing
	tr.Advance(at(12 * minute))
	tr.Toggle(at(12 * minute))
	wantWarnedAt(t, "at the second check-in", tr, 0)
	tr.Advance(at(15 * minute)) // 10 + 3 minutes of the turn gone
	wantWarnedAt(t, "the warning", tr, 13*minute)

	tr.Add(3*minute, at(15*minute)) // 5 minutes left again: armed again
	wantWarnedAt(t, "armed again", tr, 13*minute)
	tr.Advance(at(18 * minute))
	wantWarnedAt(t, "come again", tr, 16*minute)

	back, err := RestoreTurn([]time.Duration{5 * minute, 5 * minute, 5 * minute}, tr.Saved())
	if err != nil {
		t.Fatal(err)
	}
	wantWarnedAt(t, "restored", back, 16*minute)
	tr.Restart()
	wantWarnedAt(t, "restarted", tr, 0)
}

// TestWarnedAtAfterSetWarn: a warning set when its instant has passed
// comes at once, and is recorded then, not at the instant it would have
// had.
func TestWarnedAtAfterSetWarn(t *testing.T) {
	tr := NewTurn([]time.Duration{10 * minute}, 0)
	tr.Toggle(base)
	tr.Advance(at(6 * minute))
	wantWarnedAt(t, "no warning asked", tr, 0)
	tr.SetWarn(5*minute, at(6*minute)) // due at 5m, which is past
	tr.Advance(at(6*minute + time.Second))
	wantWarnedAt(t, "set late", tr, 6*minute)
}
