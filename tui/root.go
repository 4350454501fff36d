// Package tui is the full-screen interface of partnercoach: a start
// screen to choose whom the session is with and its script, the session
// screen a coach keeps open during a call, and the coach log. It draws and reads keys; the rules of a run
// (alerts, saves, the coach log, quitting) are the application core's,
// package app.
package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"partnercoach/app"
)

// Minimum terminal size for the full layout. Smaller windows get a short
// message and, during a turn, the time left in plain text.
const (
	MinWidth  = 50
	MinHeight = 16
)

// screen is one of the program's screens behind the root model.
type screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) tea.Cmd
	View(width, height int) string
	Keys() help.KeyMap
	// Inputting reports whether a field takes typed text, so that the
	// root leaves letter keys to it.
	Inputting() bool
	// Compact is the one line to show in a window too small for the
	// screen, or "".
	Compact(now time.Time) string
}

// Options are how the full screen draws, beside the run's app.Config.
type Options struct {
	// Background ("dark" or "light") fixes the colours for that
	// background; otherwise the terminal is asked.
	Background string
	// NoColour draws without colour.
	NoColour bool
	// WindowTitle puts the turn's role and time left in the terminal's
	// title; Progress shows the turn's progress in its tab or taskbar
	// (OSC 9;4). Off, the program leaves them alone.
	WindowTitle, Progress bool
}

// Model is the root model: it routes messages to the screen on show and
// draws the frame around it (size guard, help, the quit question). It
// is a pointer: its screens share the core, the styles and the keys.
type Model struct {
	opts     Options
	core     *app.Core
	begun    app.Effects // what opening the run asked for, done by Init
	styles   *Styles
	keys     keyMap
	help     help.Model
	screen   screen
	width    int
	height   int
	quit     *app.Asking      // the quit question on show, if any
	keyNow   func() time.Time // the instant of a key press: the run's clock
	retrying bool             // a failed save is tried again before the question
	showHelp bool
	tick     func(delay time.Duration, gen int) tea.Cmd
	helpLine memo[helpKey, string] // the footer's help line, kept drawn
}

// New returns the root model for a configuration, drawn with the options.
func New(cfg app.Config, opts Options) *Model { return newModel(cfg, opts, tickCmd) }

// newModel is New with the command that wakes the session; tests replace
// it.
func newModel(cfg app.Config, opts Options, tick func(time.Duration, int) tea.Cmd) *Model {
	core := app.New(cfg)
	st := NewStyles(opts.Background != "light")
	st.noColour = opts.NoColour
	m := &Model{opts: opts, core: core, styles: &st, keys: newKeyMap(), help: help.New(), width: 80, height: 24, tick: tick}
	m.help.Styles = st.Help
	m.keyNow = core.Clock().Now
	m.begun = core.Begin()
	m.screen = m.screenOf(core.Stage())
	m.screen.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
	return m
}

// screenOf returns the screen of a stage of the run.
func (m *Model) screenOf(s app.Stage) screen {
	switch s {
	case app.Choosing:
		return newStartModel(m.styles, m.keys, m.core)
	case app.Running:
		s := newSessionModel(m.styles, m.keys, m.core, m.tick)
		s.keyNow = func() time.Time { return m.keyNow() }
		return s
	}
	return newCoachLogModel(m.styles, m.keys, m.core)
}

// Err is why the run ended badly: the session's last save failed, so
// some of it is not on disk. The program's exit status is then not zero.
func (m *Model) Err() error { return m.core.ExitError() }

// fixedBackground reports whether the colours are set for a background
// rather than following the terminal's.
func (m *Model) fixedBackground() bool {
	return m.opts.Background == "dark" || m.opts.Background == "light"
}

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.screen.Init(), do(m.begun)}
	if !m.fixedBackground() {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		return m, m.screen.Update(msg)
	case tea.BackgroundColorMsg:
		if m.fixedBackground() {
			return m, nil
		}
		noColour := m.styles.noColour
		*m.styles = NewStyles(msg.IsDark())
		m.styles.noColour = noColour
		m.help.Styles = m.styles.Help
		return m, nil
	case tea.ColorProfileMsg:
		m.styles.noColour = m.opts.NoColour || msg.Profile == colorprofile.NoTTY || msg.Profile == colorprofile.ASCII
		return m, nil
	case Continued:
		return m, retake()
	case openMsg:
		return m, m.open(msg)
	case resultMsg:
		return m, m.reported(msg)
	case tea.KeyPressMsg:
		if m.tooSmallNow() {
			// Nothing of the screen shows: a key would choose unseen.
			if key.Matches(msg, m.keys.Global.QuitNow) {
				return m, tea.Quit
			}
			return m, nil
		}
		if cmd, typing := m.guardKey(msg); typing {
			return m, cmd
		}
		if cmd, done := m.rootKey(msg); done {
			return m, cmd
		}
	}
	return m, m.screen.Update(msg)
}

