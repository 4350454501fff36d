package tea

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// Drawing only the lines that changed.
//
// Bubble Tea v2.0.10 clears the whole screen buffer and parses the whole
// frame into it every frame. A countdown changes one or two lines a second,
// yet the whole frame is parsed, measured and compared cell by cell again.
// [cursedRenderer.drawChangedLines] draws into the buffer only the lines of
// the new frame that differ from the lines the buffer already holds.
//
// Why this is safe. The frame is one string, parsed from its start: the
// style (SGR), the hyperlink (OSC 8), an escape sequence left open, bytes of
// an unknown sequence waiting for the next character, and a zero-width mark
// that joins the last character drawn can all carry over a newline into the
// next line. A line can be drawn on its own only where none of them does. So
// each line is checked ([selfContained]) with the very decoder the buffer's
// parser uses: parsed from the state a fresh parse starts in, it must end in
// that same state (no open sequence, no style, no hyperlink, nothing
// pending), must not begin with a zero-width mark, and must be valid UTF-8
// (so that its last character ends where it would before a newline, which
// always ends a grapheme cluster). If every line of the
// new frame passes, then by induction the parse of the whole frame reaches
// the start of each line in the fresh state, so drawing a line on its own
// into its row gives exactly the cells the whole parse gives there. The rows
// whose text did not change already hold those cells if every line of the
// frame drawn before passed too (otherwise a row may hold a style carried
// into it from the line above, since changed). If any line of either frame
// fails, the frame is drawn in full, as before. Frames styled line by line (as Lip
// Gloss renders them, each line ending with a reset) pass; a style opened
// on one line and closed on a later one does not.
//
// Everything else takes the full path as before: the first frame, a frame
// after a resize, a clear screen or a restart, the last frame, a change of
// line count, of the frame's area, of the width method, of the alternate
// screen or of the cursor. (The window title, the progress bar, colours and
// modes may change: they are not in the screen buffer, and flush sends them
// as before whichever way the buffer was drawn.)
//
// Which rows the terminal renderer compares. After a full frame it compares
// every row with the screen; after a frame drawn by its changed lines, on
// the alternate screen, only the rows whose cells changed and the rows it
// repaints whatever happens ([rowDrifts]). The rows it skips would have sent
// nothing: a row whose cells did not change and that does not drift is
// compared without a byte written. So the bytes sent are the full frame's,
// except where the terminal renderer's own steps reach beyond the rows it
// compares; [cursedRenderer.touchRows] says which those are, and marks
// every row for them.

// lineStatus says whether a line of a frame has been checked with
// [selfContained], and how it came out.
type lineStatus int8

const (
	lineUnchecked lineStatus = iota
	lineSelfContained
	lineCarriesState
)

// drawnLines is what the screen buffer holds: the lines of the content last
// drawn into it, with "\r\n" turned into "\n" as the buffer's parser does.
// lines is nil when the next frame must be drawn in full.
type drawnLines struct {
	lines  []string
	status []lineStatus // one for each line
	drift  []bool       // for each row of the buffer, whether it drifts (see [rowDrifts]); nil when not yet known
}

// splitFrame splits a frame's content into its lines as the buffer's parser
// sees them: "\r\n" is a newline, as "\n" is.
func splitFrame(content string) []string {
	return strings.Split(strings.ReplaceAll(content, "\r\n", "\n"), "\n")
}

// record notes that content was drawn in full into the buffer. When the
// buffer does not hold every line of it (a frame taller than the screen),
// usable is false and the next frame is drawn in full too. The status of a
// line that has not changed is kept.
func (d *drawnLines) record(content string, usable bool) {
	if !usable {
		d.forget()
		return
	}
	lines := splitFrame(content)
	status := make([]lineStatus, len(lines))
	for i := range lines {
		if i < len(d.lines) && lines[i] == d.lines[i] {
			status[i] = d.status[i]
		}
	}
	d.lines, d.status, d.drift = lines, status, nil
}

// forget makes the next frame be drawn in full.
func (d *drawnLines) forget() {
	d.lines, d.status, d.drift = nil, nil, nil
}

// checkLines tells whether the lines of the next frame may be drawn on their
// own, measured with method m, and returns their status. The rows that stay
// must each hold what their line draws on its own: so every line the buffer
// holds must be self-contained, not only the ones that stay (a line drawn
// in full after one that left a style open holds that style), and so must
// every line that changed.
func (d *drawnLines) checkLines(m ansi.Method, lines []string) ([]lineStatus, bool) {
	for i, line := range d.lines {
		if d.status[i] == lineUnchecked {
			d.status[i] = selfContained(m, line)
		}
		if d.status[i] != lineSelfContained {
			return nil, false
		}
	}
	status := make([]lineStatus, len(lines))
	for i, line := range lines {
		status[i] = lineSelfContained
		if line != d.lines[i] {
			if status[i] = selfContained(m, line); status[i] != lineSelfContained {
				return nil, false
			}
		}
	}
	return status, true
}

