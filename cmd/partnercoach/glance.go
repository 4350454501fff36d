package main

import (
	"os"
	"strconv"
	"strings"

	"partnercoach/internal/settings"
	"partnercoach/tui"
)

// glanceOptions are how the full screen shows the turn outside its window:
// in the terminal's title and, where the terminal shows one, as progress
// in its tab or taskbar.
func glanceOptions(s settings.Settings, getenv func(string) string) (title, progress bool) {
	switch s.Progress {
	case settings.ProgressOn:
		progress = true
	case settings.ProgressAuto:
		progress = showsProgress(getenv)
	}
	return s.WindowTitle, progress
}

// showsProgress reports whether the terminal is one known to show the
// OSC 9;4 progress sequence in its tab or taskbar. Others are left alone:
// some (iTerm2 before 3.6, older kitty) show any OSC 9 as a desktop
// notification, which would pop up with every percent. Inside tmux or
// screen the sequence would not reach the terminal.
func showsProgress(getenv func(string) string) bool {
	term, prog := getenv("TERM"), getenv("TERM_PROGRAM")
	switch {
	case getenv("TMUX") != "" || getenv("STY") != "" || strings.HasPrefix(term, "tmux") || strings.HasPrefix(term, "screen"):
		return false
	case getenv("WT_SESSION") != "", getenv("ConEmuANSI") == "ON", getenv("KONSOLE_VERSION") != "":
		return true
	case prog == "WezTerm", prog == "ghostty", term == "xterm-ghostty":
		return true
	case prog == "iTerm.app":
		return atLeast(getenv("TERM_PROGRAM_VERSION"), 3, 6)
	}
	return false
}

// atLeast reports whether a version such as "3.6.2" is at least
// major.minor.
func atLeast(version string, major, minor int) bool {
	parts := strings.SplitN(version, ".", 3)
	if len(parts) < 2 {
		return false
	}
	a, err1 := strconv.Atoi(parts[0])
	b, err2 := strconv.Atoi(parts[1])
	return err1 == nil && err2 == nil && (a > major || a == major && b >= minor)
}

// screenOptions are the full screen's options for a run.
func screenOptions(o options) tui.Options {
	title, progress := glanceOptions(o.Settings, os.Getenv)
	return tui.Options{NoColour: o.Colours == settings.ColoursNone, WindowTitle: title, Progress: progress}
}
