package autosave

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"partnercoach/internal/filetest"
	"partnercoach/internal/problem"
)

// editedAutosave writes an autosave of a live session with a running
// turn, with edit applied to its JSON, and returns the time it was saved.
func editedAutosave(t *testing.T, edit func(snap map[string]any, turn map[string]any)) time.Time {
	t.Helper()
	filetest.PrivateState(t)
	now := time.Now().Round(0)
	snap := snapshot(t, liveSession(t, now), now)
	data, _ := json.Marshal(snap)
	var m map[string]any
	json.Unmarshal(data, &m)
	var turn map[string]any
	for _, st := range m["steps"].(map[string]any) {
		if tr, ok := st.(map[string]any)["turn"].(map[string]any); ok {
			turn = tr
			break
		}
	}
	if turn == nil {
		t.Fatal("the session has no turn")
	}
	turn["started"], turn["running"] = true, true
	turn["deadline"] = now.Add(10 * time.Minute).Format(time.RFC3339Nano)
	edit(m, turn)
	out, _ := json.MarshalIndent(m, "", "  ")
	os.MkdirAll(filepath.Dir(Path()), 0o700)
	if err := os.WriteFile(Path(), out, 0o600); err != nil {
		t.Fatal(err)
	}
	return now
}

func TestAbsurdAutosaveTimesAreSetAside(t *testing.T) {
	tests := []struct {
		name string
		edit func(snap, turn map[string]any)
		want string
	}{
		{"deadline in 9999", func(_, turn map[string]any) { turn["deadline"] = "9999-12-31T00:00:00Z" },
			"deadline is 9999-12-31T00:00:00Z: expected a time from the year 1970 to 2199"},
		{"deadline in year 1", func(_, turn map[string]any) { turn["deadline"] = "0001-01-01T00:00:00+01:00" },
			"deadline is 0001-01-01T00:00:00+01:00: expected a time from the year 1970 to 2199"},
		// The zero time itself is named as the file holds it, not as missing.
		{"deadline the zero time", func(_, turn map[string]any) { turn["deadline"] = "0001-01-01T00:00:00Z" },
			".turn.deadline is 0001-01-01T00:00:00Z, the zero time: expected a time from the year 1970 to 2199"},
		{"no deadline", func(_, turn map[string]any) { delete(turn, "deadline") }, ".turn is running but has no deadline"},
		{"started in year 1", func(snap, _ map[string]any) { snap["started"] = "0001-01-01T00:00:00+01:00" },
			"started is 0001-01-01T00:00:00+01:00"},
		{"started zero", func(snap, _ map[string]any) { snap["started"] = "0001-01-01T00:00:00Z" },
			"started is missing or the zero time"},
		{"saved in 9999", func(snap, _ map[string]any) { snap["saved"] = "9999-01-01T00:00:00Z" },
			"saved is 9999-01-01T00:00:00Z"},
		{"position past the end", func(snap, _ map[string]any) { snap["pos"] = 99 },
			"pos is 99: expected a place in order, from 0 to "},
		{"negative position", func(snap, _ map[string]any) { snap["pos"] = -1 },
			"pos is -1: expected a place in order, from 0 to "},
		{"negative number", func(snap, _ map[string]any) { snap["session_number"] = -2 },
			"session_number is -2"},
		// On the code before, a null steps brought the session back as new,
		// its ticks and running turn lost, and a null order was named as pos.
		{"no steps", func(snap, _ map[string]any) { snap["steps"] = nil },
			"steps is missing, null or empty"},
		{"no order", func(snap, _ map[string]any) { snap["order"] = nil },
			"order is missing, null or empty"},
		{"turn of no length", func(_, turn map[string]any) { turn["length"] = 0 },
			".turn.length is 0s"},
		// On the code before, an autosave with no format was said to be of
		// format 0, which no autosave is.
		{"no format", func(snap, _ map[string]any) { delete(snap, "format") },
			"format is missing; this partnercoach reads autosaves of format 1"},
		{"a later format", func(snap, _ map[string]any) { snap["format"] = 2 },
			"format is 2; this partnercoach reads autosaves of format 1"},
		{"a sound autosave", func(snap, _ map[string]any) { snap["newcomer"] = "AB" }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			editedAutosave(t, tc.edit)
			u, err := Load()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("a sound autosave was refused: %v", err)
				}
				return
			}
			if u != nil || err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "moved aside to") {
				t.Fatalf("Load: %v, want %q and moved aside", err, tc.want)
			}
			if strings.Contains(err.Error(), ":0:0:") || !strings.Contains(err.Error(), "session.json:") {
				t.Errorf("the message has no place in the file: %v", err)
			}
		})
	}
}

func TestAnAutosaveWithAKeyTwiceIsSetAside(t *testing.T) {
	editedAutosave(t, func(map[string]any, map[string]any) {})
	data, _ := os.ReadFile(Path())
	os.WriteFile(Path(), []byte(strings.Replace(string(data), `"pos":`, `"pos": 0, "pos":`, 1)), 0o600)
	if _, err := Load(); err == nil || !strings.Contains(err.Error(), `"pos" is given twice`) {
		t.Fatalf("Load: %v", err)
	}
}

func TestAPositionIsNamedAsTheFileHoldsIt(t *testing.T) {
	editedAutosave(t, func(snap, _ map[string]any) { snap["pos"] = 99 })
	_, err := Load()
	data, _ := os.ReadFile(mustGlob(t, Path()+".damaged-*"))
	n := len(strings.Split(string(data), `"pos"`)[0])
	line, col := problem.Position(data, n)
	want := Path() + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": pos is 99"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}

func TestARunningTurnsDeadlineIsClampedToItsLength(t *testing.T) {
	var length time.Duration
	now := editedAutosave(t, func(_, turn map[string]any) {
		length = time.Duration(turn["length"].(float64))
		turn["deadline"] = time.Now().Add(75 * time.Minute).Format(time.RFC3339Nano)
	})
	u, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range u.Session.Script().Steps {
		if tr := u.Session.Turn(st.ID); tr != nil && tr.Started() { // running, or paused when on another step
			if left := tr.Left(now); left > length {
				t.Fatalf("time left %v after loading, more than the turn's %v", left, length)
			}
			return
		}
	}
	t.Fatal("no started turn after loading")
}

func mustGlob(t *testing.T, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(pattern)
	if len(m) != 1 {
		t.Fatalf("%s: %v", pattern, m)
	}
	return m[0]
}

// TestAStepThatDoesNotFitIsNamedAtItsPlace saves 40 checks for the first
// step's checklist: the message must name the place of that step's key in
// the file, and the step by its key path there (steps.welcome). On the
// code before, it named the file alone, then the step as "step welcome".
func TestAStepThatDoesNotFitIsNamedAtItsPlace(t *testing.T) {
	editedAutosave(t, func(snap, _ map[string]any) {
		welcome := snap["steps"].(map[string]any)["welcome"].(map[string]any)
		welcome["checks"] = make([]bool, 40)
	})
	_, err := Load()
	want := placeOf(t, "welcome", "") + ": steps.welcome: 40 checks are saved for a checklist of"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}