// drawChangedLines draws into the screen buffer only the lines of view that
// differ from those it holds, and reports whether it did. It draws nothing
// and reports false when the frame must be drawn in full: see the comment at
// the top of this file.
func (s *cursedRenderer) drawChangedLines(view *View, frameArea uv.Rectangle) bool {
	if s.fullRedraw || s.drawn.lines == nil || s.lastView == nil || len(view.Content) == 0 ||
		frameArea != s.cellbuf.Bounds() || frameArea.Dx() <= 0 || !sameScreen(s.lastView, view) {
		return false
	}
	lines := splitFrame(view.Content)
	if len(lines) != len(s.drawn.lines) || len(lines) > frameArea.Dy() || len(lines) > s.height {
		return false
	}
	status, ok := s.drawn.checkLines(s.cellbuf.Method, lines)
	if !ok {
		return false
	}
	if view.AltScreen {
		// Unmark the rows the terminal renderer has already brought up to
		// date (it leaves them marked with no cells): drawing a changed line
		// marks the cells of its row that differ, and only rows so marked
		// are compared with the screen.
		for y, t := range s.cellbuf.Touched {
			if t != nil && t.FirstCell == -1 && t.LastCell == -1 {
				s.cellbuf.Touched[y] = nil
			}
		}
	}
	if len(s.drawn.drift) != s.cellbuf.Height() {
		s.drawn.drift = make([]bool, s.cellbuf.Height())
		for y := range s.drawn.drift {
			s.drawn.drift[y] = rowDrifts(s.cellbuf.Line(y))
		}
	}
	blankRowChanged := false
	for i, line := range lines {
		if line != s.drawn.lines[i] {
			uv.NewStyledString(line).Draw(s.cellbuf, uv.Rect(0, i, frameArea.Dx(), 1))
			blankRowChanged = blankRowChanged || blankRow(s.cellbuf.Line(i))
			s.drawn.drift[i] = rowDrifts(s.cellbuf.Line(i))
		}
	}
	onlyChanged := view.AltScreen && !blankRowChanged
	s.touchRows(onlyChanged)
	if onlyChanged {
		s.drawnFrames.ChangedRowsOnly++
	}
	s.drawn.lines, s.drawn.status = lines, status
	s.drawnFrames.ChangedLines++
	return true
}

// sameScreen reports whether two views put the same kind of screen (main
// or alternate) and the same cursor around their content. The other fields
// of a view (the window title, the progress bar, colours, modes) change
// nothing in the screen buffer, and flush sends them as before either way.
func sameScreen(last, next *View) bool {
	return viewEquals(&View{AltScreen: last.AltScreen, Cursor: last.Cursor},
		&View{AltScreen: next.AltScreen, Cursor: next.Cursor})
}

// selfContained parses line from the state a fresh parse of a frame starts
// in, with the decoder the screen buffer's parser uses for method m, and
// tells whether it ends in that state again and does not begin with a
// zero-width mark, that is, whether the line draws the same on its own as
// within any frame whose earlier lines are self-contained too. The cases
// follow the parser's, in its order.
func selfContained(m ansi.Method, line string) lineStatus {
	if !utf8.ValidString(line) {
		// The parser splits invalid bytes at the end of a line differently
		// when a newline follows them than at the end of the text.
		return lineCarriesState
	}
	p := ansi.GetParser()
	defer ansi.PutParser(p)
	decode, method := ansi.DecodeSequenceWc[string], ansi.WcWidth
	if m == ansi.GraphemeWidth {
		decode, method = ansi.DecodeSequence[string], ansi.GraphemeWidth
	}
	var (
		style   uv.Style
		link    uv.Link
		state   byte
		pending bool // bytes the parser keeps for the next character
		printed bool // a character has been drawn on this line
	)
	for len(line) > 0 {
		seq, width, n, next := decode(line, state, p)
		if n == 1 && seq[0] > 0x1f && seq[0] < 0x7f && len(line) > 1 && line[1] >= 0xc0 {
			if cluster, cw := ansi.FirstGraphemeCluster(line, method); len(cluster) > 1 {
				seq, width, n = cluster, cw, len(cluster)
			}
		}
		switch {
		case width > 0:
			printed, pending = true, false
		case ansi.HasCsiPrefix(seq) && p.Command() == 'm':
			uv.ReadStyle(p.Params(), &style)
		case ansi.HasOscPrefix(seq) && p.Command() == 8:
			uv.ReadLink(p.Data(), &link)
		case seq == "\r":
		case len(seq) > 0 && seq[0] >= 0xc0:
			if !printed {
				return lineCarriesState // it would join the previous line's last character
			}
		default:
			pending = true
		}
		state = next
		line = line[n:]
	}
	if state != ansi.NormalState || !style.IsZero() || link != (uv.Link{}) || pending {
		return lineCarriesState
	}
	return lineSelfContained
}

