package tui

import (
	"strings"
	"testing"
)

// TestCapStatusKeepsAHintWholeWhenABriefMakesRoom: with too little room
// for every status line whole, a standing problem gives way to its brief
// before anything is cut, so that a two-line hint (a resumed session's
// notice, whose end says that the time it was closed counts) stays
// whole; before, every line was cut to one, the hint mid-sentence. With
// too little room even then, each line is cut to one.
func TestCapStatusKeepsAHintWholeWhenABriefMakesRoom(t *testing.T) {
	hint := "Resumed the session saved at 10:00 on Wed 2 Dec (3 days ago).\nThe 3 days it was closed count in its length."
	standing := "No desktop alerts: the notification server did not answer.\nAlerts show on this screen only."
	status, short := []string{hint, standing}, []string{"", "⚠ no desktop alerts"}
	got := capStatus(status, short, 80, 3)
	if want := []string{hint, "⚠ no desktop alerts"}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("in 3 lines:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := capStatus(status, short, 80, 2); lineCount(got...) != 2 || !strings.HasPrefix(got[0], "Resumed the session") {
		t.Errorf("in 2 lines:\n%s", strings.Join(got, "\n"))
	}
	if got := capStatus(status, short, 80, 4); strings.Join(got, "\n") != hint+"\n"+standing {
		t.Errorf("in 4 lines, cut:\n%s", strings.Join(got, "\n"))
	}
}
