package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"time"
)

// debianVersion is a release's version as the .deb gives it: nfpm turns
// the semantic version's pre-release part into one that sorts before the
// release ("0.0.1-snapshot" becomes "0.0.1~snapshot") and keeps build
// metadata after a plus.
func debianVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	v, meta, hasMeta := strings.Cut(v, "+")
	v, pre, hasPre := strings.Cut(v, "-")
	if hasPre {
		v += "~" + pre
	}
	if hasMeta {
		v += "+" + meta
	}
	return v
}

// writeChangelog is the package's changelog in Debian's format: one entry,
// for this release, made when and by whom the commit says. partnercoach
// keeps no changelog of its own yet; the entry names the commit, whose
// history is the record of the changes.
func writeChangelog(release, commit, maintainer string, date time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "partnercoach (%s) unstable; urgency=medium\n\n", debianVersion(release))
	fmt.Fprintf(&b, "  * Release %s, built from commit\n    %s.\n", release, commit)
	b.WriteString("  * The changes are the history of the partnercoach repository up to\n" +
		"    that commit.\n\n")
	fmt.Fprintf(&b, " -- %s  %s\n", maintainer, date.UTC().Format(time.RFC1123Z))
	return b.String()
}

// gzipped compresses data as "gzip -9n" does: at the best compression,
// with no file name and no time in the header, so that the same data
// always gives the same bytes.
func gzipped(data string) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write([]byte(data)); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
