package main

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
)

// caskPackage is what one on_macos/on_linux, on_intel/on_arm block of a
// cask says: where the archive is, its sum and the files it renames.
type caskPackage struct {
	url, sha256 string
	renames     [][2]string
}

// cask is the part of a Homebrew cask that pkgcheck reads.
type cask struct {
	version  string
	packages map[string]*caskPackage // by target, such as darwin_arm64
	renames  [][2]string             // outside any platform block
	binaries []string
	linked   []string // the man pages and completions Homebrew links
}

var (
	caskString = regexp.MustCompile(`^(\w+) "([^"]*)"$`)
	caskRename = regexp.MustCompile(`^rename "([^"]*)", "([^"]*)"$`)
	caskOpens  = regexp.MustCompile(`(^(if|unless|case|begin|while|until|def)\b)|\bdo( \|[^|]*\|)?$`)
)

// parseCask reads the stanzas of a cask line by line, keeping track of the
// blocks it is in. It is no Ruby parser: it knows the shape GoReleaser
// writes, and it fails on a stanza it expects but cannot read.
func parseCask(name string) (*cask, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := &caskReader{cask: &cask{packages: map[string]*caskPackage{}}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if err := r.line(line); err != nil {
			return nil, fmt.Errorf("%s:%d:1: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(r.blocks) != 0 {
		return nil, fmt.Errorf("%s: expected an end for %s", name, r.blocks[len(r.blocks)-1])
	}
	return r.cask, nil
}

// caskReader is parseCask's state: the cask read so far, the blocks the
// current line is in, and the platform those blocks name.
type caskReader struct {
	cask         *cask
	blocks       []string
	goos, goarch string
}

// line reads one trimmed line of the cask.
func (r *caskReader) line(line string) error {
	switch {
	case line == "" || strings.HasPrefix(line, "#"):
		return nil
	case line == "end":
		return r.close()
	case caskOpens.MatchString(line):
		r.open(line)
		return nil
	}
	return r.stanza(line)
}

// open enters the block a line opens, and the platform it names if any.
func (r *caskReader) open(line string) {
	word, _, _ := strings.Cut(line, " ")
	r.blocks = append(r.blocks, word)
	switch word {
	case "on_macos":
		r.goos = "darwin"
	case "on_linux":
		r.goos = "linux"
	case "on_intel":
		r.goarch = "amd64"
	case "on_arm":
		r.goarch = "arm64"
	}
}

// close leaves the innermost block, and the platform it named if any.
func (r *caskReader) close() error {
	if len(r.blocks) == 0 {
		return fmt.Errorf("expected no end outside a block")
	}
	switch r.blocks[len(r.blocks)-1] {
	case "on_macos", "on_linux":
		r.goos = ""
	case "on_intel", "on_arm":
		r.goarch = ""
	}
	r.blocks = r.blocks[:len(r.blocks)-1]
	return nil
}

// target returns the package of the platform the current line is in, or
// nil outside one.
func (r *caskReader) target() *caskPackage {
	if r.goos == "" || r.goarch == "" {
		return nil
	}
	target := r.goos + "_" + r.goarch
	if r.cask.packages[target] == nil {
		r.cask.packages[target] = &caskPackage{}
	}
	return r.cask.packages[target]
}

// stanza reads a rename or a one-string stanza; other lines are skipped.
func (r *caskReader) stanza(line string) error {
	c, pkg := r.cask, r.target()
	if m := caskRename.FindStringSubmatch(line); m != nil {
		if pkg != nil {
			pkg.renames = append(pkg.renames, [2]string{m[1], m[2]})
		} else {
			c.renames = append(c.renames, [2]string{m[1], m[2]})
		}
		return nil
	}
	m := caskString.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	key, value := m[1], m[2]
	switch {
	case key == "version" && len(r.blocks) == 1:
		c.version = value
	case (key == "url" || key == "sha256") && pkg == nil:
		return fmt.Errorf("expected %s inside on_intel or on_arm", key)
	case key == "url":
		pkg.url = value
	case key == "sha256":
		pkg.sha256 = value
	case key == "binary":
		c.binaries = append(c.binaries, value)
	case key == "manpage" || strings.HasSuffix(key, "_completion"):
		c.linked = append(c.linked, value)
	}
	return nil
}

// checkCask checks that the cask names the four macOS and Linux archives of
// the release with their sums, and that after its renames every binary, man
// page and completion it links is a file of the archive.
func checkCask(r *release, name string) error {
	c, err := parseCask(name)
	if err != nil {
		return err
	}
	if c.version != r.version {
		return fmt.Errorf("%s: version %q, want %q", name, c.version, r.version)
	}
	if len(c.binaries) != 1 || c.binaries[0] != project {
		return fmt.Errorf("%s: binaries %q, want [%s]", name, c.binaries, project)
	}
	if len(c.linked) != 4 {
		return fmt.Errorf("%s: links %q, want a man page and three completions", name, c.linked)
	}
	targets := []string{"darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64"}
	if len(c.packages) != len(targets) {
		return fmt.Errorf("%s: %d platform blocks, want %d", name, len(c.packages), len(targets))
	}
	for _, target := range targets {
		pkg := c.packages[target]
		if pkg == nil {
			return fmt.Errorf("%s: no block for %s", name, target)
		}
		archive := r.archive(target, "tar.gz")
		url := strings.ReplaceAll(pkg.url, "#{version}", r.version)
		if err := r.checkArchive(archive, url, pkg.sha256); err != nil {
			return fmt.Errorf("%s, %s: %w", name, target, err)
		}
		files, err := listArchive(r.dist + "/" + archive)
		if err != nil {
			return err
		}
		staged := stage(files, append(append([][2]string{}, c.renames...), pkg.renames...))
		mode, ok := staged[project]
		if !ok || mode&0o111 == 0 {
			return fmt.Errorf("%s, %s: after its renames %s has no executable %s", name, target, archive, project)
		}
		for _, file := range c.linked {
			if _, ok := staged[file]; !ok {
				return fmt.Errorf("%s, %s: after its renames %s has no %s", name, target, archive, file)
			}
		}
		from := project
		for _, rn := range pkg.renames {
			if rn[1] == project {
				from = rn[0]
			}
		}
		fmt.Printf("cask   %-13s %s, sha256 %.12s…, binary %s\n", target, archive, pkg.sha256, from)
	}
	return nil
}

// stage does to the files of an archive what Homebrew's rename does to a
// staged cask: each rename moves the first file or folder its glob matches.
func stage(files entries, renames [][2]string) entries {
	out := entries{}
	for name, mode := range files {
		out[name] = mode
	}
	for _, rn := range renames {
		from, ok := firstMatch(out, rn[0])
		if !ok {
			continue
		}
		for name, mode := range out {
			rest, inside := strings.CutPrefix(name, from)
			if inside && (rest == "" || strings.HasPrefix(rest, "/")) {
				delete(out, name)
				out[rn[1]+rest] = mode
			}
		}
	}
	return out
}

// firstMatch returns the first path, in sorted order, of a file or a folder
// of files that glob matches.
func firstMatch(files entries, glob string) (string, bool) {
	var paths []string
	seen := map[string]bool{}
	for name := range files {
		for p := name; p != "." && p != "/" && !seen[p]; p = path.Dir(p) {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		if ok, _ := path.Match(glob, p); ok {
			return p, true
		}
	}
	return "", false
}
