// Package tui is the terminal interface of partnercoach: a start screen to
// pick a script and the session screen a coach keeps open during a call.
// It turns key presses and the time into session actions, and session
// events into alerts; the rules themselves live in package session.
package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
)

// Minimum terminal size for the full layout. Smaller windows get a short
// message and, during a turn, the time left in plain text.
const (
	MinWidth  = 50
	MinHeight = 16
)

// Config is what the program is started with.
type Config struct {
	// Scripts are offered on the start screen; Start, if set, is opened at
	// once instead.
	Scripts []*script.Script
	Start   *script.Script
	// Clock tells the time; nil means the wall clock.
	Clock timer.Clock
	// Notifier delivers desktop notifications; nil means none are sent.
	Notifier timer.Notifier
	// Session holds the warning lead time and the newcomer's name.
	Session session.Options
	// Silent turns off the terminal bell.
	Silent bool
	// Keeper saves the session as it goes and keeps its record; nil keeps
	// nothing.
	Keeper Keeper
	// Resume, if set, is a session brought back from its autosave, opened
	// at once (or, with Finish, straight into its coach log); Notice is a
	// word shown with it. Offer, if set instead, is an unfinished session
	// the start screen offers to resume, finish or discard. Saved is when
	// either was last saved.
	Resume *session.Session
	Finish bool
	Offer  *session.Session
	Saved  time.Time
	Notice string
	// Preselect names the script the start screen selects first.
	Preselect string
	// Background is "dark" or "light" to fix the colours for that
	// background; otherwise the terminal is asked. NoColour draws without
	// colour (the program is then run with a colourless profile too).
	Background string
	NoColour   bool
	// FeeCents is the fee of this session, written into its record if
	// the outcome is billable.
	FeeCents int
	// saver numbers the autosaves across the screens.
	saver *saver
	// tick makes the command that wakes the session; tests replace it.
	tick func(delay time.Duration, gen int) tea.Cmd
}

// screen is one of the program's screens behind the root model.
type screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) tea.Cmd
	View(width, height int) string
	Keys() help.KeyMap
	UnderWay() bool
}

// Model is the root model: it routes messages to the screen on show and
// draws the frame around it (size guard, help, the quit question).
type Model struct {
	cfg      Config
	styles   *Styles
	keys     keyMap
	help     help.Model
	screen   screen
	width    int
	height   int
	confirm  bool
	showHelp bool
}

// New returns the root model for a configuration.
func New(cfg Config) *Model {
	if cfg.Clock == nil {
		cfg.Clock = timer.Wall{}
	}
	if cfg.tick == nil {
		cfg.tick = tickCmd
	}
	cfg.saver = &saver{k: cfg.Keeper}
	st := NewStyles(cfg.Background != "light")
	st.plain = cfg.NoColour
	m := &Model{cfg: cfg, styles: &st, keys: newKeyMap(), help: help.New(), width: 80, height: 24}
	m.help.Styles = st.Help
	switch {
	case cfg.Resume != nil && (cfg.Finish || cfg.Resume.IsEnded()):
		m.screen = m.summaryOf(cfg.Resume, cfg.Resume.EndedOr(cfg.Saved))
	case cfg.Resume != nil:
		m.screen = newSessionModel(m.styles, m.keys, cfg, nil, cfg.Resume)
	case cfg.Start != nil:
		m.screen = newSessionModel(m.styles, m.keys, cfg, cfg.Start, nil)
	default:
		m.screen = newStartModel(m.styles, m.keys, cfg)
	}
	return m
}

// fixedBackground reports whether the colours are set for a background
// rather than following the terminal's.
func (m *Model) fixedBackground() bool {
	return m.cfg.Background == "dark" || m.cfg.Background == "light"
}

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd {
	if m.fixedBackground() {
		return m.screen.Init()
	}
	return tea.Batch(tea.RequestBackgroundColor, m.screen.Init())
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		return m, nil
	case tea.BackgroundColorMsg:
		if m.fixedBackground() {
			return m, nil
		}
		plain := m.styles.plain
		*m.styles = NewStyles(msg.IsDark())
		m.styles.plain = plain
		m.help.Styles = m.styles.Help
		return m, nil
	case tea.ColorProfileMsg:
		m.styles.plain = m.cfg.NoColour || msg.Profile == colorprofile.NoTTY || msg.Profile == colorprofile.ASCII
		return m, nil
	case startSessionMsg, endSessionMsg, resumeMsg:
		return m, m.open(msg)
	case tea.KeyPressMsg:
		if cmd, done := m.rootKey(msg); done {
			return m, cmd
		}
	}
	return m, m.screen.Update(msg)
}

// rootKey handles the keys that belong to the frame: quitting and help.
// It reports whether the key was used.
func (m *Model) rootKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if key.Matches(msg, m.keys.Kill) {
		return tea.Quit, true
	}
	if m.confirm {
		return m.confirmKey(msg), true
	}
	if inputting, ok := m.screen.(interface{ Inputting() bool }); ok && inputting.Inputting() {
		return nil, false
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		if m.screen.UnderWay() {
			m.confirm = true
			return nil, true
		}
		if _, ok := m.screen.(*sessionModel); ok {
			return discardAndQuit(m.cfg.Keeper), true
		}
		return tea.Quit, true
	case key.Matches(msg, m.keys.Help):
		m.showHelp = !m.showHelp
		return nil, true
	}
	return nil, false
}

// View implements tea.Model.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "partnercoach"
	return v
}

// render draws the whole screen as a string.
func (m *Model) render() string {
	if m.width < MinWidth || m.height < MinHeight {
		return m.tooSmall()
	}
	footer := fit(m.footer(), m.width, m.height/2)
	h := m.height - lineCount(footer)
	body := fit(m.screen.View(m.width, h), m.width, h)
	return padLines(body, h) + "\n" + footer
}

// footer is the help line, the full help, or the quit question.
func (m *Model) footer() string {
	if m.confirm {
		return m.styles.BannerWarn.Render(m.quitQuestion())
	}
	m.help.ShowAll = m.showHelp
	return m.help.View(m.screen.Keys())
}

// tooSmall is shown when the window is below the minimum size. During a
// turn it still gives the time left.
func (m *Model) tooSmall() string {
	msg := fmt.Sprintf("Make the window larger: at least %d×%d (now %d×%d).",
		MinWidth, MinHeight, m.width, m.height)
	if s, ok := m.screen.(*sessionModel); ok {
		if line := s.compactLine(m.cfg.Clock.Now()); line != "" {
			msg = line + "\n" + msg
		}
	}
	return fit(wrap(msg, max(m.width, 1), 0), m.width, m.height)
}
