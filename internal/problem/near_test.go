package problem

import "testing"

func TestPosition(t *testing.T) {
	data := []byte("ab\nçd\n\nx")
	cases := []struct{ offset, line, col int }{
		{-4, 1, 1}, {0, 1, 1}, {2, 1, 3}, {3, 2, 1},
		{5, 2, 2}, // after the two bytes of ç: the second character
		{7, 3, 1}, {8, 4, 1}, {99, 4, 2},
	}
	for _, c := range cases {
		if line, col := Position(data, c.offset); line != c.line || col != c.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", c.offset, line, col, c.line, c.col)
		}
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"warn", "warn", 0}, {"wran", "warn", 2},
		{"titel", "title", 2}, {"kitten", "sitting", 3}, {"zoë", "zoe", 1},
	}
	for _, c := range cases {
		if got := EditDistance(c.a, c.b); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := EditDistance(c.b, c.a); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.b, c.a, got, c.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	words := []string{"id", "title", "time", "points"}
	cases := []struct{ word, want string }{
		{"titel", "title"}, {"TITLE", "title"}, {"tim", "time"}, {"point", "points"},
		{"xy", ""},      // two edits from id, but id has only two letters
		{"summary", ""}, // nothing near
		{"tile", "title"},
	}
	for _, c := range cases {
		if got := Suggest(c.word, words); got != c.want {
			t.Errorf("Suggest(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}