// reported hands a job's result to the core and the screen, and asks the
// quit question again once a save tried again at quit is back.
func (m *Model) reported(msg resultMsg) tea.Cmd {
	e := m.core.Report(msg.r)
	cmd := tea.Batch(do(e), m.screen.Update(reportedMsg{r: msg.r, notices: e.Notices}))
	if _, save := msg.r.(app.SaveResult); save && m.retrying {
		m.retrying = false
		return tea.Batch(cmd, m.askQuit())
	}
	return cmd
}

// rootKey handles the keys that belong to the frame: quitting and help.
// It reports whether the key was used.
func (m *Model) rootKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch g := m.keys.Global; {
	case key.Matches(msg, g.QuitNow):
		return tea.Quit, true
	case m.quit != nil:
		return m.quitKey(msg), true
	case m.retrying:
		return nil, true
	case m.showHelp && msg.Code == tea.KeyEscape:
		// Escape closes the help, and on the session screen whatever
		// else is open: one Escape goes back to the session.
		m.showHelp = false
		_, guarded := m.screen.(guardedScreen)
		return nil, !guarded
	case m.screen.Inputting() && !(key.Matches(msg, g.Help) && passesHelp(m.screen)):
		return nil, false
	case key.Matches(msg, g.Quit):
		return m.askQuit(), true
	case key.Matches(msg, g.Help):
		m.showHelp = !m.showHelp
		return nil, true
	}
	return nil, false
}

// View implements tea.Model.
func (m *Model) View() tea.View {
	v := tea.NewView(dropHidden(m.render()))
	v.AltScreen = true
	m.glance(&v)
	return v
}

// render draws the whole screen as a string.
func (m *Model) render() string {
	if m.tooSmallNow() {
		return m.tooSmall()
	}
	footer := fit(m.footer(), m.width, m.height/2)
	h := m.height - lineCount(footer)
	body := m.screen.View(m.width, h)
	if flowed, ok := m.flowedFooter(); ok {
		// The help line flowed takes the lines the screen leaves empty.
		if more := lineCount(flowed) - lineCount(footer); lineCount(body)+more <= h {
			footer, h = flowed, h-more
			body = m.screen.View(m.width, h)
		}
	}
	return fitPad(body, m.width, h) + "\n" + footer
}

// footer is the help line, the full help, or the quit question.
func (m *Model) footer() string {
	switch {
	case m.quit != nil:
		return askingView(*m.quit, m.keys.Question, true, m.styles.Banner.Warning, max(m.width-2, 1))
	case m.retrying:
		return m.styles.Banner.Warning.Render(wrap("The last save failed: trying it again before quitting…", max(m.width-2, 1), 0))
	}
	h := m.help
	h.ShowAll = m.showHelp
	if d, ok := m.screen.(interface{ Details() []string }); ok && m.showHelp && len(d.Details()) > 0 {
		return m.styles.Text.Error.Render(wrap(strings.Join(d.Details(), "\n"), max(m.width, 1), 0)) + "\n" + helpView(h, m.screen.Keys(), m.width)
	}
	keys := m.screen.Keys()
	if k, ok := shortHelpKey(keys, h, m.styles.isDark); ok {
		return m.helpLine.get(k, func() string { return h.View(keys) })
	}
	return helpView(h, keys, m.width)
}

// tooSmallNow reports whether the window is below the minimum size.
func (m *Model) tooSmallNow() bool { return m.width < MinWidth || m.height < MinHeight }

// tooSmall is shown when the window is below the minimum size. During a
// turn it still gives the time left.
func (m *Model) tooSmall() string {
	msg := fmt.Sprintf("Make the window larger: at least %d×%d (now %d×%d). Keys do nothing until then; ctrl+c quits.",
		MinWidth, MinHeight, m.width, m.height)
	if line := m.screen.Compact(m.core.Clock().Now()); line != "" {
		msg = line + "\n" + msg
	}
	return fit(wrap(msg, max(m.width, 1), 0), m.width, m.height)
}
