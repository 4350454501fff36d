// Package settings reads the coach's settings file: the warning lead time,
// notifications, sound, fees, the coach's name, the default script
// and the colours. The file is YAML under the XDG config directory; every
// setting it leaves out keeps its default, and flags on the command line
// override it for one run.
package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"partnercoach/around/fees"
	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
	"partnercoach/script"
)

// FileName is the name of the settings file in partnercoach's config
// directory.
const FileName = "settings.yaml"

// Settings are the coach's choices, read from the settings file over the
// defaults.
type Settings struct {
	// Warn is how long before a turn ends the warning comes.
	Warn time.Duration
	// Notify sends a desktop notification at each alert.
	Notify bool
	// Sound lets alerts be heard: the terminal bell, and a sound with the
	// notification at the end of a turn. Off by default: a sound can be
	// heard on the call.
	Sound bool
	// Silent is the older setting: it has no effect but to force quiet,
	// whatever Sound says.
	Silent bool
	// Fees are what the coach is paid, for the fee of each session.
	Fees fees.Fees
	// Coach is the coach's name, for the header of invoices and as Partner
	// A in a peer session.
	Coach string
	// Script is the name of the script to start with.
	Script string
	// Colours says which colours the screen uses.
	Colours Colours
	// CalendarFullNames lets the exported calendar name newcomers in full;
	// by default it gives their initials only.
	CalendarFullNames bool
	// ShortForm names the self-guiding short form the coach works with,
	// which drafted messages ask the newcomer to download.
	ShortForm string
	// WindowTitle puts the turn's role and time left in the terminal's
	// title during a session.
	WindowTitle bool
	// Progress shows the turn's progress in the terminal's tab or taskbar
	// (OSC 9;4): in terminals known to show it (auto), always, or never.
	Progress Progress
}

// Progress says when the turn's progress is shown in the terminal's tab
// or taskbar.
type Progress string

// The choices of Progress.
const (
	// ProgressAuto shows it in terminals known to show it and known not
	// to take it for something else (some show the sequence as a desktop
	// notification).
	ProgressAuto Progress = "auto"
	// ProgressOn shows it in any terminal.
	ProgressOn Progress = "on"
	// ProgressOff never shows it.
	ProgressOff Progress = "off"
)

// Colours is the colour scheme of the screen.
type Colours string

// The colour schemes a settings file may name.
const (
	// ColoursAuto follows the terminal's background.
	ColoursAuto Colours = "auto"
	// ColoursDark is for a dark background.
	ColoursDark Colours = "dark"
	// ColoursLight is for a light background.
	ColoursLight Colours = "light"
	// ColoursNone uses no colour at all.
	ColoursNone Colours = "none"
)

// colourChoices lists the colour schemes in the order help text names them.
var colourChoices = []Colours{ColoursAuto, ColoursDark, ColoursLight, ColoursNone}

// Default returns the settings that apply where the file says nothing.
func Default() Settings {
	return Settings{
		Warn:        2 * time.Minute,
		Notify:      true,
		Fees:        fees.Default,
		Script:      "first",
		Colours:     ColoursAuto,
		WindowTitle: true,
		Progress:    ProgressAuto,
	}
}

// Path is where the settings file is kept. It follows XDG_CONFIG_HOME on
// every call.
func Path() string { return filepath.Join(paths.ConfigDir(), FileName) }

// Load reads the settings file at Path. A missing file is not an error: it
// gives the defaults. A file with problems gives an error that lists every
// one of them (see Parse), among them a script setting that names no script
// the coach can run (script.Names). A file, or a config folder, that
// another user could change is not read (see checkPrivate).
func Load() (Settings, error) {
	if err := checkPrivate(Path()); err != nil {
		return Default(), err
	}
	return load(Path())
}

// checkPrivate refuses the settings file when another user could have
// written it: when it, or the config folder that holds it, may be written
// by the coach's group or by others, or belongs to another user (the one
// rule of paths.CheckPrivate, which the scripts folder follows too).
// Another user's settings could turn the sound on during the coach's
// calls, or change the fees billed. A path that is not a regular file is
// left to load, which says what it is.
func checkPrivate(path string) error {
	check := []string{filepath.Dir(path)}
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		check = append(check, path)
	}
	for _, p := range check {
		if err := paths.CheckPrivate(p); err != nil {
			return fmt.Errorf("refusing to read your settings: %w", err)
		}
	}
	return nil
}

// load reads the settings file at path: only a regular file (or a
// symlink to one), and no more of it than a settings file may hold.
func load(path string) (Settings, error) {
	data, err := regular.Read(path, maxSize)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if errors.Is(err, regular.ErrTooBig) {
		return Default(), Problems{tooBig(path)}
	}
	if err != nil {
		return Default(), fmt.Errorf("cannot read the settings file: %w", err)
	}
	return parseWith(path, data, knownScripts())
}

// knownScripts are the scripts a settings file's script may name: the
// built-in ones and the coach's own (script.Names). When the coach's own
// cannot be listed, nil: the name is left to the run, which says why.
func knownScripts() *scriptNames {
	builtin, own, err := script.Names()
	if err != nil {
		return nil
	}
	return &scriptNames{builtin: builtin, own: own}
}