// DrawnFrames counts the frames that [DrawFrames] drew by their changed lines
// only, and how many of those had only their changed rows (and the rows that
// drift) compared with the screen.
type DrawnFrames struct {
	ChangedLines, ChangedRowsOnly int
}

// DrawFrames draws views one after another, as a Program's renderer does, on
// a terminal width cells wide and height lines high that measures characters
// with method and shows true colour. After each frame it writes what the
// renderer sent to the terminal for it to w and calls drawn with the frame's
// index and the renderer's screen buffer (valid only during the call); at the
// end it closes the renderer as a Program does when it quits, writes what
// that sent, and calls drawn with len(views). With fullRedraw every frame is
// drawn in full, as Bubble Tea v2.0.10 does (with scroll optimization off,
// as here); without it only the lines that changed are drawn again where that
// is safe. It returns how many frames were drawn that way. It exists for
// tests outside this module that check that both ways send the same.
func DrawFrames(w io.Writer, width, height int, method ansi.Method, views []View, fullRedraw bool,
	drawn func(frame int, cells *uv.Buffer),
) (DrawnFrames, error) {
	var out bytes.Buffer
	s := newCursedRenderer(&out, []string{"TERM=xterm-256color"}, width, height)
	s.fullRedraw = fullRedraw
	s.setNoInput(true) // a terminal emulator would answer queries on input nobody reads
	s.setColorProfile(colorprofile.TrueColor)
	s.setWidthMethod(method)
	s.start()
	for i, v := range views {
		s.render(v)
		err := s.flush(false)
		if _, werr := out.WriteTo(w); err == nil {
			err = werr
		}
		if err != nil {
			return s.drawnFrames, err
		}
		drawn(i, s.cellbuf.Buffer)
	}
	err := s.close()
	if _, werr := out.WriteTo(w); err == nil {
		err = werr
	}
	drawn(len(views), s.cellbuf.Buffer)
	return s.drawnFrames, err
}

// touchRows marks the rows of the screen buffer that the terminal renderer
// must compare with the screen for it to send what it sends for the frame
// drawn in full. With onlyChanged, those are the rows drawn differently
// (already marked) and the rows that drift, which the terminal renderer
// repaints whether they changed or not. Otherwise every row is marked, as
// clearing the buffer does on the full path: the terminal renderer needs
// that in two cases. Inline, it leaves the cursor after the last row it
// compared. And when a row turns blank, it may erase the rows at the bottom
// with one erase that starts on the row above them, which only a marked row
// has painted again.
func (s *cursedRenderer) touchRows(onlyChanged bool) {
	for y := range s.cellbuf.Height() {
		if !onlyChanged || s.drawn.drift[y] {
			s.cellbuf.TouchLine(0, y, s.cellbuf.Width())
		}
	}
}

// rowDrifts reports whether the terminal renderer repaints a row in full
// rather than comparing it cell by cell with the screen: a row with a wide
// cell, or with a cell whose width the terminal may measure differently
// than the buffer did. It asks what ultraviolet's lineHasDrift asks, with
// the width method Bubble Tea leaves its terminal renderer with
// ([ansi.WcWidth], the zero method).
func rowDrifts(line uv.Line) bool {
	for i := range line {
		c := &line[i] // a cell is 120 bytes: not copied
		if c.Width == 0 || len(c.Content) == 0 {
			continue
		}
		if c.Width > 1 || (len(c.Content) > 1 && ansi.WcWidth.StringWidth(c.Content) != ansi.StringWidth(c.Content)) {
			return true
		}
	}
	return false
}

// blankRow reports whether a row holds nothing but spaces, whatever their
// style: a row the terminal renderer may clear rather than draw.
func blankRow(line uv.Line) bool {
	for i := range line {
		c := &line[i] // a cell is 120 bytes: not copied
		if c.Content != "" && c.Content != " " {
			return false
		}
	}
	return true
}
