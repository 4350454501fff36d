package main

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// copyrightLine matches a copyright statement with a year: "Copyright (c)
// 2020-2026 Charmbracelet, Inc.", "Copyright 2009 The Go Authors", "//
// SPDX-FileCopyrightText: 2022 The Ebitengine Authors". It leaves out
// the licences' own sentences about "the above copyright notice" and
// Apache's "Copyright [yyyy] [name of copyright owner]" template.
var copyrightLine = regexp.MustCompile(`(?i)^\s*(?://\s*)?(?:copyright|spdx-filecopyrighttext:)\s*(?:\(c\)|©)?\s*` +
	`(\d{4})(?:\s*[-–]\s*(\d{4}))?,?\s+(.+?)\s*$`)

// allRightsReserved is the tail many statements end with.
var allRightsReserved = regexp.MustCompile(`(?i)[.,]?\s*all rights reserved\.?$`)

// span is the years a holder's statements cover.
type span struct{ from, to int }

// holders merges copyright statements into one line for each holder,
// with the first and last year any statement gives: "2022-2026 The
// Ebitengine Authors". The lines are sorted by holder.
func holders(lines []string) []string {
	spans := map[string]span{}
	for _, line := range lines {
		m := copyrightLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		from, _ := strconv.Atoi(m[1])
		to := from
		if m[2] != "" {
			to, _ = strconv.Atoi(m[2])
		}
		who := allRightsReserved.ReplaceAllString(m[3], "")
		if who == "" {
			continue
		}
		s, ok := spans[who]
		if !ok || from < s.from {
			s.from = from
		}
		if to > s.to {
			s.to = to
		}
		spans[who] = s
	}
	var out []string
	for who, s := range spans {
		years := strconv.Itoa(s.from)
		if s.to != s.from {
			years += "-" + strconv.Itoa(s.to)
		}
		out = append(out, years+" "+who)
	}
	sort.Slice(out, func(i, j int) bool { return holderOf(out[i]) < holderOf(out[j]) })
	return out
}

// holderOf is a merged line without its years.
func holderOf(line string) string {
	_, who, _ := strings.Cut(line, " ")
	return who
}

// copyrightHolders returns who holds the copyright of a module: from the
// statements in its licence files, or, when those name nobody (the Apache
// licence does not), from the headers of its Go files.
func copyrightHolders(dir string, licences []noticeFile) ([]string, error) {
	var lines []string
	for _, f := range licences {
		lines = append(lines, strings.Split(f.Text, "\n")...)
	}
	if h := holders(lines); len(h) > 0 {
		return h, nil
	}
	lines, err := sourceHeaders(dir)
	return holders(lines), err
}

// headerLines is how far into a Go file its copyright header is looked for.
const headerLines = 30

// sourceHeaders returns the first lines of every Go file of a module that
// is not a test, in the order of their paths.
func sourceHeaders(dir string) ([]string, error) {
	var lines []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != dir && (d.Name() == "testdata" || d.Name() == "vendor" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 0; n < headerLines && sc.Scan(); n++ {
			lines = append(lines, sc.Text())
		}
		return sc.Err()
	})
	return lines, err
}
