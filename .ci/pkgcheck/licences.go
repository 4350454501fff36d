package main

import (
	"bytes"
	"debug/buildinfo"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// The names pkgdocs gives the notices and the prefix of their module lines.
const (
	noticesName  = "THIRD_PARTY_LICENSES.txt"
	modulePrefix = "Module: "
)

// linkedModules reads what a binary records of its build: "go" and Go's
// version, then each module linked in, in the notation of "go version
// -m" ("path version", then " => " and what replaces it).
func linkedModules(bin []byte) ([]string, error) {
	info, err := buildinfo.Read(bytes.NewReader(bin))
	if err != nil {
		return nil, err
	}
	out := []string{"go " + info.GoVersion}
	for _, d := range info.Deps {
		line := d.Path + " " + d.Version
		if r := d.Replace; r != nil {
			line = strings.TrimSpace(line + " => " + r.Path + " " + strings.TrimPrefix(r.Version, "(devel)"))
		}
		out = append(out, line)
	}
	return out, nil
}

// noticedModules reads the modules THIRD_PARTY_LICENSES.txt names.
func noticedModules(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, modulePrefix); ok {
			out = append(out, rest)
		}
	}
	return out
}

// checkNotices checks the licences in the archives: each holds the
// project's LICENSE as the repository has it, and THIRD_PARTY_LICENSES.txt
// naming exactly the modules its operating system's binaries record.
func checkNotices(r *release, targets []string, licence []byte) error {
	byOS := map[string][]string{}
	for _, t := range targets {
		goos, _, _ := strings.Cut(t, "_")
		byOS[goos] = append(byOS[goos], t)
	}
	for goos, ts := range byOS {
		var linked []string
		notices := map[string]bool{}
		for _, t := range ts {
			ext, exe := "tar.gz", ""
			if goos == "windows" {
				ext, exe = "zip", ".exe"
			}
			name := r.archive(t, ext)
			entries, err := readArchive(filepath.Join(r.dist, name))
			if err != nil {
				return err
			}
			top := strings.TrimSuffix(name, "."+ext) + "/"
			bin, err1 := member(entries, top+project+exe)
			text, err2 := member(entries, top+noticesName)
			own, err3 := member(entries, top+"LICENSE")
			if err := firstError(err1, err2, err3); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if !bytes.Equal(own, licence) {
				return fmt.Errorf("%s: its LICENSE is not the repository's", name)
			}
			mods, err := linkedModules(bin)
			if err != nil {
				return fmt.Errorf("%s: %s: %w", name, project+exe, err)
			}
			linked = append(linked, mods...)
			notices[string(text)] = true
		}
		if len(notices) != 1 {
			return fmt.Errorf("the %s archives hold different %s", goos, noticesName)
		}
		for text := range notices {
			if err := sameModules(goos+" "+noticesName, noticedModules(text), linked); err != nil {
				return err
			}
			fmt.Printf("licences %-8s %s names the %d modules the binaries record, Go included\n", goos, noticesName, len(noticedModules(text)))
		}
	}
	return nil
}

// sameModules fails unless the modules named are those linked, each once.
func sameModules(what string, named, linked []string) error {
	named, linked = unique(named), unique(linked)
	var missing, extra []string
	for _, m := range linked {
		if !slices.Contains(named, m) {
			missing = append(missing, m)
		}
	}
	for _, m := range named {
		if !slices.Contains(linked, m) {
			extra = append(extra, m)
		}
	}
	if len(missing)+len(extra) > 0 {
		return fmt.Errorf("%s: lacks %q; names %q, which no binary records", what, missing, extra)
	}
	return nil
}

// unique sorts a list and drops repeats.
func unique(list []string) []string {
	out := slices.Clone(list)
	sort.Strings(out)
	return slices.Compact(out)
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
