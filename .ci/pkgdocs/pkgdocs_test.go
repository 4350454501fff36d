package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// moduleDir is where the module cache keeps a module the build uses.
func moduleDir(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		t.Fatalf("go list -m %s: %v", path, err)
	}
	return strings.TrimSpace(string(out))
}

// goroot is the root of the Go distribution that runs the tests.
func goroot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

// The licences are told apart on real texts: the project's own, Go's,
// and those of modules it builds with.
func TestClassify(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"../../LICENSE", "MIT"},
		{filepath.Join(goroot(t), "LICENSE"), "BSD-3-Clause"},
		{filepath.Join(moduleDir(t, "github.com/spf13/cobra"), "LICENSE.txt"), "Apache-2.0"},
		{filepath.Join(moduleDir(t, "github.com/godbus/dbus/v5"), "LICENSE"), "BSD-2-Clause"},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		k, err := classify(string(data))
		if err != nil || k.spdx != tt.want {
			t.Errorf("%s: %q, %v; want %s", tt.file, k.spdx, err, tt.want)
		}
	}
	if k, err := classify("You may do anything with this code except sell it."); err == nil {
		t.Errorf("an unknown licence was taken for %s", k.spdx)
	}
	bsd4 := "Redistribution and use in source and binary forms ... Redistributions in binary form must reproduce ... " +
		"All advertising materials mentioning features ... Neither the name ... endorse or promote products"
	if k, err := classify(bsd4); err == nil {
		t.Errorf("the four-clause BSD licence was taken for %s", k.spdx)
	}
}

func TestHolders(t *testing.T) {
	lines := []string{
		"Copyright (c) 2013 Ato Araki. All rights reserved.",
		"// SPDX-FileCopyrightText: 2025 The Ebitengine Authors",
		"// SPDX-FileCopyrightText: 2022 The Ebitengine Authors",
		"Copyright 2023–2026 Charm",
		"   Copyright [yyyy] [name of copyright owner]",
		"The above copyright notice and this permission notice shall be included",
		"Copyright (c) 2018-2025, The Gofrs",
	}
	want := []string{"2013 Ato Araki", "2023-2026 Charm", "2022-2025 The Ebitengine Authors", "2018-2025 The Gofrs"}
	if got := holders(lines); !slices.Equal(got, want) {
		t.Errorf("holders = %q, want %q", got, want)
	}
}

// A module whose licence names nobody (the Apache licence) is held by
// whoever its Go files name.
func TestCopyrightHoldersFromSources(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"LICENSE":       "Apache License\nVersion 2.0, January 2004\n",
		"a.go":          "// Copyright 2019 The Example Authors\n\npackage a\n",
		"sub/b.go":      "// Copyright 2021 The Example Authors\npackage sub\n",
		"a_test.go":     "// Copyright 1999 Someone Testing\npackage a\n",
		"testdata/c.go": "// Copyright 1998 Some Fixture\npackage c\n",
	}
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	licences, _, err := readNotices(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := copyrightHolders(dir, licences)
	if err != nil || !slices.Equal(got, []string{"2019-2021 The Example Authors"}) {
		t.Errorf("copyrightHolders = %q, %v", got, err)
	}
	if _, _, err := readNotices(filepath.Join(dir, "sub")); err == nil {
		t.Error("a folder without a licence file was accepted")
	}
}

func TestField(t *testing.T) {
	got := field("License", "Expat\nPermission is hereby granted.\n\n  Indented line.  \n")
	want := "License: Expat\n Permission is hereby granted.\n .\n   Indented line.\n"
	if got != want {
		t.Errorf("field = %q, want %q", got, want)
	}
}

func TestDebianVersion(t *testing.T) {
	for in, want := range map[string]string{
		"1.2.0": "1.2.0", "v1.2.0": "1.2.0", "0.0.1-snapshot": "0.0.1~snapshot",
		"1.2.0-rc.1+build.5": "1.2.0~rc.1+build.5", "1.2.0+meta": "1.2.0+meta",
	} {
		if got := debianVersion(in); got != want {
			t.Errorf("debianVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChangelog(t *testing.T) {
	date := time.Date(2026, 11, 22, 15, 3, 0, 0, time.FixedZone("CET", 3600))
	got := writeChangelog("0.0.1-snapshot", "0123456789abcdef0123456789abcdef01234567", "A Maintainer <a@example.org>", date)
	for _, want := range []string{
		"partnercoach (0.0.1~snapshot) unstable; urgency=medium\n\n",
		"  * Release 0.0.1-snapshot, built from commit\n    0123456789abcdef0123456789abcdef01234567.\n",
		"\n -- A Maintainer <a@example.org>  Sun, 22 Nov 2026 14:03:00 +0000\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the changelog lacks %q:\n%s", want, got)
		}
	}
	for _, line := range strings.Split(got, "\n") {
		if len(line) > 80 {
			t.Errorf("a line over 80 characters: %q", line)
		}
	}
	a, err1 := gzipped(got)
	b, err2 := gzipped(got)
	if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
		t.Fatal("gzipped is not the same twice")
	}
	zr, err := gzip.NewReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	back, _ := io.ReadAll(zr)
	if string(back) != got || zr.Name != "" || !zr.ModTime.IsZero() {
		t.Errorf("gzipped holds a name %q or a time %v, or another text", zr.Name, zr.ModTime)
	}
}

// The documents of this very commit: every module go list names has a
// paragraph in the copyright file and a section in the notices.
func TestRunOnThisModule(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list for six targets")
	}
	out := t.TempDir()
	err := run(options{out: out, pkg: "partnercoach/cmd/partnercoach", licence: "../../LICENSE",
		release: "1.2.0", commit: "abc", date: "2026-11-22T15:03:00Z",
		homepage: "https://partnercoach.invalid", maintainer: "M <m@example.org>"})
	if err != nil {
		t.Fatal(err)
	}
	mods, err := listModules("partnercoach/cmd/partnercoach", "linux", targets["linux"])
	if err != nil {
		t.Fatal(err)
	}
	copyright, _ := os.ReadFile(filepath.Join(out, "copyright"))
	notices, _ := os.ReadFile(filepath.Join(out, "linux", "THIRD_PARTY_LICENSES.txt"))
	for _, m := range mods {
		if !strings.Contains(string(copyright), "Files: "+filesPattern(m)+"\n") {
			t.Errorf("the copyright file has no paragraph for %s", m)
		}
		if !strings.Contains(string(notices), "\n"+modulePrefix+m.String()+"\n") {
			t.Errorf("the notices do not name %s", m)
		}
	}
	if !strings.Contains(string(copyright), "Files: third_party/bubbletea/*\n") {
		t.Error("the patched Bubble Tea is not under third_party/bubbletea")
	}
	for _, goos := range []string{"darwin", "windows"} {
		if _, err := os.Stat(filepath.Join(out, goos, "THIRD_PARTY_LICENSES.txt")); err != nil {
			t.Error(err)
		}
	}
}
