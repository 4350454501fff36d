package textsafe

import "github.com/charmbracelet/x/ansi"

// ColumnWidth is the most cells a name takes in a table's column.
const ColumnWidth = 40

// Column is Line for a cell of a table: cut to at most ColumnWidth cells of
// a terminal, with "…" for the rest, so that a name a hand edit made 5,000
// characters long does not push every row of the table off the screen.
func Column(s string) string {
	return ansi.Truncate(Line(s), ColumnWidth, "…")
}
