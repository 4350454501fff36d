package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// scoopManifest is the part of a Scoop manifest that pkgcheck reads.
type scoopManifest struct {
	Version      string `json:"version"`
	Architecture map[string]struct {
		URL  string   `json:"url"`
		Bin  []string `json:"bin"`
		Hash string   `json:"hash"`
	} `json:"architecture"`
}

// checkScoop checks that the manifest names the two Windows archives of the
// release with their sums, and that the binary it puts on the PATH is an
// executable of the archive.
func checkScoop(r *release, name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var m scoopManifest
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if m.Version != r.version {
		return fmt.Errorf("%s: version %q, want %q", name, m.Version, r.version)
	}
	goarch := map[string]string{"64bit": "amd64", "arm64": "arm64"}
	var archs []string
	for arch := range m.Architecture {
		archs = append(archs, arch)
	}
	sort.Strings(archs)
	if strings.Join(archs, " ") != "64bit arm64" {
		return fmt.Errorf("%s: architectures %q, want 64bit and arm64", name, archs)
	}
	for _, arch := range archs {
		res := m.Architecture[arch]
		target := "windows_" + goarch[arch]
		archive := r.archive(target, "zip")
		if err := r.checkArchive(archive, res.URL, res.Hash); err != nil {
			return fmt.Errorf("%s, %s: %w", name, arch, err)
		}
		want := fmt.Sprintf("%s_%s_%s/%s.exe", project, r.version, target, project)
		if len(res.Bin) != 1 || res.Bin[0] != want {
			return fmt.Errorf("%s, %s: bin %q, want [%s]", name, arch, res.Bin, want)
		}
		files, err := listArchive(r.dist + "/" + archive)
		if err != nil {
			return err
		}
		if _, ok := files[want]; !ok {
			return fmt.Errorf("%s, %s: %s has no %s", name, arch, archive, want)
		}
		fmt.Printf("scoop  %-13s %s, sha256 %.12s…, bin %s\n", arch, archive, res.Hash, want)
	}
	return nil
}
