package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"partnercoach/script"
)

// runFlags are the options of a session run.
type runFlags struct {
	newcomer string
	warn     string
	speed    float64
	noNotify bool
	silent   bool
}

// register adds the run flags to a command.
func (f *runFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.newcomer, "newcomer", "", "the newcomer's name or initials, shown on screen only")
	fl.StringVar(&f.warn, "warn", "2m", "how long before a turn ends to warn, such as 2m or 90s")
	fl.Float64Var(&f.speed, "speed", 1, "run time this many times faster, to rehearse a session")
	fl.BoolVar(&f.noNotify, "no-notify", false, "send no desktop notifications (alerts stay on screen)")
	fl.BoolVar(&f.silent, "silent", false, "no terminal bell and no notification sound")
}

// warnDuration reads the --warn flag.
func (f *runFlags) warnDuration() (time.Duration, error) {
	d, err := script.ParseDuration(f.warn)
	if err != nil {
		return 0, fmt.Errorf("--warn: %w", err)
	}
	if d <= 0 {
		return 0, fmt.Errorf("--warn: expected a duration greater than zero, such as 2m")
	}
	return d, nil
}
