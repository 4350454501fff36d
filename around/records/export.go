package records

import (
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"partnercoach/internal/jsonfile"
	"partnercoach/script"
	"partnercoach/session"
)

// Format is a form records can be exported in.
type Format string

// The export formats.
const (
	// Markdown is the coach log, one section per session.
	Markdown Format = "md"
	// JSON is an array of records, as they are stored, with every control
	// character written as a JSON escape.
	JSON Format = "json"
	// CSV is one row per session, for a spreadsheet.
	CSV Format = "csv"
)

// ParseFormat reads an export format's name.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case Markdown, JSON, CSV:
		return f, nil
	case "markdown":
		return Markdown, nil
	}
	return "", fmt.Errorf("expected md, json or csv, got %q", s)
}

// Since keeps the records of sessions that started at from or later.
func Since(recs []session.Record, from time.Time) []session.Record {
	var out []session.Record
	for _, r := range recs {
		if !r.Started.Before(from) {
			out = append(out, r)
		}
	}
	return out
}

// Export writes records in the given format.
func Export(w io.Writer, recs []session.Record, f Format) error {
	switch f {
	case Markdown:
		return exportMarkdown(w, recs)
	case JSON:
		return exportJSON(w, recs)
	case CSV:
		return exportCSV(w, recs)
	}
	return fmt.Errorf("cannot export as %q: expected md, json or csv", f)
}

// exportJSON writes the records as one JSON array.
func exportJSON(w io.Writer, recs []session.Record) error {
	if recs == nil {
		recs = []session.Record{}
	}
	data, err := jsonfile.Encode(recs)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, escapeC1(string(data)))
	return err
}

// escapeC1 writes DEL and the C1 control characters (such as the 8-bit
// CSI, U+009B) as JSON escapes (\u009b). encoding/json escapes the C0
// ones but writes these as they are, and a terminal showing the export
// could act on them. They occur only inside strings, where the escape
// means the same character, so the JSON reads back the same.
func escapeC1(s string) string {
	if !strings.ContainsFunc(s, isC1) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isC1(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isC1 reports whether r is DEL or a C1 control character.
func isC1(r rune) bool { return r >= 0x7f && r <= 0x9f }

// csvHeader names the columns of a CSV export.
var csvHeader = []string{"id", "date", "newcomer", "number", "script", "outcome", "fee",
	"planned", "actual", "screening", "further sessions", "ready", "kind"}

// exportCSV writes one row per session under csvHeader. Times are in the
// coach's local time; the fee is in dollars; planned is the sum of the
// steps' planned times and actual the session's length; the further
// sessions and ready cells are empty where the log says nothing of them
// (furtherCell, readyCell); kind tells the programme's sessions from
// those with a client and between partners (kindCell). The fee is what
// the session is billed (BilledCents), as on the invoice. Cells of text go
// through csvCell: no control characters, and no formula.
func exportCSV(w io.Writer, recs []session.Record) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, r := range recs {
		cw.Write([]string{
			csvCell(r.ID), r.Started.Local().Format("2006-01-02 15:04"), csvCell(r.Newcomer), strconv.Itoa(r.Number),
			csvCell(r.Script), csvCell(string(r.Outcome)), fmt.Sprintf("%d.%02d", BilledCents(r)/100, BilledCents(r)%100),
			Planned(r).String(), Length(r).String(), csvCell(string(r.Screening)),
			furtherCell(r), readyCell(r), kindCell(r),
		})
	}
	cw.Flush()
	return cw.Error()
}

// furtherCell is the CSV's further sessions cell: empty when the end of
// the session asked nothing of them (asked: a session not held, or one
// between partners), as its log says nothing of them.
func furtherCell(r session.Record) string {
	if !asked(r) {
		return ""
	}
	return strconv.Itoa(r.Recommendation.FurtherSessions)
}

// readyCell is the CSV's ready cell: empty when the end of the session
// did not ask "Ready for a partnership?" (asked), nor ever of a session
// with a client, as its log says nothing of it; else true or false.
func readyCell(r session.Record) string {
	if !asked(r) || r.Client() {
		return ""
	}
	return strconv.FormatBool(r.Recommendation.Ready)
}

// kindCell is the CSV's kind cell: coaching for a session of the
// programme's (a record that names no kind is one), client for one with a
// client outside it, peer for one between two partners.
func kindCell(r session.Record) string {
	if r.Kind == "" {
		return string(script.Coaching)
	}
	return csvCell(r.Kind)
}

// exportMarkdown writes the coach log of every record, one section each.
func exportMarkdown(w io.Writer, recs []session.Record) error {
	var b strings.Builder
	b.WriteString("# Coach log\n\n" + confidential + "\n")
	if len(recs) == 0 {
		b.WriteString("\nNo sessions recorded.\n")
	}
	for _, r := range recs {
		r = safeRecord(r)
		fmt.Fprintf(&b, "\n## %s · %s · session %s\n", r.ID, escapeMarkdown(orUnnamed(r.Newcomer)), orDash(r.Number))
		for _, s := range logSections(r) {
			if s.title != "" {
				b.WriteString("\n### " + s.title + "\n")
			}
			b.WriteString("\n")
			for _, l := range s.lines {
				writeIndented(&b, "", "- "+indentRest(escapeMarkdown(l.text), "  "))
				for _, sub := range l.sub {
					writeIndented(&b, "", "  - "+indentRest(escapeMarkdown(sub), "    "))
				}
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownSpecial matches the characters that would make Markdown of a
// coach's words, and a number at the start of a line that would make a
// numbered list.
var markdownSpecial = regexp.MustCompile("(?m)[\\\\`*_\\[\\]<>#|]|^\\d+\\.")

// escapeMarkdown makes text show as written in Markdown.
func escapeMarkdown(text string) string {
	return markdownSpecial.ReplaceAllStringFunc(text, func(m string) string {
		if strings.HasSuffix(m, ".") {
			return strings.TrimSuffix(m, ".") + `\.`
		}
		return `\` + m
	})
}

// indentRest indents every line of text but the first, so that a note of
// several lines stays inside its list item.
func indentRest(text, indent string) string {
	return strings.ReplaceAll(text, "\n", "\n"+indent)
}
