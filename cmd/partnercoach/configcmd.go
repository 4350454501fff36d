package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"partnercoach/internal/paths"
	"partnercoach/internal/settings"
)

// newConfigCmd builds "partnercoach config path|show|init".
func newConfigCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or create the settings file",
		Long: "The settings file holds your defaults: the warning lead time, notifications, " +
			"silent mode, fees, your name, the script to start with and the colours. " +
			"A flag given on the command line overrides a setting for that run.",
	}
	cmd.AddCommand(
		&cobra.Command{
			Use:   "path",
			Short: "Print where the settings file is kept",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				_, err := fmt.Fprintln(cmd.OutOrStdout(), settings.Path())
				return err
			},
		},
		&cobra.Command{
			Use:   "show",
			Short: "Print the settings in effect: the file's, over the defaults",
			Args:  cobra.NoArgs,
			RunE:  func(cmd *cobra.Command, _ []string) error { return showSettings(cmd.OutOrStdout()) },
		},
		&cobra.Command{
			Use:   "init",
			Short: "Write a settings file with the defaults, to edit",
			Args:  cobra.NoArgs,
			RunE:  func(cmd *cobra.Command, _ []string) error { return initSettings(cmd.OutOrStdout()) },
		},
	)
	return cmd
}

// showSettings writes the settings in effect in the file's format, after a
// comment saying whether they come from a file or are the defaults.
func showSettings(w io.Writer) error {
	path := settings.Path()
	s, err := settings.Load()
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(w, "# There is no settings file at %s: these are the defaults.\n", path)
	} else {
		fmt.Fprintf(w, "# The settings in %s, over the defaults.\n", path)
	}
	_, err = w.Write(s.YAML())
	return err
}

// initSettings writes the defaults, with their comments, to a new settings
// file private to the coach. It never overwrites a file already there.
func initSettings(w io.Writer) error {
	path := settings.Path()
	if err := paths.Ensure(filepath.Dir(path)); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, paths.FileMode)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists: edit it, or move it away to start again from the defaults", path)
	}
	if err != nil {
		return fmt.Errorf("cannot create the settings file: %w", err)
	}
	if err := writeNew(f, settings.Default().YAML()); err != nil {
		os.Remove(path)
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	_, err = fmt.Fprintf(w, "Wrote the default settings to %s\n", path)
	return err
}

// writeNew writes a new file's contents, makes it private to the coach
// whatever the umask, and closes it.
func writeNew(f *os.File, data []byte) error {
	_, werr := f.Write(data)
	cherr := f.Chmod(paths.FileMode)
	return errors.Join(werr, cherr, f.Close())
}
