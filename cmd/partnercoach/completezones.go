package main

import (
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"partnercoach/around/book"
)

// zoneDirs are where the system keeps its time zone files, as Go's time
// package looks for them; $ZONEINFO, when set, comes first.
var zoneDirs = []string{"/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/locale/TZ"}

// tzifMagic starts every time zone file.
const tzifMagic = "TZif"

// completeZones offers the IANA names of the time zones the system knows
// that start with what was typed, one folder at a time: "Eu" offers
// "Europe/", "Europe/B" the zones of Europe that start with B. Names --tz
// refuses (abbreviations such as EST, fixed offsets such as Etc/GMT+5;
// see book.ZoneProblem) are not offered. Reading a
// folder of the zone database is quick, so each TAB stays quick. Windows
// keeps no such files: there it offers nothing, and --tz still takes any
// IANA name.
func completeZones(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	root := zoneRoot()
	if root == "" || strings.Contains(prefix, "..") {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	dir, base := path.Split(prefix)
	entries, err := os.ReadDir(filepath.Join(root, filepath.FromSlash(dir)))
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	folders := false
	for _, e := range entries {
		name := e.Name()
		if !zoneName(name) || !strings.HasPrefix(strings.ToLower(name), strings.ToLower(base)) || refusedZone(dir+name, e.IsDir()) {
			continue
		}
		info, err := os.Stat(filepath.Join(root, filepath.FromSlash(dir), name)) // links followed
		switch {
		case err != nil:
		case info.IsDir():
			out = append(out, dir+name+"/")
			folders = true
		case info.Mode().IsRegular() && isZoneFile(filepath.Join(root, filepath.FromSlash(dir), name)):
			out = append(out, dir+name)
		}
	}
	directive := cobra.ShellCompDirectiveNoFileComp
	if folders {
		directive |= cobra.ShellCompDirectiveNoSpace // "Europe/" goes on to a zone
	}
	return out, directive
}

// refusedZone reports whether --tz refuses a zone, or every zone of a
// folder, of the zone database.
func refusedZone(name string, folder bool) bool {
	if folder {
		name += "/"
	}
	return book.ZoneProblem(name) != nil
}

// zoneRoot is the first folder of zone files that exists, or "".
func zoneRoot() string {
	if runtime.GOOS == "windows" {
		return ""
	}
	dirs := zoneDirs
	if z := os.Getenv("ZONEINFO"); z != "" {
		dirs = append([]string{z}, dirs...)
	}
	for _, d := range dirs {
		if info, err := os.Stat(d); err == nil && info.IsDir() {
			return d
		}
	}
	return ""
}

// zoneName reports whether an entry of the zone database may be (or hold)
// a zone: zone names start with a capital letter, while the database's
// own files (zone.tab, tzdata.zi, posixrules) and the posix/ and right/
// copies do not.
func zoneName(name string) bool {
	return name != "" && name[0] >= 'A' && name[0] <= 'Z'
}

// isZoneFile reports whether a regular file is a time zone, by its first
// bytes (some systems keep a README or SECURITY file among the zones).
func isZoneFile(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, len(tzifMagic))
	_, err = io.ReadFull(f, buf)
	return err == nil && string(buf) == tzifMagic
}
