package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// commitTime is the time every file of the fake releases below carries.
var commitTime = time.Date(2026, 11, 22, 15, 3, 0, 0, time.UTC)

// tarGz is a gzipped tar of regular files, each at the given time.
func tarGz(t *testing.T, files map[string][]byte, mtime time.Time) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		h := &tar.Header{Name: name, Mode: 0o644, Size: int64(len(files[name])), ModTime: mtime, Typeflag: tar.TypeReg}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(files[name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// arArchive is an ar archive of the members, in order, as a .deb is.
func arArchive(members []arMember) []byte {
	var buf bytes.Buffer
	buf.WriteString(arMagic)
	for _, m := range members {
		fmt.Fprintf(&buf, "%-16s%-12d%-6d%-6d%-8o%-10d`\n", m.name, m.mtime.Unix(), 0, 0, 0o644, len(m.data))
		buf.Write(m.data)
		if len(m.data)%2 == 1 {
			buf.WriteByte('\n')
		}
	}
	return buf.Bytes()
}

// thisBinary is the running test binary: a Go program that records its
// build, as partnercoach does.
func thisBinary(t *testing.T) []byte {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReadDeb(t *testing.T) {
	name := filepath.Join(t.TempDir(), "p.deb")
	in := []arMember{{"debian-binary", commitTime, []byte("2.0\n")}, {"odd", commitTime, []byte("abc")}, {"last", commitTime.Add(time.Second), []byte("xy")}}
	if err := os.WriteFile(name, arArchive(in), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readDeb(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("read %d members, want 3", len(got))
	}
	for i, m := range got {
		if m.name != in[i].name || !m.mtime.Equal(in[i].mtime) || string(m.data) != string(in[i].data) {
			t.Errorf("member %d: %q %v %q, want %q %v %q", i, m.name, m.mtime, m.data, in[i].name, in[i].mtime, in[i].data)
		}
	}
	if err := os.WriteFile(name, []byte("not an archive"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readDeb(name); err == nil {
		t.Error("a file that is no ar archive was read")
	}
}

func TestLinkedModules(t *testing.T) {
	mods, err := linkedModules(thisBinary(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) == 0 || mods[0] != "go "+runtime.Version() {
		t.Errorf("linkedModules = %q, want Go's version first", mods)
	}
	if _, err := linkedModules([]byte("no binary")); err == nil {
		t.Error("a file that is no binary was read")
	}
}

const dep5 = `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: partnercoach

Files: *
Copyright: 2026 The partnercoach authors
License: Expat
 Permission is hereby granted.

Files: go/*
Copyright: 2009 The Go Authors
License: BSD-3-clause
 Redistribution and use.
 .
 THIS SOFTWARE IS PROVIDED.
Comment: The Go standard library and runtime, go1.26.8.

Files: vendor/github.com/spf13/cobra/*
Copyright: 2013-2023 The Cobra Authors
License: Apache-2.0
 On Debian systems, the complete text.
Comment: github.com/spf13/cobra v1.10.2
`

func TestCopyrightModules(t *testing.T) {
	got, err := copyrightModules(dep5)
	if err != nil || !slices.Equal(got, []string{"go go1.26.8", "github.com/spf13/cobra v1.10.2"}) {
		t.Errorf("copyrightModules = %q, %v", got, err)
	}
	if _, err := copyrightModules(strings.Replace(dep5, "Copyright: 2013-2023 The Cobra Authors\n", "", 1)); err == nil {
		t.Error("a paragraph without Copyright was accepted")
	}
	if _, err := copyrightModules("Upstream-Name: partnercoach\n"); err == nil {
		t.Error("a file not in Debian's format was accepted")
	}
}

func TestSameModules(t *testing.T) {
	linked := []string{"go go1.26.8", "a v1", "b v2", "a v1"}
	if err := sameModules("x", []string{"b v2", "a v1", "go go1.26.8"}, linked); err != nil {
		t.Error(err)
	}
	if err := sameModules("x", []string{"a v1", "go go1.26.8"}, linked); err == nil || !strings.Contains(err.Error(), `"b v2"`) {
		t.Errorf("a missing module: %v", err)
	}
	if err := sameModules("x", []string{"a v1", "b v2", "c v3", "go go1.26.8"}, linked); err == nil || !strings.Contains(err.Error(), `"c v3"`) {
		t.Errorf("a module too many: %v", err)
	}
}

// licenceRelease writes the linux_amd64 archive of a release whose binary
// is this test's own, with the notices given.
func licenceRelease(t *testing.T, notices string, mtime time.Time) *release {
	t.Helper()
	r := &release{dist: t.TempDir(), version: testVersion}
	top := fmt.Sprintf("%s_%s_linux_amd64/", project, testVersion)
	data := tarGz(t, map[string][]byte{
		top + project:     thisBinary(t),
		top + "LICENSE":   []byte("the licence"),
		top + noticesName: []byte(notices),
	}, mtime)
	if err := os.WriteFile(filepath.Join(r.dist, r.archive("linux_amd64", "tar.gz")), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCheckNotices(t *testing.T) {
	mods, err := linkedModules(thisBinary(t))
	if err != nil {
		t.Fatal(err)
	}
	var good strings.Builder
	for _, m := range mods {
		good.WriteString(modulePrefix + m + "\nLicence: text\n")
	}
	if err := checkNotices(licenceRelease(t, good.String(), commitTime), []string{"linux_amd64"}, []byte("the licence")); err != nil {
		t.Errorf("notices of every module: %v", err)
	}
	bad := good.String() + modulePrefix + "example.org/extra v1.0.0\n"
	if err := checkNotices(licenceRelease(t, bad, commitTime), []string{"linux_amd64"}, []byte("the licence")); err == nil {
		t.Error("notices of a module the binary does not record were accepted")
	}
	if err := checkNotices(licenceRelease(t, good.String(), commitTime), []string{"linux_amd64"}, []byte("another licence")); err == nil {
		t.Error("an archive with another LICENSE was accepted")
	}
}

func TestCheckTimes(t *testing.T) {
	for _, tt := range []struct {
		archive, deb time.Time
		ok           bool
	}{
		{commitTime, commitTime, true},
		{commitTime.Add(time.Hour), commitTime, false},
		{commitTime, commitTime.Add(24 * time.Hour), false},
	} {
		r := licenceRelease(t, "", tt.archive)
		data := tarGz(t, map[string][]byte{"./usr/bin/" + project: []byte("x")}, tt.deb)
		deb := arArchive([]arMember{{"debian-binary", commitTime, []byte("2.0\n")}, {"data.tar.gz", commitTime, data}})
		for _, arch := range []string{"amd64", "arm64"} {
			name := filepath.Join(r.dist, fmt.Sprintf("%s_%s_linux_%s.deb", project, testVersion, arch))
			if err := os.WriteFile(name, deb, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		err := checkTimes(r, []string{"linux_amd64"}, commitTime)
		if (err == nil) != tt.ok {
			t.Errorf("archive at %v, .deb's files at %v: %v", tt.archive, tt.deb, err)
		}
	}
}
