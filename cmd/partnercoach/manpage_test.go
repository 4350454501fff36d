package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestManDate(t *testing.T) {
	commitDay := buildStamp{date: "2026-11-22T23:30:00-05:00"} // 04:30 on the 23rd in UTC
	tests := []struct {
		epoch string
		stamp buildStamp
		want  string
		fails bool
	}{
		{"1764806400", commitDay, "2025-12-04", false}, // SOURCE_DATE_EPOCH wins over the stamp
		{"", commitDay, "2026-11-23", false},
		{"", buildStamp{}, "", false},
		{"", buildStamp{date: "not a time"}, "", false},
		{"yesterday", commitDay, "", true},
		{"-5", commitDay, "", true},
	}
	for _, tt := range tests {
		got, err := manDate(tt.epoch, tt.stamp)
		if got != tt.want || (err != nil) != tt.fails {
			t.Errorf("manDate(%q, %q) = %q, %v; want %q, failing %v", tt.epoch, tt.stamp.date, got, err, tt.want, tt.fails)
		}
	}
}

func TestManPage(t *testing.T) {
	page := renderManPage(newRootCmd(), "2026-11-22", "1.2.0")
	if first, _, _ := strings.Cut(page, "\n"); first != `.TH PARTNERCOACH 1 "2026-11-22" "partnercoach 1.2.0" "User Commands"` {
		t.Errorf("header: %s", first)
	}
	for _, want := range []string{
		".SH NAME\npartnercoach \\- a companion for Focusing partnership coaching sessions\n",
		".SH FILES\n", ".SH ENVIRONMENT\n", ".SH EXAMPLES\n", ".SH SEE ALSO\n",
		`\fB\-o\fR, \fB\-\-output\fR \fIstring\fR`, // short flags with one hyphen
		`\fB\-y\fR, \fB\-\-yes\fR`,
		`\fB\-\-format\fR \fIstring\fR` + "\nthe format: md (the coach log), json or csv (default: md)",
		`\fBpartnercoach newcomer schedule\fR \fINAME WHEN\fR`,
		".SS partnercoach run [NAME|FILE]\n",
		".I ~/.local/share/partnercoach/newcomers.json\n",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if regexp.MustCompile(`\\fB\\-\\-[a-z]\\fR`).MatchString(page) {
		t.Error("a short flag is written with two hyphens")
	}
	if strings.Contains(page, "__complete") || strings.Contains(page, ".SS partnercoach man") {
		t.Error("the page lists a hidden command")
	}
	for i, line := range strings.Split(page, "\n") {
		if strings.HasPrefix(line, ".") && !regexp.MustCompile(`^\.(TH|SH|SS|TP|PP|RS|RE|B|I|BR|IR|br|nh|ad) ?`).MatchString(line) {
			t.Errorf("line %d starts with a dot but is no request: %q", i+1, line)
		}
	}
}

func TestRoffText(t *testing.T) {
	tests := map[string]string{
		`C:\Users`:    `C:\eUsers`,
		"--since":     `\-\-since`,
		".hidden":     `\&.hidden`,
		"'quoted' on": `\&'quoted' on`,
		"plain words": "plain words",
	}
	for in, want := range tests {
		if got := roffLine(in); got != want {
			t.Errorf("roffLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// The page as man shows it in a terminal of 80 columns: its header names
// the page and the manual, and man has nothing to warn about.
func TestManPageAt80Columns(t *testing.T) {
	if _, err := exec.LookPath("man"); err != nil {
		t.Skip("man is not installed (apt-get install man-db)")
	}
	file := filepath.Join(t.TempDir(), "partnercoach.1")
	if err := os.WriteFile(file, []byte(renderManPage(newRootCmd(), "2026-11-22", "1.2.0")), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("man", "--warnings", "-l", "-P", "cat", file)
	cmd.Env = append(os.Environ(), "MANWIDTH=80", "LC_ALL=C.UTF-8")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("man: %v: %s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if !regexp.MustCompile(`^PARTNERCOACH\(1\) +User Commands +PARTNERCOACH\(1\)$`).MatchString(lines[0]) || len(lines[0]) > 80 {
		t.Errorf("header at 80 columns: %q", lines[0])
	}
	if last := lines[len(lines)-1]; !regexp.MustCompile(`^partnercoach 1\.2\.0 +2026-11-22 +PARTNERCOACH\(1\)$`).MatchString(last) {
		t.Errorf("footer at 80 columns: %q", last)
	}
	if stderr.Len() > 0 {
		t.Errorf("man warned: %s", stderr.String())
	}
	for _, l := range lines {
		if len([]rune(l)) > 80 {
			t.Errorf("a line wider than 80 columns: %q", l)
		}
	}
}
