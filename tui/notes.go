package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"partnercoach/app"
	"partnercoach/session"
)

// noteField is the one-line field in which the coach writes a note during
// the session. What is typed stays in it when the coach puts it away with
// esc, so that a half-written note is not lost.
type noteField struct {
	input textinput.Model
	on    bool
}

// noteWaits says what becomes of a note put away unkept: it waits as the
// draft, which the autosave keeps and the session's end makes a note (it
// once said "unsaved", of text saved with the session).
const noteWaits = "The note waits as a draft: N opens it again; ending the session keeps it as a note."

// newNoteField returns a closed note field holding a draft, if any;
// while empty, it says where its note goes (app.EndForm's Note).
func newNoteField(draft, goes string) noteField {
	in := textinput.New()
	in.Placeholder = goes
	in.CharLimit = app.MaxNote
	in.Prompt = "Note: "
	st := in.Styles()
	st.Cursor.Blink = false // a blinking cursor would wake the program twice a second
	in.SetStyles(st)
	in.SetValue(draft)
	return noteField{input: in}
}

// recordKey handles the keys that add to the record without changing the
// session's course: a note, a partnering moment, and ending the session.
// It reports whether the key was one of them.
func (m *sessionModel) recordKey(msg tea.KeyPressMsg, k sessionKeys) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, k.Note):
		return m.openNote(), true
	case key.Matches(msg, k.Moment):
		cmd := m.apply(session.MarkMoment{})
		marks := m.ses.Marks()
		m.hint = fmt.Sprintf("Partnering moment %d marked at %s.", len(marks),
			app.TimeOfDay(m.ses, marks[len(marks)-1].At))
		return cmd, true
	case key.Matches(msg, k.End):
		return m.ask(app.EndSession), true
	}
	return nil, false
}

// openNote opens the note field on the note draft, the cursor at its
// end: the draft may hold text typed when the field was closed.
func (m *sessionModel) openNote() tea.Cmd {
	m.note.on = true
	m.sizeNote()
	m.note.input.SetValue(m.ses.NoteDraft())
	m.note.input.CursorEnd()
	return m.note.input.Focus()
}

// sizeNote fits the note field to the window. The field scrolls as it is
// typed in so that the cursor stays in sight, which it can do only while
// it knows its width: a note longer than the window then shows its end,
// where the coach is typing, not its start.
func (m *sessionModel) sizeNote() {
	m.note.input.SetWidth(max(m.width-len(m.note.input.Prompt)-1, 1))
}

// noteKey handles keys while the note field is open: enter keeps the
// note; esc drops what typing put there, or else puts the field away
// with its text.
func (m *sessionModel) noteKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keysNow().Field
	switch {
	case key.Matches(msg, k.Cancel):
		m.note.on = false
		m.note.input.Blur()
		if m.core.Typed() {
			cmd := do(m.core.DropTyped())
			m.note.input.SetValue(m.ses.NoteDraft())
			m.hint = "The typed text is dropped."
			return cmd
		}
		if m.note.input.Value() != "" {
			m.hint = noteWaits
		}
		return nil
	case key.Matches(msg, k.Keep):
		text := m.note.input.Value()
		m.note.on = false
		m.note.input.Blur()
		m.note.input.Reset()
		cmd := m.change(func() app.Effects { return m.core.AddNote(text) })
		if n := len(m.ses.Notes()); text != "" {
			m.hint = fmt.Sprintf("Note %d kept.", n)
		}
		return cmd
	}
	if m.note.input.Value() == "" && m.core.NoteCapital(msg.Text, m.keyNow()) {
		m.note.input.SetValue(app.LetterOf(app.OnSession, app.CmdNote)) // "Now": the N typed the word's capital
		m.note.input.CursorEnd()
	}
	return m.typeNote(msg)
}

// typeNote passes a key or a paste to the open note field. Typed text is
// on screen: the core keeps it safe too.
func (m *sessionModel) typeNote(msg tea.Msg) tea.Cmd {
	cmd := typeInto(&m.note.input, msg)
	return tea.Batch(cmd, do(m.core.SetNoteDraft(m.note.input.Value())))
}

// paste passes a paste to the field open: the note, or an answer (of
// minutes, only a paste of digits). With no field open it is dropped, and
// the screen says where a paste goes.
func (m *sessionModel) paste(p tea.PasteMsg) tea.Cmd {
	switch {
	case m.cards != nil, m.confirm != nil:
		return nil
	case !m.note.on && !m.inputOn:
		m.hint = "Not pasted: N opens a note to paste into."
		return nil
	case m.note.on:
		return m.typeNote(p)
	case m.inputOn:
		if m.answer {
			return typeInto(&m.input, p)
		}
		if t := strings.TrimSpace(pastedLine(p.Content)); strings.Trim(t, "0123456789") == "" {
			return typeInto(&m.input, tea.PasteMsg{Content: t}) // only digits are taken
		}
	}
	return nil
}

// noteView draws the open note field with its reminder, or nothing.
func (m *sessionModel) noteView(width int) []string {
	if !m.note.on {
		return nil
	}
	keys := fit("enter = keep · esc = later · notes are confidential and stay on this machine", width, 1)
	switch {
	case full(m.note.input):
		keys = fitFirst(width, app.NoteFull+" · enter = keep · esc = later", app.NoteFull)
	case m.core.Typed():
		keys = fitFirst(width, "typed, not taken as commands: enter = keep as a note · esc = drop it",
			"typed, not commands: enter = keep · esc = drop it", "enter = keep · esc = drop it")
	}
	return []string{m.note.input.View(), m.st.Text.Muted.Render(keys)}
}

// noteIndent is how far the lines of a note after its first are
// indented: under its text, after "✎ 10:05 ".
const noteIndent = 8

// noteLinesShown is how many lines of a note the step shows: its start,
// enough to see that it is kept, without pushing the turn's roles, its
// bar and the talking points off the screen. The record keeps it whole.
const noteLinesShown = 2

// stepNotes lists the notes taken on a step, with their times as read
// at now (with their day when it is not now's: app.TimeOfDayAt, as the
// accessible mode says them), so that the coach sees that they are kept:
// each cut to noteLinesShown lines.
func (m *sessionModel) stepNotes(now time.Time, stepID string, width int) string {
	var b strings.Builder
	for _, n := range m.ses.Notes() {
		if n.Step == stepID {
			at := glyphNote + " " + app.TimeOfDayAt(m.ses, n.At, now) + " "
			b.WriteString(m.st.Text.Muted.Render(at) + noteStart(n.Text, width, ansi.StringWidth(at)) + "\n")
		}
	}
	return b.String()
}

// noteStart wraps a note after its time, which takes the first lead
// cells of its first line, in at most noteLinesShown lines, the last
// ending in an ellipsis when the note goes on. The lines after the first
// are indented by noteIndent (under the text of a time with no day).
func noteStart(text string, width, lead int) string {
	lines := strings.Split(wrap(text, width-lead, min(lead, noteIndent)), "\n")
	if len(lines) <= noteLinesShown {
		return strings.Join(lines, "\n")
	}
	lines = lines[:noteLinesShown]
	lines[noteLinesShown-1] = fitLine(lines[noteLinesShown-1]+" …", width)
	return strings.Join(lines, "\n")
}
