// Command pkgcheck checks the Homebrew cask and the Scoop manifest of a
// snapshot release against the archives they point to: the archive names in
// their URLs, the SHA-256 sums and the paths of the binary, the man page and
// the completions inside the archives. It reads only dist/, needs neither
// Ruby nor Homebrew nor Scoop, and is run by .ci/release-check:
//
//	go run ./.ci/pkgcheck -dist dist/release -version 1.2.0
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
)

// project is the name every archive, cask and manifest starts with.
const project = "partnercoach"

func main() {
	dist := flag.String("dist", "dist/release", "GoReleaser's output folder")
	version := flag.String("version", "", "the release's version, as in metadata.json")
	flag.Parse()
	if *version == "" {
		fmt.Fprintln(os.Stderr, "pkgcheck: -version is required")
		os.Exit(2)
	}
	r, err := newRelease(*dist, *version)
	if err == nil {
		err = checkCask(r, filepath.Join(*dist, "homebrew", "Casks", project+".rb"))
	}
	if err == nil {
		err = checkScoop(r, filepath.Join(*dist, "scoop", project+".json"))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "pkgcheck:", err)
		os.Exit(1)
	}
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
