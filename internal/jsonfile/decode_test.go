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
