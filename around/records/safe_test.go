package records

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"partnercoach/around/records/recordtest"

	"partnercoach/session"
)

// hostile are texts that would act on a terminal if printed raw: colour,
// clear-screen, an OSC 8 hyperlink, 8-bit CSI and OSC, a carriage return
// that overwrites the line, a bell, a NUL, DEL and a byte not UTF-8.
var hostile = []string{
	"\x1b[31mred\x1b[0m",
	"\x1b[2J\x1b[H",
	"\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07",
	"\u009b31m8-bit CSI",
	"\u009d8;;https://evil.example/\u009cosc",
	"over\rwritten",
	"bell\a nul\x00 del\x7f bad\xff",
}

// hostileRecord is a record with hostile text in every field printed.
func hostileRecord() session.Record {
	r := recordtest.Full("2026-11-22-1503")
	h := strings.Join(hostile, " ")
	r.Newcomer, r.Script, r.ScriptTitle, r.Summary = "=HYPERLINK(\"x\")"+h, h, h, h
	r.Outcome = session.Held
	r.Recommendation.Learn = h
	r.Steps[0].Title, r.Steps[0].Covered, r.Steps[0].Missed = h, []string{h}, []string{h}
	r.Steps[0].Answers = map[string]string{h: h}
	r.Steps[1].Chosen = h
	r.Steps[2].Turn.Name = h
	r.Notes[0].Text, r.Notes[0].Step = h, h
	return r
}

// assertNoControl fails if out holds a control character other than a
// line break, or a byte that is not UTF-8.
func assertNoControl(t *testing.T, what, out string) {
	t.Helper()
	for i, r := range out {
		if unicode.IsControl(r) && r != '\n' {
			t.Fatalf("%s holds %q at byte %d:\n%s", what, r, i, out)
		}
	}
	if !strings.Contains(out, `\x1b[31mred`) || !strings.Contains(out, `\x9b31m8-bit CSI`) {
		t.Fatalf("%s does not show the escapes as text:\n%s", what, out)
	}
}

func TestTheCoachLogPrintsNoControlCharacters(t *testing.T) {
	assertNoControl(t, "log show", FormatLog(hostileRecord()))
	var md bytes.Buffer
	if err := Export(&md, []session.Record{hostileRecord()}, Markdown); err != nil {
		t.Fatal(err)
	}
	// Markdown escapes the backslash and the brackets.
	out := strings.NewReplacer(`\\`, `\`, `\[`, `[`, `\]`, `]`).Replace(md.String())
	assertNoControl(t, "Markdown", out)
	if strings.Contains(md.String(), "over\nwritten") {
		t.Error("a carriage return became a line break")
	}
	inv := FormatInvoice(BuildInvoice([]session.Record{hostileRecord()}, MonthOf(recordtest.At(12, 0, 0))), hostile[2])
	if strings.ContainsFunc(inv, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }) {
		t.Fatalf("the invoice holds control characters:\n%s", inv)
	}
}

func TestCSVCellsAreTextWithoutFormulas(t *testing.T) {
	var buf bytes.Buffer
	recs := []session.Record{hostileRecord(), recordtest.Simple("r2", "+1 555", 1, recordtest.At(9, 0, 0), session.Held, 0),
		recordtest.Simple("r3", "-AB", 1, recordtest.At(9, 0, 0), session.Held, 0), recordtest.Simple("r4", "@SUM(A1)", 1, recordtest.At(9, 0, 0), session.Held, 0),
		recordtest.Simple("r5", "A=B", 1, recordtest.At(9, 0, 0), session.Held, 0)}
	if err := Export(&buf, recs, CSV); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`'=HYPERLINK("x")`, "'+1 555", "'-AB", "'@SUM(A1)", "A=B"}
	for i, w := range want {
		cell := rows[i+1][2]
		if !strings.HasPrefix(cell, w) {
			t.Errorf("newcomer cell %q, want it to start %q", cell, w)
		}
		if strings.ContainsFunc(cell, unicode.IsControl) {
			t.Errorf("cell %q holds a control character", cell)
		}
	}
}

func TestTheJSONExportEscapesEveryControlCharacterAndReadsBack(t *testing.T) {
	var buf bytes.Buffer
	r := hostileRecord()
	if err := Export(&buf, []session.Record{r}, JSON); err != nil {
		t.Fatal(err)
	}
	if i := strings.IndexFunc(buf.String(), func(r rune) bool { return unicode.IsControl(r) && r != '\n' }); i >= 0 {
		t.Fatalf("the JSON export holds %q", buf.String()[i:i+2])
	}
	var back []session.Record
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || len(back) != 1 || back[0].Summary != strings.ToValidUTF8(r.Summary, "\uFFFD") {
		t.Fatalf("read back %v: %+v", err, back)
	}
}
