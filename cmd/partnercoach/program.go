package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"partnercoach/app"
	"partnercoach/around/fees"
	"partnercoach/around/records"
	"partnercoach/notify"
	"partnercoach/script"
	"partnercoach/session"
	"partnercoach/timer"
	"partnercoach/tui"
)

// joinNames lists the built-in script names for help text.
func joinNames() string { return strings.Join(script.BuiltinNames(), ", ") }

// scriptChoices names the scripts a run can be given by name, as the
// settings' check of its script does (script.Choices); the built-in ones
// alone when the coach's own cannot be listed.
func scriptChoices() string {
	builtin, own, err := script.Names()
	if err != nil {
		return joinNames()
	}
	return script.Choices(builtin, own)
}

// startScreen runs the program on the choice of scripts. An unfinished
// session saved within the last day comes back at once; an older one is
// offered on the start screen.
func startScreen(f runFlags) error {
	cfg, o, err := config(f)
	if err != nil {
		return err
	}
	if cfg.Scripts, cfg.LeftOut, err = allScripts(); err != nil {
		return err
	}
	cfg.Roster = roster(o)
	return withLive(o, cfg, func(r *liveRun, cfg *app.Config) error {
		if u := r.found; u != nil {
			if o.rehearsal().On() && !u.Rehearsal {
				// A rehearsal's fast clock would run the real session on.
				return errUnfinished(u)
			}
			// A session closed for longer than its call can have gone on
			// is offered instead, its coach log first (app.FinishFirst).
			if now := time.Now(); u.ComesBackAtOnce(now) && !app.ClosedPastItsCall(u.Session, u.Saved, now) {
				cfg.Resume, cfg.Saved = u.Session, u.Saved
				cfg.Notice = app.ResumedNotice(u.Session, u.Saved, time.Now())
				resumeClock(cfg)
			} else {
				cfg.Offer, cfg.Saved = u.Session, u.Saved
			}
		}
		return nil
	})
}

// runSession runs the program straight into a new session of the named
// script or, with no name, of the newcomer's next session (first or
// followup). It refuses while an unfinished session waits in the
// autosave.
func runSession(f runFlags, name string) error {
	cfg, o, err := config(f)
	if err != nil {
		return err
	}
	if name == "" {
		if o.newcomer == "" {
			return fmt.Errorf("expected a script name (%s), or --newcomer NAME to run their next session", scriptChoices())
		}
		name = cfg.Preselect
	}
	s, err := resolveScript(name)
	if err != nil {
		return err
	}
	if err := checkPartnersFor(o, s); err != nil {
		return err
	}
	return withLive(o, cfg, func(r *liveRun, cfg *app.Config) error {
		if r.found != nil {
			return errUnfinished(r.found)
		}
		cfg.Start = s
		return nil
	})
}

// withLive takes the lock on the live session, lets prepare finish the
// configuration, and runs the program, releasing the lock at the end.
func withLive(o options, cfg app.Config, prepare func(*liveRun, *app.Config) error) error {
	r, err := openLive(o.keeps, o.rehearsal().On())
	if err != nil {
		return err
	}
	defer r.close()
	cfg.Keeper = r.keeper()
	if r.notice != "" {
		cfg.Notice = r.notice
	}
	if err := prepare(r, &cfg); err != nil {
		return err
	}
	return runProgram(cfg, o)
}

// config reads the settings file, applies the flags over it and turns the
// result into the interface's configuration.
func config(f runFlags) (app.Config, options, error) {
	o, err := f.resolve()
	if err != nil {
		return app.Config{}, o, err
	}
	if o.newcomer, err = meant(o.newcomer, o.newPerson); err != nil {
		return app.Config{}, o, err
	}
	cfg := app.Config{
		Session:   session.Options{Warn: o.Warn, Newcomer: o.newcomer, Partners: o.partners},
		Sound:     o.sound(),
		Clock:     timer.Wall{},
		Preselect: o.Script,
		Fees:      o.Fees,
	}
	cfg.Availability = availabilityConfig(o)
	if o.newcomer != "" {
		next := nextFor(o)
		cfg.Session.Number, cfg.Preselect = next.Number, next.Script
	}
	if r := o.rehearsal(); r.On() {
		c := timer.NewScaled(r.Speed)
		cfg.Clock = c
		// Every rehearsal knows its speed, so that the times of day it
		// shows are real; only one run with --save keeps an autosave.
		r.Origin = c.Origin()
		cfg.Session.Rehearsal = r
		cfg.Notice = o.keeps.Notice(r)
	}
	if o.Notify {
		cfg.Notifier = notify.NewDesktop(appName)
	}
	return cfg, o, nil
}

// nextFor works out the newcomer's next session from the records.
func nextFor(o options) fees.Next {
	recs, problems := records.List()
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "partnercoach: "+p.Error())
	}
	return fees.NextSession(o.newcomer, recs, o.Fees)
}

// runProgram runs the session until the coach quits: full screen, or in
// the accessible mode when asked for or when the terminal cannot show a
// screen.
func runProgram(cfg app.Config, o options) error {
	termName, outIsTerminal := os.Getenv("TERM"), term.IsTerminal(os.Stdout.Fd())
	if accessibleWanted(o.accessible, termName, outIsTerminal) {
		if why := accessibleReason(o.accessible, termName, outIsTerminal); why != "" {
			fmt.Fprintln(os.Stderr, "partnercoach: "+why)
		}
		return runAccessible(cfg)
	}
	screen := screenOptions(o)
	var opts []tea.ProgramOption
	if screen.NoColour {
		opts = append(opts, tea.WithColorProfile(colorprofile.NoTTY))
	} else {
		screen.Background = string(o.Colours)
	}
	m := tui.New(cfg, screen)
	p := tea.NewProgram(m, opts...)
	defer watchContinued(p)()
	if _, err := p.Run(); err != nil {
		return runError(err, m.Stopped())
	}
	// The coach quit (q, or ctrl+c at once): the session is written as it
	// is, since autosaves still on their way are dropped with the loop,
	// and what became of it is said, as the accessible mode says it.
	said := m.Stopped()
	if err := m.Err(); err != nil {
		return err // the session's last save failed: some of it is lost
	}
	if said != "" {
		fmt.Println(said)
	}
	return nil
}

// runError says why the full screen stopped: interrupted by a SIGINT
// delivered as a signal (ctrl+c typed in the program is a key, which
// quits at once), killed, or unable to run in the terminal at all. When it was
// stopped, stopped is what became of the session (app.Core.SaveAtStop).
func runError(err error, stopped string) error {
	var why string
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		why = "interrupted (SIGINT)"
	case errors.Is(err, tea.ErrProgramPanic):
		why = "stopped by an internal error: " + err.Error()
	case errors.Is(err, tea.ErrProgramKilled):
		why = "stopped"
	default:
		return fmt.Errorf("cannot run in this terminal: %w", err)
	}
	if stopped != "" {
		why += ". " + stopped
	}
	return errors.New(why)
}

// allScripts returns the scripts the start screen offers: the built-in
// ones and the coach's own, an own one in place of a built-in one of the
// same name; and the names of own scripts that fail to check, which are
// left out (the start screen says so, and 'partnercoach script list' why).
func allScripts() (offered []*script.Script, leftOut []string, err error) {
	entries, err := script.List()
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		switch {
		case e.Script == nil:
			leftOut = append(leftOut, e.Name)
		case !e.Overridden:
			offered = append(offered, e.Script)
		}
	}
	return offered, leftOut, nil
}
