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
	c := &cask{packages: map[string]*caskPackage{}}
	var blocks []string
	goos, goarch := "", ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		where := fmt.Sprintf("%s:%d:1", name, n)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case line == "end":
			if len(blocks) == 0 {
				return nil, fmt.Errorf("%s: expected no end outside a block", where)
			}
			switch blocks[len(blocks)-1] {
			case "on_macos", "on_linux":
				goos = ""
			case "on_intel", "on_arm":
				goarch = ""
			}
			blocks = blocks[:len(blocks)-1]
			continue
		case caskOpens.MatchString(line):
			word, _, _ := strings.Cut(line, " ")
			blocks = append(blocks, word)
			switch word {
			case "on_macos":
				goos = "darwin"
			case "on_linux":
				goos = "linux"
			case "on_intel":
				goarch = "amd64"
			case "on_arm":
				goarch = "arm64"
			}
			continue
		}
		var pkg *caskPackage
		if goos != "" && goarch != "" {
			target := goos + "_" + goarch
			if c.packages[target] == nil {
				c.packages[target] = &caskPackage{}
			}
			pkg = c.packages[target]
		}
		if m := caskRename.FindStringSubmatch(line); m != nil {
			if pkg != nil {
				pkg.renames = append(pkg.renames, [2]string{m[1], m[2]})
			} else {
				c.renames = append(c.renames, [2]string{m[1], m[2]})
			}
			continue
		}
		m := caskString.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		key, value := m[1], m[2]
		switch {
		case key == "version" && len(blocks) == 1:
			c.version = value
		case (key == "url" || key == "sha256") && pkg == nil:
			return nil, fmt.Errorf("%s: expected %s inside on_intel or on_arm", where, key)
		case key == "url":
			pkg.url = value
		case key == "sha256":
			pkg.sha256 = value
		case key == "binary":
			c.binaries = append(c.binaries, value)
		case key == "manpage" || strings.HasSuffix(key, "_completion"):
			c.linked = append(c.linked, value)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(blocks) != 0 {
		return nil, fmt.Errorf("%s: expected an end for %s", name, blocks[len(blocks)-1])
	}
	return c, nil
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
