package jsonfile

import "testing"

func TestDecodeJSONCountsCharactersNotBytes(t *testing.T) {
	var v struct {
		Name string `json:"name"`
	}
	err := Decode("f.json", []byte("{\n  \"name\": \"Zoë\" x}"), &v)
	want := `f.json:2:17: invalid character 'x' after object key:value pair`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}

// TestDecodeRefusesTextNotInUTF8 gives Decode a file saved as UTF-16, one
// with a UTF-8 byte order mark and one with a Latin-1 byte in a value:
// each must be named at its place, not read as a stray character or with
// the byte replaced.
func TestDecodeRefusesTextNotInUTF8(t *testing.T) {
	var v struct {
		Name string `json:"name"`
	}
	tests := []struct{ data, want string }{
		{"\xff\xfe{\x00}\x00", "f.json:1:1: the file is UTF-16 text: expected UTF-8 (an editor can save it so)"},
		{"\uFEFF{}", "f.json:1:1: the file starts with a byte order mark: expected JSON text without one (an editor can save it so)"},
		{"{\n  \"name\": \"Zo\xeb\"\n}", "f.json:2:14: this byte is not UTF-8 text: expected the file in UTF-8"},
	}
	for _, tc := range tests {
		if err := Decode("f.json", []byte(tc.data), &v); err == nil || err.Error() != tc.want {
			t.Errorf("Decode(%q) = %v\nwant %s", tc.data, err, tc.want)
		}
	}
	if err := Decode("f.json", []byte(`{"name": "Zoë"}`), &v); err != nil || v.Name != "Zoë" {
		t.Errorf("UTF-8 text: %v, %q", err, v.Name)
	}
}

// TestDecodeRefusesAKeyGivenTwiceInAnotherCase gives Decode objects that
// hold a key twice, the second time in another case or with a character
// the decoder folds to the same letter: the decoder reads both into one
// field, the last winning, so each is a key given twice.
func TestDecodeRefusesAKeyGivenTwiceInAnotherCase(t *testing.T) {
	var v struct {
		Name  string `json:"name"`
		State string `json:"state"`
	}
	tests := []struct{ data, want string }{
		{`{"name": "Ann", "NAME": "Bob"}`, `f.json:1:17: "NAME" is given twice in the same object (first at line 1, column 2): expected it once`},
		{`{"state": "a", "ſtate": "b"}`, `f.json:1:16: "ſtate" is given twice in the same object (first at line 1, column 2): expected it once`},
	}
	for _, tc := range tests {
		if err := Decode("f.json", []byte(tc.data), &v); err == nil || err.Error() != tc.want {
			t.Errorf("Decode(%s) = %v\nwant %s", tc.data, err, tc.want)
		}
	}
	if err := Decode("f.json", []byte(`{"name": "Ann", "state": "name"}`), &v); err != nil {
		t.Errorf("distinct keys: %v", err)
	}
}
