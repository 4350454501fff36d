package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/app"
	"partnercoach/session/autosave"
	"partnercoach/timer"
)

// newResumeCmd builds "partnercoach resume".
func newResumeCmd() *cobra.Command {
	var f runFlags
	var finish, discard bool
	cmd := &cobra.Command{
		Use:   "resume",
		Short: "Bring back the unfinished session: its step, checks, notes and timers",
		Long: "Bring back the session that was running when partnercoach last stopped, for " +
			"whatever reason: the script, the step, the checks, the choices, the notes and " +
			"the timers, exactly. A turn that was running has kept running meanwhile. " +
			"--finish goes straight to its coach log; --discard drops it for good.",
		Example: "  partnercoach resume\n  partnercoach resume --finish\n  partnercoach resume --discard",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return resume(f, finish, discard, cmd.OutOrStdout())
		},
	}
	f.register(cmd)
	for _, name := range []string{"newcomer", "no-save", "speed", "save"} {
		_ = cmd.Flags().MarkHidden(name) // they belong to a new session
	}
	cmd.Flags().BoolVar(&finish, "finish", false, "open the coach log of the unfinished session")
	cmd.Flags().BoolVar(&discard, "discard", false, "drop the unfinished session, keeping nothing of it")
	cmd.MarkFlagsMutuallyExclusive("finish", "discard")
	return cmd
}

// errNothingToResume is returned when there is no unfinished session.
var errNothingToResume = errors.New("there is no unfinished session to resume")

// resume brings back the unfinished session, opens its coach log, or
// discards it.
func resume(f runFlags, finish, discard bool, out io.Writer) error {
	if f.speed != 1 {
		return errors.New("--speed: a resumed session runs on the clock it had (a rehearsal kept with --save resumes at its own speed)")
	}
	cfg, o, err := config(f)
	if err != nil {
		return err
	}
	r, err := openResumable()
	if err != nil {
		return err
	}
	defer r.close()
	u := r.found
	if u == nil {
		return nothingToResume(r.notice)
	}
	if discard {
		if err := r.live.Discard(0); err != nil {
			return err
		}
		_, err := fmt.Fprintf(out, "Discarded the unfinished session (%s).\n", u.Describe())
		return err
	}
	cfg.Keeper, cfg.Resume, cfg.Saved, cfg.Finish = r.keeper(), u.Session, u.Saved, finish
	resumed := u.Session
	if finish { // its coach log: the session ended when it was last saved
		resumed = nil
	}
	cfg.Notice = app.ResumedNotice(resumed, u.Saved, time.Now())
	resumeClock(&cfg)
	return runProgram(cfg, o)
}

// openResumable opens the live session for a resume, which brings back
// whatever waits, a rehearsal too: when nothing waits in the autosave,
// the rehearsal set aside by a run in real time (autosave.Live.Waiting),
// if one is, comes back to it, as --save promises.
func openResumable() (*liveRun, error) {
	r, err := openLive(app.Keeps{Autosave: true}, true)
	if err != nil || r.found != nil {
		return r, err
	}
	back, err := r.live.BringBackRehearsal()
	if err != nil {
		fmt.Fprintln(os.Stderr, "partnercoach: "+err.Error())
	}
	if back {
		r.findWaiting(true)
	}
	return r, nil
}

// nothingToResume is the error of a resume that found no session to
// bring back: none was saved, or the autosave was damaged and moved
// aside (notice says so), or it could not be read and is still in its
// place, where it is no "no unfinished session".
func nothingToResume(notice string) error {
	if _, err := os.Lstat(autosave.Path()); err == nil && notice != "" {
		return errors.New("the unfinished session cannot be resumed: its autosave could not be read (see above) and is still in its place; move it away")
	}
	return errNothingToResume
}

// resumeClock gives a resumed rehearsal the clock it ran on: the same
// speed from the same origin, so its timers read as they did.
func resumeClock(cfg *app.Config) {
	r := cfg.Resume.Options().Rehearsal
	if !r.On() {
		return
	}
	cfg.Clock = timer.NewScaledFrom(r.Origin, r.Speed)
	cfg.Notice = fmt.Sprintf("Resumed a rehearsal at %g× speed.", r.Speed)
}
