package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
)

// module is one Go module whose code is linked into the program, or the
// Go distribution itself (the standard library and the runtime).
type module struct {
	Path    string // the module path, or "go" for the Go distribution
	Version string // the version go.mod requires, or Go's own version
	// ReplacePath and ReplaceVersion are what a replace directive puts in
	// the module's place: another module and its version, or a folder of
	// the repository (third_party/bubbletea) and "".
	ReplacePath    string
	ReplaceVersion string
	Dir            string // where the code linked in is on this machine
}

// listedPackage is the part of go list's JSON that listModules reads.
type listedPackage struct {
	Module *struct {
		Path    string
		Version string
		Main    bool
		Dir     string
		Replace *struct {
			Path    string
			Version string
			Dir     string
		}
	}
}

// listModules returns the modules linked into pkg when it is built for
// goos on each of goarchs with cgo off, as the release builds it: the
// union of the targets, sorted by path, with the Go distribution first.
func listModules(pkg, goos string, goarchs []string) ([]module, error) {
	seen := map[string]module{}
	for _, goarch := range goarchs {
		cmd := exec.Command("go", "list", "-deps", "-json=Module", pkg)
		cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0")
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("go list for %s/%s: %w", goos, goarch, err)
		}
		if err := readListed(out, seen); err != nil {
			return nil, fmt.Errorf("go list for %s/%s: %w", goos, goarch, err)
		}
	}
	mods := make([]module, 0, len(seen)+1)
	for _, m := range seen {
		mods = append(mods, m)
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].Path < mods[j].Path })
	goMod, err := goDistribution()
	if err != nil {
		return nil, err
	}
	return append([]module{goMod}, mods...), nil
}

// readListed adds to seen the modules of the packages in go list's
// stream of JSON objects, leaving out the main module.
func readListed(out []byte, seen map[string]module) error {
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		err := dec.Decode(&p)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		m := p.Module
		if m == nil || m.Main {
			continue // the standard library, or partnercoach itself
		}
		got := module{Path: m.Path, Version: m.Version, Dir: m.Dir}
		if r := m.Replace; r != nil {
			got.ReplacePath, got.ReplaceVersion, got.Dir = r.Path, r.Version, r.Dir
		}
		seen[m.Path] = got
	}
}

// goDistribution describes the Go toolchain that builds the program: its
// standard library and runtime are linked into every Go binary.
func goDistribution() (module, error) {
	out, err := exec.Command("go", "env", "GOVERSION", "GOROOT").Output()
	if err != nil {
		return module{}, fmt.Errorf("go env: %w", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		return module{}, fmt.Errorf("go env printed %q, want GOVERSION and GOROOT", out)
	}
	return module{Path: "go", Version: lines[0], Dir: lines[1]}, nil
}

// String names the module as "go version -m" does: its path and version,
// and after "=>" what replaces it. The notices name modules so, and
// pkgcheck compares them with what a binary records.
func (m module) String() string {
	s := m.Path + " " + m.Version
	if m.ReplacePath != "" {
		s = strings.TrimSpace(s + " => " + m.ReplacePath + " " + m.ReplaceVersion)
	}
	return s
}

// local reports whether the module's code is a folder of the repository.
func (m module) local() bool {
	return m.ReplacePath != "" && m.ReplaceVersion == ""
}
