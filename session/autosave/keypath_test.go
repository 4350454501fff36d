package autosave

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"partnercoach/internal/problem"
)

// placeOf is "PATH:LINE:COL" of the key of name in the step's state under
// "steps", in the autosave set aside; the step's own key when name is "".
func placeOf(t *testing.T, step, name string) string {
	t.Helper()
	data, _ := os.ReadFile(mustGlob(t, Path()+".damaged-*"))
	steps := strings.Index(string(data), `"steps"`)
	n := steps + strings.Index(string(data)[steps:], `"`+step+`": `)
	if name != "" {
		n += strings.Index(string(data)[n:], `"`+name+`"`)
	}
	line, col := problem.Position(data, n)
	return Path() + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

// A problem inside a step is named by the key path the file holds, the
// step's id included (steps.welcome.checks), not by the decoder's field
// path (steps.checks), which leaves the id out.
func TestAProblemInAStepIsNamedByItsPathInTheFile(t *testing.T) {
	editedAutosave(t, func(snap, _ map[string]any) {
		welcome := snap["steps"].(map[string]any)["welcome"].(map[string]any)
		welcome["checks"] = []any{false, "yes", false}
	})
	_, err := Load()
	want := placeOf(t, "welcome", "checks") + ": steps.welcome.checks: expected true or false"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}
