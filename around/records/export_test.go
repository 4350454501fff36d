package records

import (
	"partnercoach/around/records/recordtest"

	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"partnercoach/session"
)

// exportRecords are two sessions of one newcomer, the first with every
// field set.
func exportRecords() []session.Record {
	// In UTC, as a record reads back from JSON written with a UTC offset.
	second := recordtest.Simple("2026-11-29-1000", "Alice Example", 2, recordtest.At(10, 0, 0).AddDate(0, 0, 7).UTC(), session.NoShow, 5000)
	return []session.Record{recordtest.Full("2026-11-22-1503"), second}
}

func TestExportCSVParsesBack(t *testing.T) {
	var buf bytes.Buffer
	if err := Export(&buf, exportRecords(), CSV); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		csvHeader,
		{"2026-11-22-1503", recordtest.At(15, 3, 0).Format("2006-01-02 15:04"), "Alice Example", "1", "first", "held", "25.00", "22m", "52m7s", "suitable", "2", "true", "coaching"},
		{"2026-11-29-1000", recordtest.At(10, 0, 0).AddDate(0, 0, 7).Format("2006-01-02 15:04"), "Alice Example", "2", "followup", "no-show", "50.00", "0s", "50m", "", "", "", "coaching"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Fatalf("rows\n%q\nwant\n%q", rows, want)
	}
}

// TestExportCSVSaysTheFeeBilled exports sessions that are not billed but
// whose fee_cents a hand edit set: a transferred one, and a peer session.
// The CSV's fee must be what the invoice bills, nothing. On the code
// before, it was the fee_cents as written.
func TestExportCSVSaysTheFeeBilled(t *testing.T) {
	start := recordtest.At(10, 0, 0)
	transferred := recordtest.Simple("2026-11-22-1000", "Ann Other", 1, start, session.Transferred, 2500)
	peer := recordtest.Simple("2026-11-23-1000", "", 0, start.AddDate(0, 0, 1), session.Held, 5000)
	peer.Kind = "peer"
	var buf bytes.Buffer
	if err := Export(&buf, []session.Record{transferred, peer}, CSV); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	for _, row := range rows[1:] {
		if fee := row[slices.Index(csvHeader, "fee")]; fee != "0.00" {
			t.Errorf("%s: fee %s, want 0.00 as on the invoice", row[0], fee)
		}
	}
	if kinds := [2]string{rows[1][slices.Index(csvHeader, "kind")], rows[2][slices.Index(csvHeader, "kind")]}; kinds != [2]string{"coaching", "peer"} {
		t.Errorf("kinds %q, want coaching and peer", kinds)
	}
}

func TestExportJSONUnmarshalsBack(t *testing.T) {
	var buf bytes.Buffer
	if err := Export(&buf, exportRecords(), JSON); err != nil {
		t.Fatal(err)
	}
	var got []session.Record
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, exportRecords()) {
		t.Fatalf("records differ after export:\n%+v", got)
	}
	buf.Reset()
	Export(&buf, nil, JSON)
	if strings.TrimSpace(buf.String()) != "[]" {
		t.Errorf("no records exported as %q", buf.String())
	}
}

func TestExportMarkdownHasASectionPerSession(t *testing.T) {
	var buf bytes.Buffer
	recs := exportRecords()
	recs[1].Notes = []session.Note{{At: recordtest.At(10, 5, 0), Step: "x", Text: "felt *tight* <here>\n1. then eased"}}
	if err := Export(&buf, recs, Markdown); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"# Coach log\n\n" + confidential + "\n",
		"\n## 2026-11-22-1503 · Alice Example · session 1\n",
		"\n## 2026-11-29-1000 · Alice Example · session 2\n",
		"\n- 1\\. Welcome  5 min / 6 min 12 s\n  - covered: Introduced myself as a partnership coach\n",
		"- Outcome:  Newcomer did not come (billable)\n",
		`felt \*tight\* \<here\>` + "\n  1\\. then eased\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestSinceKeepsLaterSessions(t *testing.T) {
	recs := exportRecords()
	var ids []string
	for _, r := range Since(recs, time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local)) {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, []string{"2026-11-29-1000"}) {
		t.Fatalf("since the 23rd: %v", ids)
	}
	if got := Since(recs, time.Date(2026, 11, 22, 0, 0, 0, 0, time.Local)); len(got) != 2 {
		t.Fatalf("since the 22nd: %d records", len(got))
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"md": Markdown, "Markdown": Markdown, "json": JSON, " CSV ": CSV} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil || err.Error() != `expected md, json or csv, got "pdf"` {
		t.Errorf("ParseFormat(pdf): %v", err)
	}
}

// TestExportCSVAsksAClientNothingOfAPartnership: a coaching session with
// a client (kind client) is asked the further sessions agreed, never the
// screening or "Ready for a partnership?"; its CSV row, as its log does,
// leaves the ready cell empty rather than saying false.
func TestExportCSVAsksAClientNothingOfAPartnership(t *testing.T) {
	client := recordtest.Simple("2026-11-22-1000", "Kim", 1, recordtest.At(10, 0, 0), session.Held, 2500)
	client.Kind, client.Script = "client", "coaching"
	client.Recommendation.FurtherSessions = 3
	var buf bytes.Buffer
	if err := Export(&buf, []session.Record{client}, CSV); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	cell := func(name string) string { return rows[1][slices.Index(csvHeader, name)] }
	if cell("screening") != "" || cell("further sessions") != "3" || cell("ready") != "" || cell("kind") != "client" {
		t.Errorf("screening %q, further sessions %q, ready %q, kind %q; want \"\", \"3\", \"\", \"client\"",
			cell("screening"), cell("further sessions"), cell("ready"), cell("kind"))
	}
	var md bytes.Buffer
	if err := Export(&md, []session.Record{client}, Markdown); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md.String(), "Ready for a partnership") || !strings.Contains(md.String(), "Further sessions agreed with the client: 3") {
		t.Errorf("the Markdown of a client's session does not agree:\n%s", md.String())
	}
}
