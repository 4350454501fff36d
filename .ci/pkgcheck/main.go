// Command pkgcheck checks the Homebrew cask and the Scoop manifest of a
// snapshot release against the archives they point to: the archive names in
// their URLs, the SHA-256 sums and the paths of the binary, the man page and
// the completions inside the archives. It then checks the licences: every
// archive holds LICENSE and a THIRD_PARTY_LICENSES.txt naming exactly the
// modules its binary records, and the copyright file of each .deb covers
// exactly those of its binary. Last, every file in the archives and the
// .deb packages must carry the commit's time. It reads only dist/ and
// LICENSE, needs neither Ruby nor Homebrew nor Scoop nor dpkg, and is run
// by .ci/release-check:
//
//	go run ./.ci/pkgcheck -dist dist/release -version 1.2.0 -commit-time 1764806400
package main

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// project is the name every archive, cask and manifest starts with.
const project = "partnercoach"

// targets are the six the release builds, as its archives name them.
var targets = []string{"linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64", "windows_arm64"}

func main() {
	dist := flag.String("dist", "dist/release", "GoReleaser's output folder")
	version := flag.String("version", "", "the release's version, as in metadata.json")
	licence := flag.String("license", "LICENSE", "the project's licence, which every archive copies")
	commitTime := flag.Int64("commit-time", 0, "the commit's time in seconds since 1970, which every file must carry")
	flag.Parse()
	if *version == "" || *commitTime == 0 {
		fmt.Fprintln(os.Stderr, "pkgcheck: -version and -commit-time are required")
		os.Exit(2)
	}
	if err := check(*dist, *version, *licence, time.Unix(*commitTime, 0)); err != nil {
		fmt.Fprintln(os.Stderr, "pkgcheck:", err)
		os.Exit(1)
	}
}

// check runs every check of the release in dist.
func check(dist, version, licence string, commit time.Time) error {
	r, err := newRelease(dist, version)
	if err != nil {
		return err
	}
	if err := checkCask(r, filepath.Join(dist, "homebrew", "Casks", project+".rb")); err != nil {
		return err
	}
	if err := checkScoop(r, filepath.Join(dist, "scoop", project+".json")); err != nil {
		return err
	}
	own, err := os.ReadFile(licence)
	if err != nil {
		return err
	}
	if err := checkNotices(r, targets, own); err != nil {
		return err
	}
	for _, arch := range []string{"amd64", "arm64"} {
		if err := checkDebCopyright(r, arch); err != nil {
			return err
		}
	}
	return checkTimes(r, targets, commit)
}

// release is what a snapshot produced: its folder, its version and the
// SHA-256 of each file named in its checksums file.
type release struct {
	dist    string
	version string
	sums    map[string]string
}

func newRelease(dist, version string) (*release, error) {
	name := filepath.Join(dist, fmt.Sprintf("%s_%s_checksums.txt", project, version))
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := &release{dist: dist, version: version, sums: map[string]string{}}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		sum, file, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != sha256.Size*2 {
			return nil, fmt.Errorf("%s:%d:1: expected a SHA-256 in hex, two spaces and a file name", name, line)
		}
		r.sums[file] = sum
	}
	return r, sc.Err()
}

// archive returns the name of the archive for one target, such as
// partnercoach_1.2.0_darwin_arm64.tar.gz.
func (r *release) archive(target, ext string) string {
	return fmt.Sprintf("%s_%s_%s.%s", project, r.version, target, ext)
}

// checkArchive checks that url ends in the archive's name and that sum is
// both the one in the checksums file and the archive's own.
func (r *release) checkArchive(name, url, sum string) error {
	if base := url[strings.LastIndex(url, "/")+1:]; base != name {
		return fmt.Errorf("url %q names %q, want %q", url, base, name)
	}
	listed, ok := r.sums[name]
	if !ok {
		return fmt.Errorf("%s is not in the checksums file", name)
	}
	own, err := fileSum(filepath.Join(r.dist, name))
	if err != nil {
		return err
	}
	if sum != listed || sum != own {
		return fmt.Errorf("%s: sha256 %s, but the checksums file says %s and the file hashes to %s", name, sum, listed, own)
	}
	return nil
}

func fileSum(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// entries maps each regular file in an archive to its permission bits.
type entries map[string]os.FileMode

// listArchive reads the regular files of a .tar.gz or a .zip.
func listArchive(name string) (entries, error) {
	if strings.HasSuffix(name, ".zip") {
		return listZip(name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := entries{}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if h.Typeflag == tar.TypeReg {
			out[h.Name] = h.FileInfo().Mode().Perm()
		}
	}
}

func listZip(name string) (entries, error) {
	z, err := zip.OpenReader(name)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	out := entries{}
	for _, f := range z.File {
		if f.Mode().IsRegular() {
			out[f.Name] = f.Mode().Perm()
		}
	}
	return out, nil
}
