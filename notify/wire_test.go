//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// unhex returns the bytes written in hex, with spaces, line breaks and
// "#" comments to the end of a line left out.
func unhex(t *testing.T, s string) []byte {
	t.Helper()
	var digits strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line, _, _ = strings.Cut(line, "#")
		digits.WriteString(strings.Join(strings.Fields(line), ""))
	}
	b, err := hex.DecodeString(digits.String())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEncodeHello: the Hello call, as worked out by hand from the
// specification. Offsets on the left.
func TestEncodeHello(t *testing.T) {
	want := unhex(t, `
		6c 01 00 01   00000000   01000000   6d000000 # 0: l, call, no flags, v1; body 0; serial 1; fields 109 bytes
		01 01 6f 00   15000000                         # 16: PATH, variant of "o", length 21
		2f6f72672f667265656465736b746f702f44427573 00 # 24: "/org/freedesktop/DBus" NUL
		0000                                           # 46: to 48
		02 01 73 00   14000000                         # 48: INTERFACE, "s", length 20
		6f72672e667265656465736b746f702e44427573 00   # 56: "org.freedesktop.DBus" NUL
		000000                                         # 77: to 80
		03 01 73 00   05000000   48656c6c6f 00         # 80: MEMBER, "s", 5, "Hello" NUL
		0000                                           # 94: to 96
		06 01 73 00   14000000                         # 96: DESTINATION, "s", 20
		6f72672e667265656465736b746f702e44427573 00   # 104: "org.freedesktop.DBus" NUL
		000000                                         # 125: to 128, where the (empty) body starts
	`)
	got, err := encodeCall(1, busName, busObject, busInterface, "Hello", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Hello =\n% x\nwant\n% x", got, want)
	}
}

// smallCallArgs is a call's body of each kind of container and padding
// the notifier writes: signature "ysasa{sv}i".
var smallCallArgs = []any{byte(2), "x", []string{}, map[string]busVariant{"k": variantOf(true)}, int32(-1)}

// TestEncodeSmallCall: a call with arguments, worked out by hand: every
// header field is padded to 8, the empty array of strings has no padding
// after its length, the dict's first entry is padded to 8 after its
// length, the bool inside the variant to 4.
func TestEncodeSmallCall(t *testing.T) {
	want := unhex(t, `
		6c 01 00 01   2c000000   07000000   40000000 # 0: body 44 bytes, serial 7, fields 64 bytes
		01 01 6f 00   01000000   2f 00                 # 16: PATH "/"
		000000000000                                   # 26: to 32
		02 01 73 00   03000000   612e62 00             # 32: INTERFACE "a.b"
		00000000                                       # 44: to 48
		03 01 73 00   01000000   4d 00                 # 48: MEMBER "M"
		000000000000                                   # 58: to 64
		08 01 67 00   0a 79736173617b73767d69 00       # 64: SIGNATURE "ysasa{sv}i"; header ends at 80
		02 000000                                      # body 0: byte 2, to 4
		01000000 78 00 0000                            # 4: "x" NUL, to 12
		00000000                                       # 12: empty as, elements at 16 need no padding
		10000000 00000000                              # 16: a{sv} of 16 bytes, to 24
		01000000 6b 00                                 # 24: key "k"
		01 62 00 000000 01000000                       # 30: variant "b", to 36, true
		ffffffff                                       # 40: int32 -1; body ends at 44
	`)
	got, err := encodeCall(7, "", "/", "a.b", "M", smallCallArgs)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the small call =\n% x\nwant\n% x", got, want)
	}
}

// TestEncodeDecodeRoundTrip reads back what encodeCall writes: the same
// header and the same values, for the small call and for a Notify.
func TestEncodeDecodeRoundTrip(t *testing.T) {
	calls := [][]any{
		smallCallArgs,
		notifyArgs("partnercoach", Notification{Title: "Coach's turn: time is up", Body: "Q&A <b> ünïcode", Urgent: true, Sound: true}, true, 42),
		notifyArgs("partnercoach", Notification{Title: "t"}, false, 0),
		{busPath("/a/b_1"), busSignature("a{sv}"), variantOf(busPath("/")), []string{"", "é"}, uint32(1 << 31), false},
	}
	for _, args := range calls {
		msg, err := encodeCall(9, serverName, serverPath, "org.freedesktop.Notifications", "Notify", args)
		if err != nil {
			t.Fatal(err)
		}
		m, err := readMessage(bytes.NewReader(msg))
		if err != nil {
			t.Fatalf("reading back %v: %v", args, err)
		}
		if m.kind != msgMethodCall || m.serial != 9 || len(m.body) == 0 {
			t.Errorf("read back kind %d serial %d body %d bytes", m.kind, m.serial, len(m.body))
		}
		values, err := decodeBody(m.body, m.order, m.signature)
		if err != nil {
			t.Fatalf("decoding %q: %v", m.signature, err)
		}
		if !reflect.DeepEqual(values, args) {
			t.Errorf("read back\n%#v\nwant\n%#v", values, args)
		}
	}
}

