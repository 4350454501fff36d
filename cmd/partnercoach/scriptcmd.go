package main

import (
	"github.com/spf13/cobra"

	"partnercoach/script"
)

// newScriptCmd builds "partnercoach script show NAME".
func newScriptCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "script", Short: "Work with session scripts"}
	cmd.AddCommand(&cobra.Command{
		Use:   "show NAME",
		Short: "Print a built-in script in its file format",
		Long:  "Print a built-in script in its file format: a starting point for a script of your own.",
		Args:  nameArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := script.BuiltinSource(args[0])
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(src)
			return err
		},
	})
	return cmd
}
