package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testVersion = "1.2.0"

// writeTarGz writes a .tar.gz of the given files and modes.
func writeTarGz(t *testing.T, name string, files map[string]int64) {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	gz := gzip.NewWriter(f)
	tw := tar.NewWriter(gz)
	for file, mode := range files {
		body := "content of " + file
		if err := tw.WriteHeader(&tar.Header{Name: file, Mode: mode, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []interface{ Close() error }{tw, gz, f} {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func writeZip(t *testing.T, name string, files []string) {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, file := range files {
		w, err := zw.Create(file)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(w, "content of %s", file)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// fakeRelease writes the archives and the checksums file of a release of
// testVersion, in the layout GoReleaser gives them, and returns its folder
// and the SHA-256 of each archive.
func fakeRelease(t *testing.T) (string, map[string]string) {
	dist := t.TempDir()
	sums := map[string]string{}
	var lines []string
	add := func(name string) {
		sum, err := fileSum(filepath.Join(dist, name))
		if err != nil {
			t.Fatal(err)
		}
		sums[name] = sum
		lines = append(lines, sum+"  "+name)
	}
	for _, target := range []string{"darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64"} {
		wrap := fmt.Sprintf("partnercoach_%s_%s/", testVersion, target)
		name := strings.TrimSuffix(wrap, "/") + ".tar.gz"
		writeTarGz(t, filepath.Join(dist, name), map[string]int64{
			wrap + "partnercoach":                      0o755,
			wrap + "README.md":                         0o644,
			wrap + "man/man1/partnercoach.1":           0o644,
			wrap + "completions/partnercoach.bash":     0o644,
			wrap + "completions/_partnercoach":         0o644,
			wrap + "completions/partnercoach.fish":     0o644,
			"partnercoach_other/completions/decoy.txt": 0o644,
		})
		add(name)
	}
	for _, target := range []string{"windows_amd64", "windows_arm64"} {
		wrap := fmt.Sprintf("partnercoach_%s_%s", testVersion, target)
		writeZip(t, filepath.Join(dist, wrap+".zip"), []string{wrap + "/partnercoach.exe", wrap + "/README.md"})
		add(wrap + ".zip")
	}
	checksums := filepath.Join(dist, fmt.Sprintf("partnercoach_%s_checksums.txt", testVersion))
	if err := os.WriteFile(checksums, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dist, sums
}

// goodCask is a cask as GoReleaser writes it for the fake release.
func goodCask(sums map[string]string) string {
	var b strings.Builder
	b.WriteString("# generated\ncask \"partnercoach\" do\n")
	b.WriteString("  rename \"partnercoach_*/man\", \"man\"\n  rename \"partnercoach_*/completions\", \"completions\"\n")
	b.WriteString("  version \"" + testVersion + "\"\n")
	for _, goos := range []string{"darwin", "linux"} {
		b.WriteString(map[string]string{"darwin": "  on_macos do\n", "linux": "  on_linux do\n"}[goos])
		for _, arch := range []string{"amd64", "arm64"} {
			b.WriteString(map[string]string{"amd64": "    on_intel do\n", "arm64": "    on_arm do\n"}[arch])
			wrap := fmt.Sprintf("partnercoach_%s_%s_%s", testVersion, goos, arch)
			fmt.Fprintf(&b, "      sha256 %q\n", sums[wrap+".tar.gz"])
			fmt.Fprintf(&b, "      url \"https://example.invalid/v#{version}/partnercoach_#{version}_%s_%s.tar.gz\"\n", goos, arch)
			fmt.Fprintf(&b, "      rename \"%s/partnercoach\", \"partnercoach\"\n    end\n", wrap)
		}
		b.WriteString("  end\n")
	}
	b.WriteString(`  name "partnercoach"
  livecheck do
    skip "Auto-generated on release."
  end
  binary "partnercoach"
  manpage "man/man1/partnercoach.1"
  bash_completion "completions/partnercoach.bash"
  fish_completion "completions/partnercoach.fish"
  zsh_completion "completions/_partnercoach"
  postflight do
    if OS.mac?
      system_command "/usr/bin/xattr", args: ["-dr", "com.apple.quarantine", "#{staged_path}/partnercoach"]
    end
  end
end
`)
	return b.String()
}

func goodScoop(sums map[string]string) string {
	res := func(arch, goarch string) string {
		wrap := fmt.Sprintf("partnercoach_%s_windows_%s", testVersion, goarch)
		return fmt.Sprintf(`%q: {"url": "https://example.invalid/v%s/%s.zip", "bin": [%q], "hash": %q}`,
			arch, testVersion, wrap, wrap+"/partnercoach.exe", sums[wrap+".zip"])
	}
	return fmt.Sprintf(`{"version": %q, "architecture": {%s, %s}}`, testVersion, res("64bit", "amd64"), res("arm64", "arm64"))
}

func TestCask(t *testing.T) {
	dist, sums := fakeRelease(t)
	r, err := newRelease(dist, testVersion)
	if err != nil {
		t.Fatal(err)
	}
	good := goodCask(sums)
	amd := sums["partnercoach_1.2.0_darwin_amd64.tar.gz"]
	linuxArm := fmt.Sprintf("    on_arm do\n      sha256 %q\n      url %q\n      rename %q, \"partnercoach\"\n    end\n",
		sums["partnercoach_1.2.0_linux_arm64.tar.gz"],
		"https://example.invalid/v#{version}/partnercoach_#{version}_linux_arm64.tar.gz",
		"partnercoach_1.2.0_linux_arm64/partnercoach")
	tests := []struct {
		name, from, to, want string
	}{
		{"as GoReleaser writes it", "", "", ""},
		{"a wrong sum", amd, strings.Repeat("0", 64), "the checksums file says"},
		{"another archive's url", "#{version}_darwin_amd64.tar.gz", "#{version}_darwin_arm64.tar.gz", "names"},
		{"no rename of the man pages", "  rename \"partnercoach_*/man\", \"man\"\n", "", "has no man/man1/partnercoach.1"},
		{"a completion not in the archive", "completions/_partnercoach\"", "completions/_pc\"", "has no completions/_pc"},
		{"no rename of the binary", "      rename \"partnercoach_1.2.0_linux_arm64/partnercoach\", \"partnercoach\"\n", "", "no executable partnercoach"},
		{"a platform less", linuxArm, "", "3 platform blocks"},
		{"a platform block it does not know", "    on_arm do\n      sha256 \"" + sums["partnercoach_1.2.0_linux_arm64.tar.gz"], "    on_other do\n      sha256 \"", "expected sha256 inside"},
		{"another version", "version \"1.2.0\"", "version \"1.2.1\"", "want \"1.2.0\""},
		{"a block left open", "  end\nend\n", "  end\n", "expected an end"},
		{"a url outside a platform", "  name \"partnercoach\"\n", "  url \"x\"\n", "expected url inside on_intel or on_arm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := good
			if tt.from != "" {
				if !strings.Contains(text, tt.from) {
					t.Fatalf("the cask has no %q to change", tt.from)
				}
				text = strings.Replace(text, tt.from, tt.to, 1)
			}
			name := filepath.Join(t.TempDir(), "partnercoach.rb")
			if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			err := checkCask(r, name)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("checkCask: %v, want no error", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("checkCask: %v, want an error with %q", err, tt.want)
			}
		})
	}
}

func TestScoop(t *testing.T) {
	dist, sums := fakeRelease(t)
	r, err := newRelease(dist, testVersion)
	if err != nil {
		t.Fatal(err)
	}
	good := goodScoop(sums)
	tests := []struct {
		name, from, to, want string
	}{
		{"as GoReleaser writes it", "", "", ""},
		{"a wrong sum", sums["partnercoach_1.2.0_windows_arm64.zip"], strings.Repeat("1", 64), "the file hashes to"},
		{"a bin not in the archive", "windows_amd64/partnercoach.exe", "windows_amd64/pc.exe", "bin"},
		{"another archive's url", "/partnercoach_1.2.0_windows_amd64.zip", "/partnercoach_1.2.0_windows_arm64.zip", "names"},
		{"an architecture less", `"arm64": {`, `"32bit": {`, "architectures"},
		{"not JSON", `{"version"`, `{version`, "invalid character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := good
			if tt.from != "" {
				if !strings.Contains(text, tt.from) {
					t.Fatalf("the manifest has no %q to change", tt.from)
				}
				text = strings.Replace(text, tt.from, tt.to, 1)
			}
			name := filepath.Join(t.TempDir(), "partnercoach.json")
			if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			err := checkScoop(r, name)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("checkScoop: %v, want no error", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("checkScoop: %v, want an error with %q", err, tt.want)
			}
		})
	}
}
