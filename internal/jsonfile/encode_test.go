package jsonfile

import (
	"encoding/json"
	"strings"
	"testing"

	"partnercoach/internal/textsafe"
)

// TestEncodeEscapesWhatATerminalWouldActOn encodes text holding a
// right-to-left override, a C1 control, DEL, a tag character beyond the
// Basic Multilingual Plane and a zero-width joiner: the first four must
// come out as \u escapes and the joiner (which a script needs) as it is,
// and the JSON must decode to the very text.
func TestEncodeEscapesWhatATerminalWouldActOn(t *testing.T) {
	in := map[string]string{"note": "a\u202eb\u009bc\x7fd\U000E0041e\u200df <&>"}
	data, err := Encode(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`\u202e`, `\u009b`, `\u007f`, `\udb40\udc41`, "\u200d", "<&>"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("%s lacks %q", data, want)
		}
	}
	if i := strings.IndexFunc(string(data), func(r rune) bool { return r >= 0x7f && !textsafe.Safe(string(r)) }); i >= 0 {
		t.Errorf("%q still holds a character a terminal would act on, at %d", data, i)
	}
	var out map[string]string
	if err := json.Unmarshal(data, &out); err != nil || out["note"] != in["note"] {
		t.Errorf("decoded %q (%v), want %q", out["note"], err, in["note"])
	}
}

// TestEncodeLeavesPlainTextAlone wants text with nothing to escape written
// as encoding/json writes it.
func TestEncodeLeavesPlainTextAlone(t *testing.T) {
	data, err := Encode(map[string]string{"name": "Zoë Ünal — 日本"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"name\": \"Zoë Ünal — 日本\"\n}\n"; string(data) != want {
		t.Errorf("got %q, want %q", data, want)
	}
}

// TestEncodeLineIsOneEscapedLine wants the status line's JSON on one line,
// with a right-to-left override from a script's step title escaped.
func TestEncodeLineIsOneEscapedLine(t *testing.T) {
	data, err := EncodeLine(map[string]string{"step": "Listen\u202e"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"step":"Listen\u202e"}`; string(data) != want {
		t.Errorf("got %s, want %s", data, want)
	}
}
