package tui

import "charm.land/bubbles/v2/key"

// keyMap holds every key binding; screens show the ones that apply.
type keyMap struct {
	Next, Prev, Up, Down     key.Binding
	StartPause, Toggle       key.Binding
	More, Less, Restart      key.Binding
	Agenda, Help, Quit, Kill key.Binding
	Choose, Yes, No, Cancel  key.Binding
	ScrollUp, ScrollDown     key.Binding
	Note, Mark, End          key.Binding
	EndLog, Retry            key.Binding
	Cards, Search            key.Binding
	Undo, Call, Preview      key.Binding
	Reopen                   key.Binding
}

// newKeyMap returns the key bindings with their help text.
func newKeyMap() keyMap {
	return keyMap{
		Next:       key.NewBinding(key.WithKeys("n", "right"), key.WithHelp("n/→", "next")),
		Prev:       key.NewBinding(key.WithKeys("p", "left"), key.WithHelp("p/←", "back")),
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		StartPause: key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "start/pause")),
		Toggle:     key.NewBinding(key.WithKeys("x", "enter"), key.WithHelp("x/enter", "check")),
		More:       key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "1 min more")),
		Less:       key.NewBinding(key.WithKeys("-", "_"), key.WithHelp("-", "1 min less")),
		Restart:    key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "restart")),
		Agenda:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "agenda")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Kill:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Choose:     key.NewBinding(key.WithKeys("enter", "x"), key.WithHelp("enter", "choose")),
		Yes:        key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		No:         key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "no")),
		Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		ScrollUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll up")),
		ScrollDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "scroll down")),
		Note:       key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "note")),
		Mark:       key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "partnering")),
		End:        key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "end, log")),
		EndLog:     key.NewBinding(key.WithKeys("e", "E"), key.WithHelp("e", "end and write the log")),
		Retry:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "try again")),
		Cards:      key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "cards")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "find card")),
		Undo:       key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		Call:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "call starts")),
		Preview:    key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "next step")),
		Reopen:     key.NewBinding(key.WithKeys("ctrl+b"), key.WithHelp("ctrl+b", "back to the session")),
	}
}

// sessionKeys is the help of the session screen.
type sessionKeys struct{ k keyMap }

// ShortHelp implements help.KeyMap.
func (s sessionKeys) ShortHelp() []key.Binding {
	return []key.Binding{s.k.Next, s.k.Prev, s.k.StartPause, s.k.Toggle, s.k.Help, s.k.Quit}
}

// FullHelp implements help.KeyMap.
func (s sessionKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{s.k.Next, s.k.Prev, s.k.Up, s.k.Down, s.k.Toggle, s.k.StartPause},
		{s.k.More, s.k.Less, s.k.Restart, s.k.Call, s.k.Agenda, s.k.Preview},
		{s.k.ScrollUp, s.k.ScrollDown, s.k.Cards, s.k.Search, s.k.Note, s.k.Mark},
		{s.k.Undo, s.k.End, s.k.Help, s.k.Quit, s.k.Kill},
	}
}

// startKeys is the help of the start screen.
type startKeys struct{ k keyMap }

// ShortHelp implements help.KeyMap.
func (s startKeys) ShortHelp() []key.Binding {
	return []key.Binding{s.k.Up, s.k.Down, s.k.Choose, s.k.Help, s.k.Quit}
}

// FullHelp implements help.KeyMap.
func (s startKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{s.k.Up, s.k.Down, s.k.Choose}, {s.k.Help, s.k.Quit, s.k.Kill}}
}
