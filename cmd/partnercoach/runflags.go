package main

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/app"
	"partnercoach/around/names"
	"partnercoach/internal/settings"
	"partnercoach/script"
	"partnercoach/session"
)

// runFlags are the options of a session run as given on the command line.
// The settings file supplies the defaults; a flag overrides it only when
// it is given.
type runFlags struct {
	cmd        *cobra.Command // the command the flags are registered on
	newcomer   string
	newPerson  bool // --new-newcomer: the --newcomer is someone new
	warn       string
	speed      float64
	notify     bool
	noNotify   bool
	silent     bool
	sound      bool
	noSave     bool
	save       bool
	accessible bool
	me         string // --me: your name, as Partner A of a peer session
	partner    string // --partner: your partner's name, Partner B
	noTitle    bool
	noProgress bool
}

// options are what a run needs: the settings file over the defaults, with
// the flags given on the command line applied, and the run's own flags.
type options struct {
	settings.Settings
	newcomer string
	// newPerson says the newcomer is someone new (--new-newcomer).
	newPerson bool
	speed     float64
	// keeps is what the run keeps of its session (app.KeepsOf).
	keeps app.Keeps
	// accessible asks for plain lines and typed commands.
	accessible bool
	// partners are the names of the partners of a peer session, and
	// partnersGiven says they came from --me or --partner.
	partners      session.Partners
	partnersGiven bool
}

// sound reports whether the run may be heard: sound asked for (by the
// settings or --sound), and not silenced (by the older silent setting or
// --silent).
func (o options) sound() bool { return o.Sound && !o.Silent }

// register adds the run flags to a command.
func (f *runFlags) register(cmd *cobra.Command) {
	f.cmd = cmd
	fl := cmd.Flags()
	fl.StringVar(&f.newcomer, "newcomer", "",
		"the newcomer's name or initials: shown on screen and kept in the session's record (never in a notification)")
	fl.BoolVar(&f.newPerson, "new-newcomer", false,
		"the --newcomer is someone new: do not ask whether a close name on record was meant")
	fl.StringVar(&f.warn, "warn", "",
		"how long before a turn ends to warn, such as 2m or 90s (default: the settings file's, or 2m)")
	fl.Float64Var(&f.speed, "speed", 1, "run time this many times faster, to rehearse a session (a rehearsal saves nothing, unless --save)")
	fl.BoolVar(&f.notify, "notify", false, "send desktop notifications even if the settings file turns them off")
	fl.BoolVar(&f.noNotify, "no-notify", false, "send no desktop notifications (alerts stay on screen)")
	fl.BoolVar(&f.sound, "sound", false,
		"ring the terminal bell and ask for a notification sound at the end of a turn, and the bell at an alert no notification carries (off by default: a sound can be heard on the call)")
	fl.BoolVar(&f.silent, "silent", false, "no terminal bell and no notification sound, whatever the settings say (the default)")
	fl.BoolVar(&f.noSave, "no-save", false, "keep nothing of this session: no autosave, no record")
	fl.BoolVar(&f.save, "save", false,
		"with --speed, keep the rehearsal's autosave so that 'resume' can bring it back (it is never logged)")
	fl.BoolVar(&f.accessible, "accessible", false,
		"plain lines for a screen reader and typed commands: no full-screen display, no colour (see docs/accessible.md)")
	fl.StringVar(&f.me, "me", "", "in a peer session (such as partnership): your name, as Partner A (default: the settings' coach)")
	fl.StringVar(&f.partner, "partner", "", "in a peer session (such as partnership): your partner's name, as Partner B")
	fl.BoolVar(&f.noTitle, "no-title", false, "leave the terminal's title alone: no role and time left in it")
	fl.BoolVar(&f.noProgress, "no-progress", false, "show no progress in the terminal's tab or taskbar (OSC 9;4)")
	cmd.MarkFlagsMutuallyExclusive("notify", "no-notify")
	cmd.MarkFlagsMutuallyExclusive("save", "no-save")
	cmd.MarkFlagsMutuallyExclusive("sound", "silent")
}

// resolve reads the settings file and applies over it the flags given on
// the command line. A bad settings file or a bad flag stops the run; the
// file's problems come each as FILE:LINE:COL: message.
func (f *runFlags) resolve() (options, error) {
	if err := checkSpeed(f.speed); err != nil {
		return options{}, err
	}
	newcomer := ""
	if f.cmd.Flags().Changed("newcomer") {
		n, err := names.Check(f.newcomer)
		if err != nil {
			return options{}, fmt.Errorf("--newcomer: %w", err)
		}
		newcomer = n
	}
	s, err := settings.Load()
	if err != nil {
		return options{}, err
	}
	if err := f.override(&s); err != nil {
		return options{}, err
	}
	partners, err := f.partners(s.Coach)
	if err != nil {
		return options{}, err
	}
	o := options{Settings: s, newcomer: newcomer, newPerson: f.newPerson, speed: f.speed, accessible: f.accessible,
		partners: partners, partnersGiven: f.cmd.Flags().Changed("me") || f.cmd.Flags().Changed("partner")}
	o.keeps = app.KeepsOf(o.rehearsal(), f.save, f.noSave)
	return o, nil
}

// rehearsal is the run's rehearsal clock, its origin not set yet: the
// zero value in real time.
func (o options) rehearsal() session.Rehearsal {
	if o.speed <= 1 {
		return session.Rehearsal{}
	}
	return session.Rehearsal{Speed: o.speed}
}

// maxSpeed is the fastest a rehearsal may run: an hour a second, so that
// a whole session passes in a second or so and every step can still be
// seen. Faster than that, every alert falls due at once and the clock's
// read-outs mean nothing.
const maxSpeed = 3600

// checkSpeed refuses a --speed that is not a finite number from 1 to
// maxSpeed.
func checkSpeed(speed float64) error {
	if math.IsNaN(speed) || math.IsInf(speed, 0) || speed < 1 || speed > maxSpeed {
		return fmt.Errorf("--speed: expected a number from 1 (real time) to %d (an hour a second), such as 60, got %s",
			maxSpeed, strconv.FormatFloat(speed, 'g', -1, 64))
	}
	return nil
}

// override applies to the settings the flags given on the command line,
// and only those: a flag left out leaves the file's setting alone.
func (f *runFlags) override(s *settings.Settings) error {
	given := f.cmd.Flags().Changed
	if given("warn") {
		d, err := f.warnDuration()
		if err != nil {
			return err
		}
		s.Warn = d
	}
	if given("notify") {
		s.Notify = f.notify
	}
	if given("no-notify") {
		s.Notify = !f.noNotify
	}
	if given("silent") {
		s.Silent = f.silent
	}
	if given("sound") {
		s.Sound = f.sound
		s.Silent = s.Silent && !f.sound // asked for on the command line, it wins over the file's silent
	}
	if f.noTitle {
		s.WindowTitle = false
	}
	if f.noProgress {
		s.Progress = settings.ProgressOff
	}
	return nil
}

// warnDuration reads the --warn flag.
func (f *runFlags) warnDuration() (time.Duration, error) {
	d, err := script.ParseDuration(f.warn)
	if err == nil {
		err = script.CheckWarn(d)
	}
	if err != nil {
		return 0, fmt.Errorf("--warn: %w", err)
	}
	return d, nil
}
