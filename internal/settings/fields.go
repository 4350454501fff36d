package settings

import (
	"strconv"
	"strings"
	"time"
)

// field is one key of the settings file: what it is for, how its value is
// read and how it is written back. A field with sub holds a mapping of
// further fields instead of a value.
type field struct {
	name    string
	comment string
	read    func(r *reader, v value, s *Settings)
	write   func(s Settings) string
	sub     []field
}

// fields are the keys of the settings file, in the order it is written.
var fields = []field{
	{
		name:    "warn",
		comment: "How long before a turn ends to warn, such as 2m or 90s.",
		read:    func(r *reader, v value, s *Settings) { r.warn(v, &s.Warn) },
		write:   func(s Settings) string { return formatDuration(s.Warn) },
	},
	{
		name:    "notify",
		comment: "Send a desktop notification at each alert: true or false.",
		read:    func(r *reader, v value, s *Settings) { r.boolean(v, &s.Notify) },
		write:   func(s Settings) string { return strconv.FormatBool(s.Notify) },
	},
	{
		name:    "sound",
		comment: "The terminal bell and a notification sound at the end of a turn: true or false (a sound can be heard on the call).",
		read:    func(r *reader, v value, s *Settings) { r.boolean(v, &s.Sound) },
		write:   func(s Settings) string { return strconv.FormatBool(s.Sound) },
	},
	{
		name:    "silent",
		comment: "Older setting: true forces quiet whatever sound says; false does nothing.",
		read:    func(r *reader, v value, s *Settings) { r.boolean(v, &s.Silent) },
		write:   func(s Settings) string { return strconv.FormatBool(s.Silent) },
	},
	{
		name:    "fees",
		comment: "Your fees in dollars, for invoices, such as 25 or 25.50.",
		sub:     feeFields,
	},
	{
		name:    "coach",
		comment: "Your name, for the header of invoices and as Partner A in a peer session.",
		read:    func(r *reader, v value, s *Settings) { r.coach(v, &s.Coach) },
		write:   func(s Settings) string { return strconv.Quote(s.Coach) },
	},
	{
		name:    "script",
		comment: "The script to start with, such as first or followup.",
		read:    func(r *reader, v value, s *Settings) { r.name(v, &s.Script) },
		write:   func(s Settings) string { return plainName(s.Script) },
	},
	{
		name:    "colours",
		comment: "Colours: auto (follow the terminal), dark, light or none.",
		read:    func(r *reader, v value, s *Settings) { r.colours(v, &s.Colours) },
		write:   func(s Settings) string { return string(s.Colours) },
	},
	{
		name:    "calendar_full_names",
		comment: "Name newcomers in full in the exported calendar: true or false (false: initials).",
		read:    func(r *reader, v value, s *Settings) { r.boolean(v, &s.CalendarFullNames) },
		write:   func(s Settings) string { return strconv.FormatBool(s.CalendarFullNames) },
	},
	{
		name:    "short_form",
		comment: "The self-guiding short form you work with, named in drafted messages.",
		read:    func(r *reader, v value, s *Settings) { r.coach(v, &s.ShortForm) },
		write:   func(s Settings) string { return strconv.Quote(s.ShortForm) },
	},
	{
		name:    "window_title",
		comment: "Show the turn's role and time left in the terminal's title: true or false.",
		read:    func(r *reader, v value, s *Settings) { r.boolean(v, &s.WindowTitle) },
		write:   func(s Settings) string { return strconv.FormatBool(s.WindowTitle) },
	},
	{
		name:    "progress",
		comment: "Show the turn's progress in the terminal's tab or taskbar: auto (terminals known to show it), on or off.",
		read:    func(r *reader, v value, s *Settings) { r.progress(v, &s.Progress) },
		write:   func(s Settings) string { return string(s.Progress) },
	},
}

// feeFields are the keys under fees.
var feeFields = []field{
	{
		name:    "first",
		comment: "A newcomer's first session.",
		read:    func(r *reader, v value, s *Settings) { r.amount(v, &s.Fees.First) },
		write:   func(s Settings) string { return plain(s.Fees.First) },
	},
	{
		name:    "later",
		comment: "Each later session.",
		read:    func(r *reader, v value, s *Settings) { r.amount(v, &s.Fees.Later) },
		write:   func(s Settings) string { return plain(s.Fees.Later) },
	},
}

// formatDuration writes a duration as the file does, without the zero
// parts Go adds: "2m", "1m30s", "1h", "45s".
func formatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// plainName writes a script name, quoted only where YAML would read the
// plain word as something else: "null" would read as nothing.
func plainName(s string) string {
	if plausibleName(s) && s != "null" {
		return s
	}
	return strconv.Quote(s)
}
