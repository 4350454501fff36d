package main

import (
	"fmt"
	"strings"
)

// licensed is a module with what a redistributor must know of it.
type licensed struct {
	module
	kind     licenceKind
	licences []noticeFile // its licence files, word for word
	notices  []noticeFile // the NOTICE or PATENTS files beside them
	holders  []string     // its copyright holders, with their years
}

// describe reads the licence of a module and who holds its copyright.
func describe(m module) (licensed, error) {
	licences, notices, err := readNotices(m.Dir)
	if err != nil {
		return licensed{}, fmt.Errorf("%s: %w", m, err)
	}
	l := licensed{module: m, licences: licences, notices: notices}
	for i, f := range licences {
		k, err := classify(f.Text)
		if err != nil {
			return licensed{}, fmt.Errorf("%s: %s: %w", m, f.Name, err)
		}
		if i > 0 && k.spdx != l.kind.spdx {
			return licensed{}, fmt.Errorf("%s: %s is %s but %s is %s", m, f.Name, k.spdx, licences[0].Name, l.kind.spdx)
		}
		l.kind = k
	}
	l.holders, err = copyrightHolders(m.Dir, licences)
	if err != nil {
		return licensed{}, fmt.Errorf("%s: %w", m, err)
	}
	return l, nil
}

// rule separates the modules in the notices.
var rule = strings.Repeat("=", 78)

// modulePrefix starts the line naming each module in the notices; pkgcheck
// reads those lines back.
const modulePrefix = "Module: "

// writeNotices is the THIRD_PARTY_LICENSES.txt of the release for one
// operating system: every module linked into its binaries, named as "go
// version -m" names it, with its licence and the licence files it ships,
// word for word.
func writeNotices(release, goos string, mods []licensed) string {
	var b strings.Builder
	fmt.Fprintf(&b, "partnercoach %s for %s: the licences of the code it is built from\n\n", release, goos)
	b.WriteString("partnercoach itself is under the MIT licence: see LICENSE. The program is one\n" +
		"binary, linked statically with the Go standard library and runtime and with\n" +
		"the Go modules below; each is named with its version as the binary records\n" +
		"it (go version -m partnercoach), followed by its licence files as it ships\n" +
		"them.\n")
	for _, m := range mods {
		fmt.Fprintf(&b, "\n%s\n%s%s\n", rule, modulePrefix, m.module)
		fmt.Fprintf(&b, "Licence: %s\n", m.kind.spdx)
		if len(m.holders) > 0 {
			fmt.Fprintf(&b, "Copyright: %s\n", strings.Join(m.holders, "; "))
		}
		for _, f := range append(append([]noticeFile{}, m.licences...), m.notices...) {
			fmt.Fprintf(&b, "\n---- %s ----\n\n%s\n", f.Name, f.Text)
		}
	}
	return b.String()
}
