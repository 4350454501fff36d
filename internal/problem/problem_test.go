package problem

import "testing"

func TestListError(t *testing.T) {
	ps := List{
		{File: "a.yaml", Line: 3, Col: 5, Msg: "later"},
		{File: "a.yaml", Msg: "the file as a whole"},
		{File: "a.yaml", Line: 1, Col: 2, Msg: "first"},
	}
	ps.Sort()
	want := "3 problems in a.yaml:\n" +
		"a.yaml: the file as a whole\n" +
		"a.yaml:1:2: first\n" +
		"a.yaml:3:5: later"
	if got := ps.Error(); got != want {
		t.Fatalf("Error() =\n%s\nwant\n%s", got, want)
	}
	if got := (List{{File: "b", Line: 1, Col: 1, Msg: "x"}}).Error(); got != "1 problem in b:\nb:1:1: x" {
		t.Fatalf("one problem: %q", got)
	}
	if got := (List{}).Error(); got != "no problems" {
		t.Fatalf("none: %q", got)
	}
}
