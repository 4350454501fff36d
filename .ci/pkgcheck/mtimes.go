package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// checkTimes checks that every file and folder in the archives and the
// .deb packages, and every member of a .deb, carries the commit's time:
// a release made on another day must be the same bytes.
func checkTimes(r *release, targets []string, commit time.Time) error {
	count := 0
	for _, t := range targets {
		ext := "tar.gz"
		if strings.HasPrefix(t, "windows_") {
			ext = "zip"
		}
		name := r.archive(t, ext)
		entries, err := readArchive(filepath.Join(r.dist, name))
		if err != nil {
			return err
		}
		for _, e := range entries {
			if !e.mtime.Equal(commit) {
				return fmt.Errorf("%s: %s has the time %s, not the commit's %s", name, e.name, e.mtime.UTC(), commit.UTC())
			}
		}
		count += len(entries)
	}
	for _, arch := range []string{"amd64", "arm64"} {
		n, err := checkDebTimes(r, arch, commit)
		if err != nil {
			return err
		}
		count += n
	}
	fmt.Printf("times    all %d files, folders and members carry the commit's time, %s\n", count, commit.UTC().Format(time.RFC3339))
	return nil
}

// checkDebTimes checks the times of one .deb and returns how many it read.
func checkDebTimes(r *release, arch string, commit time.Time) (int, error) {
	name := fmt.Sprintf("%s_%s_linux_%s.deb", project, r.version, arch)
	members, err := readDeb(filepath.Join(r.dist, name))
	if err != nil {
		return 0, err
	}
	count := 0
	for _, m := range members {
		if !m.mtime.Equal(commit) {
			return 0, fmt.Errorf("%s: %s has the time %s, not the commit's", name, m.name, m.mtime.UTC())
		}
		count++
		if m.name != "control.tar.gz" && m.name != "data.tar.gz" {
			continue
		}
		entries, err := readTarGz(m.data)
		if err != nil {
			return 0, fmt.Errorf("%s: %s: %w", name, m.name, err)
		}
		for _, e := range entries {
			if !e.header.ModTime.Equal(commit) {
				return 0, fmt.Errorf("%s: %s: %s has the time %s, not the commit's", name, m.name, e.header.Name, e.header.ModTime.UTC())
			}
		}
		count += len(entries)
	}
	return count, nil
}