// TestEncodeRefuses what D-Bus cannot carry, before anything is sent.
func TestEncodeRefuses(t *testing.T) {
	for _, args := range [][]any{
		{"bad \xff UTF-8"},
		{"a NUL \x00 inside"},
		{[]string{"ok", "\x00"}},
		{map[string]busVariant{"k": variantOf(3.5)}},
		{map[string]busVariant{"k": {sig: "s", value: uint32(1)}}},
		{busPath("no/slash")},
		{busPath("/trailing/")},
		{busSignature("a")},
		{int64(1)},
		{strings.Repeat("x", maxMessage)},
	} {
		if msg, err := encodeCall(1, "a.b", "/", "a.b", "M", args); err == nil {
			t.Errorf("encodeCall(%.40q) = %d bytes, want an error", args, len(msg))
		}
	}
}

// TestDecodeTypes reads the types a reply may hold, in both byte orders.
func TestDecodeTypes(t *testing.T) {
	tests := []struct {
		sig   string
		order binary.ByteOrder
		body  string
		want  []any
	}{
		{"u", binary.BigEndian, "0000002a", []any{uint32(42)}},
		{"ssss", binary.LittleEndian, "01000000 61 00 0000 00000000 00 000000 01000000 62 00 0000 03000000 312e32 00",
			[]any{"a", "", "b", "1.2"}},
		{"nqxtd", binary.LittleEndian, "feff 0100 00000000 ffffffffffffffff 0200000000000000 000000000000f03f",
			[]any{int16(-2), uint16(1), int64(-1), uint64(2), 1.0}},
		{"(yt)", binary.LittleEndian, "07 00000000000000 0900000000000000", []any{[]any{byte(7), uint64(9)}}},
		{"ax", binary.LittleEndian, "00000000 00000000", []any{[]any{}}},
		{"ay", binary.LittleEndian, "03000000 010203", []any{[]byte{1, 2, 3}}},
		{"a{ys}", binary.LittleEndian, "19000000 00000000 05 000000 01000000 61 00 000000000000 06 000000 00000000 00",
			[]any{map[any]any{byte(5): "a", byte(6): ""}}},
		{"og", binary.LittleEndian, "02000000 2f61 00 02 6173 00", []any{busPath("/a"), busSignature("as")}},
		{"vb", binary.BigEndian, "02 6175 00 00000004 00000001 00000000", []any{busVariant{"au", []any{uint32(1)}}, false}},
	}
	for _, tt := range tests {
		got, err := decodeBody(unhex(t, tt.body), tt.order, tt.sig)
		if err != nil {
			t.Errorf("%q: %v", tt.sig, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q = %#v, want %#v", tt.sig, got, tt.want)
		}
	}
}

// TestDecodeRefusesMalformed: a body that does not match its signature
// is an errMalformed, never a panic.
func TestDecodeRefusesMalformed(t *testing.T) {
	deep := strings.Repeat("0176 00", maxDepth) + "0179 00 01" // variants in variants, then a byte
	tests := []struct{ name, sig, body string }{
		{"boolean 2", "b", "02000000"},
		{"string without NUL", "s", "01000000 61 62"},
		{"string not UTF-8", "s", "01000000 ff 00"},
		{"string with NUL", "s", "02000000 61 00 00"},
		{"string past the end", "s", "ffffffff 61 00"},
		{"padding not zero", "yu", "01 000100 05000000"},
		{"array past the end", "ay", "09000000 0102"},
		{"element past its array", "as", "05000000 01000000 61 00"},
		{"bytes after the values", "y", "01 02"},
		{"truncated", "u", "0100"},
		{"variant of two types", "v", "02 7979 00 01 02"},
		{"variant of a bad signature", "v", "01 7a 00 01"},
		{"object path not a path", "o", "01000000 61 00"},
		{"nested too deep", "v", deep},
		{"signature not valid", "g", "02 617d 00"},
	}
	for _, tt := range tests {
		_, err := decodeBody(unhex(t, tt.body), binary.LittleEndian, tt.sig)
		if !errors.Is(err, errMalformed) {
			t.Errorf("%s: %v, want errMalformed", tt.name, err)
		}
	}
}

func TestCheckSignature(t *testing.T) {
	good := []string{"", "y", "as", "a{sv}", "(yv)", "a(yv)", "aa{s(ii)}", "ssss", strings.Repeat("a", 32) + "y"}
	bad := []string{"a", "(", "()", "{sv}", "a{vs}", "a{s}", "a{sss}", "(s", "z", ")", strings.Repeat("a", 33) + "y",
		strings.Repeat("(", 33) + "y" + strings.Repeat(")", 33), strings.Repeat("y", 256)}
	for _, s := range good {
		if err := checkSignature(s); err != nil {
			t.Errorf("checkSignature(%q) = %v, want nil", s, err)
		}
	}
	for _, s := range bad {
		if err := checkSignature(s); err == nil {
			t.Errorf("checkSignature(%.40q) = nil, want an error", s)
		}
	}
}
