// Package columns lines up the tables the one-shot commands print
// (newcomer list, log, invoice, stats, script list) by the cells a
// terminal gives their text, not by its count of characters: a name in
// Chinese or Japanese takes two cells a character, and a joiner none, so
// text/tabwriter, which counts each character as one cell, pushed every
// column after such a name out of line.
//
// A Writer takes text as text/tabwriter does: a cell ends with a tab, a
// line with a newline, and the last cell of a line is not in a column.
// The cells ended by a tab in the same column of lines that follow one
// another make a column, as wide as its widest cell and the padding.
package columns

import (
	"bytes"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Writer gathers tab-separated lines and writes them lined up at Flush.
type Writer struct {
	out      io.Writer
	minwidth int
	padding  int
	buf      bytes.Buffer
}

// NewWriter returns a Writer to out whose columns are at least minwidth
// cells wide and keep padding spaces after their widest cell.
func NewWriter(out io.Writer, minwidth, padding int) *Writer {
	return &Writer{out: out, minwidth: minwidth, padding: padding}
}

// Write keeps p until Flush.
func (w *Writer) Write(p []byte) (int, error) { return w.buf.Write(p) }

// Flush writes the lines kept so far, lined up, and forgets them. A last
// line with no newline is written as it is, lined up with the others.
func (w *Writer) Flush() error {
	text := w.buf.String()
	w.buf.Reset()
	if text == "" {
		return nil
	}
	ending := ""
	if strings.HasSuffix(text, "\n") {
		text, ending = strings.TrimSuffix(text, "\n"), "\n"
	}
	var lines [][]string
	for l := range strings.SplitSeq(text, "\n") {
		lines = append(lines, strings.Split(l, "\t"))
	}
	widths := make([][]int, len(lines))
	w.measure(lines, widths, 0, 0, len(lines))
	var b strings.Builder
	for i, cells := range lines {
		for j, c := range cells {
			b.WriteString(c)
			if j < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", max(0, widths[i][j]-ansi.StringWidth(c))))
			}
		}
		if i < len(lines)-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString(ending)
	_, err := io.WriteString(w.out, b.String())
	return err
}

// measure sets the width of column col in lines[from:to], block by block:
// a block is a run of lines that each have a cell ended by a tab in that
// column, and its cells in the next column are measured within it.
func (w *Writer) measure(lines [][]string, widths [][]int, col, from, to int) {
	for i := from; i < to; {
		if col >= len(lines[i])-1 {
			i++
			continue
		}
		end := i
		width := w.minwidth
		for ; end < to && col < len(lines[end])-1; end++ {
			width = max(width, ansi.StringWidth(lines[end][col])+w.padding)
		}
		for k := i; k < end; k++ {
			widths[k] = append(widths[k], width)
		}
		w.measure(lines, widths, col+1, i, end)
		i = end
	}
}
