package main

import (
	"runtime/debug"
	"testing"
)

// checkoutInfo returns build information as the go command records it for a
// binary built from a git checkout.
func checkoutInfo(moduleVersion, revision, modified, when string) *debug.BuildInfo {
	info := &debug.BuildInfo{Main: debug.Module{Path: "partnercoach", Version: moduleVersion}}
	for _, s := range []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: revision},
		{Key: "vcs.time", Value: when},
		{Key: "vcs.modified", Value: modified},
	} {
		if s.Value != "" {
			info.Settings = append(info.Settings, s)
		}
	}
	return info
}

func TestVersionString(t *testing.T) {
	t.Parallel()
	const (
		hash    = "7325185abcdef0123456789abcdef0123456789a"
		release = "0123456789abcdef0123456789abcdef01234567"
		when    = "2025-11-22T04:52:00Z"
	)
	tests := []struct {
		name                  string
		version, commit, date string
		info                  *debug.BuildInfo
		want                  string
	}{
		{"release, the linker's values win", "1.2.0", release, "2025-12-01T10:00:00Z",
			checkoutInfo("v0.0.0-20251122045200-7325185abcde+dirty", hash, "true", when),
			"1.2.0 (commit 0123456, 2025-12-01)"},
		{"clean checkout", "", "", "",
			checkoutInfo("v0.0.0-20251122045200-7325185abcde", hash, "false", when),
			"devel (commit 7325185, 2025-11-22)"},
		{"checkout with changes", "", "", "",
			checkoutInfo("v0.0.0-20251122045200-7325185abcde+dirty", hash, "true", when),
			"devel (commit 7325185-dirty, 2025-11-22)"},
		{"pseudo-version after a tag", "", "", "",
			checkoutInfo("v0.3.1-0.20251122045200-7325185abcde", hash, "false", when),
			"devel (commit 7325185, 2025-11-22)"},
		{"tagged commit", "", "", "",
			checkoutInfo("v0.3.0", hash, "false", when), "v0.3.0 (commit 7325185, 2025-11-22)"},
		{"tagged commit with changes", "", "", "",
			checkoutInfo("v0.3.0+dirty", hash, "true", when), "v0.3.0 (commit 7325185-dirty, 2025-11-22)"},
		{"pre-release tag", "", "", "",
			checkoutInfo("v1.0.0-rc.1", hash, "false", when), "v1.0.0-rc.1 (commit 7325185, 2025-11-22)"},
		{"only the version linked", "1.2.0", "", "",
			checkoutInfo("(devel)", hash, "true", when), "1.2.0 (commit 7325185-dirty, 2025-11-22)"},
		{"built without version control", "", "", "",
			checkoutInfo("(devel)", "", "", ""), "devel"},
		{"no build information", "", "", "", nil, "devel"},
		{"date in another zone", "1.2.0", release, "2025-11-22T23:30:00-05:00", nil,
			"1.2.0 (commit 0123456, 2025-11-23)"},
		{"date not RFC 3339", "1.2.0", "abc12", "yesterday", nil, "1.2.0 (commit abc12, yesterday)"},
		{"date alone", "1.2.0", "", "2025-11-22T04:52:00Z", nil, "1.2.0 (2025-11-22)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readBuildStamp(tt.version, tt.commit, tt.date, tt.info).String()
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
