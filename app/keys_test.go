package app

import (
	"strings"
	"testing"
)

// TestKeyTableHasNoClash: within a group, no two commands share a key of
// the full screen or a name of the accessible mode, and every row says
// what each front end that takes it shows.
func TestKeyTableHasNoClash(t *testing.T) {
	screen := map[KeyGroup]map[string]Command{}
	typed := map[KeyGroup]map[string]Command{}
	claim := func(m map[KeyGroup]map[string]Command, g KeyGroup, name string, c Command) {
		if m[g] == nil {
			m[g] = map[string]Command{}
		}
		if was, ok := m[g][name]; ok && was != c {
			t.Errorf("group %d: %q is both command %d and %d", g, name, was, c)
		}
		m[g][name] = c
	}
	for _, k := range Keys {
		if k.In&FullScreen != 0 {
			if k.Letter == "" && len(k.Keys) == 0 || k.Label == "" || k.Brief == "" {
				t.Errorf("command %d of group %d: no key or no help on the full screen: %+v", k.Command, k.Group, k)
			}
			for _, name := range append([]string{k.Letter}, k.Keys...) {
				if name != "" {
					claim(screen, k.Group, name, k.Command)
				}
			}
		}
		if k.In&Accessible != 0 {
			if k.Letter == "" && len(k.Words) == 0 {
				t.Errorf("command %d of group %d: no letter or word in the accessible mode", k.Command, k.Group)
			}
			if (k.Group == OnSession || k.Group == Everywhere) && k.Says == "" {
				t.Errorf("command %d: the accessible mode's help says nothing of it", k.Command)
			}
			if k.Letter != "" {
				claim(typed, k.Group, k.Letter, k.Command)
			}
			for _, w := range append(append([]string{}, k.Words...), k.Also...) {
				claim(typed, k.Group, strings.ToLower(w), k.Command)
			}
		}
	}
}

// TestCommandFor reads typed words as the accessible mode does: a capital
// letter only as typed, a small one in either case unless its capital is
// a command of its own, words in any case.
func TestCommandFor(t *testing.T) {
	tests := []struct {
		g    KeyGroup
		word string
		want Command
	}{
		{OnSession, "n", CmdNext},
		{OnSession, "N", CmdNote},
		{OnSession, "s", CmdStartPause},
		{OnSession, "S", CmdCallStarts},
		{OnSession, "M", CmdMoment},
		{OnSession, "B", CmdBack},
		{OnSession, "Next", CmdNext},
		{OnSession, "l", CmdAgenda},
		{OnSession, "E", CmdEnd},
		{OnSession, "e", 0},
		{OnSession, "r", 0},
		{OnSession, "/", 0}, // the full screen's search: no command here
		{Everywhere, "?", CmdHelp},
		{Everywhere, "Q", CmdQuit},
		{OnQuestion, "y", 0}, // no letter answers a question: see Asking
		{OnQuestion, "e", 0},
		{OnStart, "yes", CmdMeantThem},
		{OnStart, "none", CmdNobody},
	}
	for _, tt := range tests {
		got, ok := CommandFor(tt.g, tt.word)
		if got != tt.want || ok != (tt.want != 0) {
			t.Errorf("CommandFor(%d, %q) = %d, %v; want %d", tt.g, tt.word, got, ok, tt.want)
		}
	}
}

func TestKeyNames(t *testing.T) {
	back, _ := KeyOf(OnSession, CmdBack)
	read, _ := KeyOf(OnSession, CmdRead)
	for got, want := range map[string]string{back.Names(): "p, b or back", read.Names(): "read"} {
		if got != want {
			t.Errorf("Names = %q, want %q", got, want)
		}
	}
	if LetterOf(OnSession, CmdStartPause) != "s" || LetterOf(OnSession, CmdCallStarts) != "S" {
		t.Error("s and S are not the turn's start and the call's")
	}
}
