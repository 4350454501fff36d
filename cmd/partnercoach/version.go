package main

import (
	"fmt"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// These are set by the linker for a release build (see .goreleaser.yaml):
//
//	-X main.version=1.2.0 -X main.commit=<full hash> -X main.date=<RFC 3339>
//
// Each one left empty is read instead from what the go command recorded in
// the binary, so that a plain go build or go install from a git checkout
// also names its commit.
var (
	version string
	commit  string
	date    string
)

// shortHash is how many leading characters of a commit hash --version shows.
const shortHash = 7

// pseudoVersion matches the version the go command makes up for an untagged
// commit, such as v0.0.0-20251122045200-7325185abcde: it only repeats the
// commit and its time, which --version shows anyway.
var pseudoVersion = regexp.MustCompile(`-(?:[0-9A-Za-z-]+\.)*\d{14}-[0-9a-f]{12}$`)

// buildStamp says where a binary came from: what --version reports.
type buildStamp struct {
	version string // a release number, or "devel" for anything else
	commit  string // the commit hash, or "" when nobody recorded it
	dirty   bool   // the working tree held changes the commit does not
	date    string // a release's build date, or else the commit's date
}

// versionString is what --version prints after the program's name, read
// from the linker's values and from the binary's own build information.
func versionString() string {
	info, _ := debug.ReadBuildInfo()
	return readBuildStamp(version, commit, date, info).String()
}

// readBuildStamp takes each of version, commit and date from the linker's
// value when it is set and otherwise from info, which may be nil. The dirty
// mark comes from info only when the commit does too, since it describes
// that checkout.
func readBuildStamp(version, commit, date string, info *debug.BuildInfo) buildStamp {
	s := buildStamp{version: version, commit: commit, date: date}
	if s.version == "" && info != nil {
		s.version = moduleVersion(info.Main.Version)
	}
	if s.version == "" {
		s.version = "devel"
	}
	if s.commit == "" {
		s.commit = buildSetting(info, "vcs.revision")
		s.dirty = s.commit != "" && buildSetting(info, "vcs.modified") == "true"
	}
	if s.date == "" {
		s.date = buildSetting(info, "vcs.time")
	}
	return s
}

// moduleVersion turns the main module's version as the go command recorded
// it into a release number, or "" when it names no release: "(devel)" when
// nothing was known, or a pseudo-version. A "+dirty" suffix is dropped, as
// the dirty mark goes with the commit.
func moduleVersion(v string) string {
	v = strings.TrimSuffix(v, "+dirty")
	if v == "(devel)" || pseudoVersion.MatchString(v) {
		return ""
	}
	return v
}

// buildSetting returns the value of one of the build settings in info, or "".
func buildSetting(info *debug.BuildInfo, key string) string {
	if info == nil {
		return ""
	}
	for _, s := range info.Settings {
		if s.Key == key {
			return s.Value
		}
	}
	return ""
}

// String formats the stamp as "1.2.0 (commit 7325185, 2025-11-22)", with
// "-dirty" after the hash for a checkout that had changes, and without the
// parts nobody recorded.
func (s buildStamp) String() string {
	var parts []string
	if s.commit != "" {
		c := s.commit
		if len(c) > shortHash {
			c = c[:shortHash]
		}
		if s.dirty {
			c += "-dirty"
		}
		parts = append(parts, "commit "+c)
	}
	if s.date != "" {
		parts = append(parts, utcDate(s.date))
	}
	if len(parts) == 0 {
		return s.version
	}
	return s.version + " (" + strings.Join(parts, ", ") + ")"
}

// utcDate shortens an RFC 3339 time to its date in UTC; anything else is kept
// as it is.
func utcDate(when string) string {
	t, err := time.Parse(time.RFC3339, when)
	if err != nil {
		return when
	}
	return t.UTC().Format(time.DateOnly)
}

// addVersionFlag gives root --version (and -v), which prints "partnercoach"
// and the whole of versionString: the release, the commit with its dirty
// mark, the date. It is asked for before anything else the command would
// do, the clock's check included. cobra's own version flag is not used: a
// custom line needs cobra's SetVersionTemplate, which links text/template,
// whose reflection makes the linker keep every exported method of every
// type in the binary, 1.9 MB of it (BENCHMARKS.md).
func addVersionFlag(root *cobra.Command) {
	asked := root.Flags().BoolP("version", "v", false, "Print the version of partnercoach and stop")
	preRun, run := root.PersistentPreRunE, root.RunE
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if *asked && cmd == root {
			return nil
		}
		return preRun(cmd, args)
	}
	root.RunE = func(cmd *cobra.Command, args []string) error {
		if *asked {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "partnercoach %s\n", versionString())
			return err
		}
		return run(cmd, args)
	}
}
