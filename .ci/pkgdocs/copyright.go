package main

import (
	"fmt"
	"strings"
)

// ownCopyright is partnercoach's own copyright statement, as LICENSE
// gives it.
const ownCopyright = "2026 The partnercoach authors"

// apacheOnDebian stands in a Debian copyright file for the text of the
// Apache licence, which every Debian system has in common-licenses.
const apacheOnDebian = "On Debian systems, the complete text of the Apache License, Version 2.0,\n" +
	"is in /usr/share/common-licenses/Apache-2.0."

// writeCopyright is the package's /usr/share/doc/partnercoach/copyright in
// Debian's machine-readable format: partnercoach under the MIT licence
// (Expat, in Debian's words), then a paragraph for the Go distribution and
// one for each module linked into the binary, with its holders, its
// licence and the licence's text.
func writeCopyright(homepage, ownLicence string, mods []licensed) (string, error) {
	var b strings.Builder
	b.WriteString("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")
	b.WriteString("Upstream-Name: partnercoach\n")
	fmt.Fprintf(&b, "Source: %s\n", homepage)
	b.WriteString(field("Comment", "The package holds one program, linked statically with the Go\n"+
		"standard library and runtime and with the Go modules below. A module's\n"+
		"files are named as \"go mod vendor\" would place them, under vendor/;\n"+
		"Go's own under go/. The release archives hold the same licences, as\n"+
		"each module ships them, in THIRD_PARTY_LICENSES.txt."))
	own, err := classify(ownLicence)
	if err != nil {
		return "", fmt.Errorf("LICENSE: %w", err)
	}
	b.WriteString("\nFiles: *\n")
	fmt.Fprintf(&b, "Copyright: %s\n", ownCopyright)
	b.WriteString(field("License", own.debian+"\n"+strings.TrimSpace(ownLicence)))
	for _, m := range mods {
		b.WriteString("\n" + modulePara(m))
	}
	return b.String(), nil
}

// modulePara is the Files paragraph of one module.
func modulePara(m licensed) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Files: %s\n", filesPattern(m.module))
	holders := m.holders
	if len(holders) == 0 {
		holders = []string{"the authors of " + m.Path + " (its files name no holder)"}
	}
	b.WriteString(field("Copyright", strings.Join(holders, "\n")))
	text := m.licences[0].Text
	if m.kind.spdx == "Apache-2.0" {
		text = apacheOnDebian
	}
	b.WriteString(field("License", m.kind.debian+"\n"+text))
	comment := m.module.String()
	if m.Path == "go" {
		comment = "The Go standard library and runtime, " + m.Version + "."
	}
	for _, f := range m.notices {
		comment += "\n\nIts " + f.Name + " file:\n\n" + f.Text
	}
	b.WriteString(field("Comment", comment))
	return b.String()
}

// filesPattern is where a module's files are said to be: go/ for Go's
// own, the repository's folder for one replaced by a folder of it, and
// under vendor/ for the others.
func filesPattern(m module) string {
	switch {
	case m.Path == "go":
		return "go/*"
	case m.local():
		return strings.TrimPrefix(m.ReplacePath, "./") + "/*"
	}
	return "vendor/" + m.Path + "/*"
}

// field writes a field of a control file: the first line of value after
// the name, the others each indented by a space, an empty one as " .".
func field(name, value string) string {
	lines := strings.Split(strings.TrimRight(value, "\n"), "\n")
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", name, lines[0])
	for _, l := range lines[1:] {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			l = "."
		}
		b.WriteString(" " + l + "\n")
	}
	return b.String()
}
