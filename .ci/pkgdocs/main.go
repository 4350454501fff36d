// Command pkgdocs writes the documents a release carries beside the
// program, from the module graph of the commit being released: for each
// operating system, THIRD_PARTY_LICENSES.txt, with the licence of every
// module linked into its binaries; for the Linux packages, the Debian
// copyright file and changelog. GoReleaser runs it before it builds
// (see .goreleaser.yaml):
//
//	go run ./.ci/pkgdocs -out dist/extras/doc -version 1.2.0 -commit HASH \
//		-date 2026-11-22T15:03:00Z -homepage URL -maintainer "NAME <ADDRESS>"
//
// It writes:
//
//	OUT/linux/THIRD_PARTY_LICENSES.txt   (and darwin/, windows/)
//	OUT/copyright                        Debian's machine-readable format
//	OUT/changelog.gz                     Debian's format, gzip -9n
//
// A module with no licence file, or with a licence it does not know,
// stops it: someone must look before such a module is shipped.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// targets are the operating systems and architectures the release builds.
var targets = map[string][]string{
	"linux":   {"amd64", "arm64"},
	"darwin":  {"amd64", "arm64"},
	"windows": {"amd64", "arm64"},
}

// options are pkgdocs's flags.
type options struct {
	out, pkg, licence                           string
	release, commit, date, homepage, maintainer string
}

func main() {
	var o options
	flag.StringVar(&o.out, "out", "", "the folder to write into")
	flag.StringVar(&o.pkg, "pkg", "./cmd/partnercoach", "the package of the program")
	flag.StringVar(&o.licence, "license", "LICENSE", "partnercoach's own licence")
	flag.StringVar(&o.release, "version", "", "the release's version, such as 1.2.0")
	flag.StringVar(&o.commit, "commit", "", "the commit it is built from")
	flag.StringVar(&o.date, "date", "", "the commit's date, in RFC 3339")
	flag.StringVar(&o.homepage, "homepage", "", "the project's address, for the copyright file")
	flag.StringVar(&o.maintainer, "maintainer", "", "who makes the packages, as NAME <ADDRESS>")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "pkgdocs:", err)
		os.Exit(1)
	}
}

// run writes every document.
func run(o options) error {
	for name, v := range map[string]string{"-out": o.out, "-version": o.release, "-commit": o.commit,
		"-date": o.date, "-homepage": o.homepage, "-maintainer": o.maintainer} {
		if v == "" {
			return fmt.Errorf("%s is required", name)
		}
	}
	date, err := time.Parse(time.RFC3339, o.date)
	if err != nil {
		return fmt.Errorf("-date: %w", err)
	}
	own, err := os.ReadFile(o.licence)
	if err != nil {
		return err
	}
	for goos, goarchs := range targets {
		mods, err := licensedModules(o.pkg, goos, goarchs)
		if err != nil {
			return err
		}
		if err := write(filepath.Join(o.out, goos, "THIRD_PARTY_LICENSES.txt"), []byte(writeNotices(o.release, goos, mods))); err != nil {
			return err
		}
		if goos != "linux" {
			continue
		}
		copyright, err := writeCopyright(o.homepage, string(own), mods)
		if err != nil {
			return err
		}
		if err := write(filepath.Join(o.out, "copyright"), []byte(copyright)); err != nil {
			return err
		}
	}
	changelog, err := gzipped(writeChangelog(o.release, o.commit, o.maintainer, date))
	if err != nil {
		return err
	}
	return write(filepath.Join(o.out, "changelog.gz"), changelog)
}

// licensedModules lists and describes the modules linked into pkg for goos.
func licensedModules(pkg, goos string, goarchs []string) ([]licensed, error) {
	mods, err := listModules(pkg, goos, goarchs)
	if err != nil {
		return nil, err
	}
	out := make([]licensed, 0, len(mods))
	for _, m := range mods {
		l, err := describe(m)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, nil
}

// write writes a file readable by all, making its folder first.
func write(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("pkgdocs: wrote %s (%d bytes)\n", path, len(data))
	return nil
}
