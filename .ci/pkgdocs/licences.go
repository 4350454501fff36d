package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// noticeFile is a file at the top of a module that a redistributor must
// pass on: its licence, or a notice or patent grant beside it.
type noticeFile struct {
	Name string
	Text string
}

// licenceName matches the files that hold a module's licence; noticeName
// those that go with a licence (Apache's NOTICE, Go's PATENTS).
var (
	licenceName = regexp.MustCompile(`(?i)^(licen[cs]e|copying|unlicense)([._-].*)?$`)
	noticeName  = regexp.MustCompile(`(?i)^(notice|patents)([._-].*)?$`)
)

// readNotices returns the licence files of the module in dir, then its
// notice files, each group sorted by name. A module without a licence
// file is an error: nobody may pass it on.
func readNotices(dir string) (licences, notices []noticeFile, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		isLicence, isNotice := licenceName.MatchString(e.Name()), noticeName.MatchString(e.Name())
		if !e.Type().IsRegular() || !(isLicence || isNotice) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, nil, err
		}
		f := noticeFile{Name: e.Name(), Text: strings.TrimSpace(strings.ReplaceAll(string(data), "\r\n", "\n"))}
		if isLicence {
			licences = append(licences, f)
		} else {
			notices = append(notices, f)
		}
	}
	if len(licences) == 0 {
		return nil, nil, fmt.Errorf("%s has no licence file (LICENSE, COPYING, …)", dir)
	}
	sortNotices(licences)
	sortNotices(notices)
	return licences, notices, nil
}

func sortNotices(files []noticeFile) {
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
}

// licenceKind is a licence that classify recognises: its SPDX identifier,
// its short name in a Debian copyright file, the phrases a text of it
// holds, all of them, and phrases it never holds.
type licenceKind struct {
	spdx, debian string
	phrases      []string
	never        []string
}

// licenceKinds are tried in order; the first whose phrases a text holds
// names it. The dual licence comes before its halves, and the BSD licence
// with the clause on endorsement before the one without.
var licenceKinds = []licenceKind{
	{"Unlicense OR MIT", "Unlicense or Expat", []string{"SPDX-License-Identifier: Unlicense OR MIT", "free and unencumbered software", "Permission is hereby granted, free of charge"}, nil},
	{"Apache-2.0", "Apache-2.0", []string{"Apache License", "Version 2.0", "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"}, nil},
	{"MIT", "Expat", []string{"Permission is hereby granted, free of charge", "The above copyright notice and this permission notice shall be included"}, nil},
	{"BSD-3-Clause", "BSD-3-clause", []string{"Redistribution and use in source and binary forms", "Neither the name", "endorse or promote products"}, bsd4},
	{"BSD-2-Clause", "BSD-2-clause", []string{"Redistribution and use in source and binary forms", "Redistributions in binary form must reproduce"}, bsd4},
	{"Unlicense", "Unlicense", []string{"free and unencumbered software released into the public domain"}, nil},
}

// bsd4 is the advertising clause of the four-clause BSD licence, which
// the two- and three-clause ones lack.
var bsd4 = []string{"advertising materials"}

// classify names the licence of a text. A text it does not recognise is an
// error, so that a new kind of licence among the modules is looked at by
// someone before a release ships it.
func classify(text string) (licenceKind, error) {
	flat := strings.Join(strings.Fields(text), " ")
	for _, k := range licenceKinds {
		all := true
		for _, p := range k.phrases {
			all = all && strings.Contains(flat, p)
		}
		for _, p := range k.never {
			all = all && !strings.Contains(flat, p)
		}
		if all {
			return k, nil
		}
	}
	return licenceKind{}, fmt.Errorf("a licence text that is none of %s", kindNames())
}

func kindNames() string {
	var names []string
	for _, k := range licenceKinds {
		names = append(names, k.spdx)
	}
	return strings.Join(names, ", ")
}
