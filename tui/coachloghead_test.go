package tui

import (
	"strings"
	"testing"
	"time"

	"partnercoach/app"
)

// TestCoachLogHeadSaysTheLengthTheRecordKeeps: a session of 10:30.6
// is kept as 10:31 (to the nearest second), and the coach log's head
// says so, as its account and 'log show' do, not 10:30.
func TestCoachLogHeadSaysTheLengthTheRecordKeeps(t *testing.T) {
	h := newHarness(t, "first", 100, 30)
	h.keys("x")
	h.clock.Add(10*time.Minute + 30600*time.Millisecond)
	h.keys("E")
	h.choose(app.CmdYes)
	head := strings.SplitN(h.screen(), "\n", 2)[0]
	if !strings.Contains(head, "(10:31)") {
		t.Fatalf("the head does not say the length kept, 10:31:\n%s", head)
	}
}
