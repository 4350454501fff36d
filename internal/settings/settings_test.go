package settings

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/fees"
)

func TestDefault(t *testing.T) {
	want := Settings{
		Warn:        2 * time.Minute,
		Notify:      true,
		Silent:      false,
		Fees:        fees.Fees{First: 2500, Later: 5000},
		Coach:       "",
		Script:      "first",
		Colours:     ColoursAuto,
		WindowTitle: true,
		Progress:    ProgressAuto,
	}
	if got := Default(); got != want {
		t.Fatalf("Default() = %+v, want %+v", got, want)
	}
}

func TestPathFollowsXDGConfigHome(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	if got, want := Path(), filepath.Join(dir, "partnercoach", "settings.yaml"); got != want {
		t.Fatalf("Path() = %q, want %q", got, want)
	}
	other := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", other)
	if got := Path(); !strings.HasPrefix(got, other) {
		t.Fatalf("Path() = %q after XDG_CONFIG_HOME changed to %q", got, other)
	}
}

// writeSettings puts a settings file with the given text at Path, under a
// temporary XDG_CONFIG_HOME.
func writeSettings(t *testing.T, text string) string {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if err := os.MkdirAll(filepath.Dir(Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(Path(), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return Path()
}

func TestLoadMissingFileGivesDefaults(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	s, err := Load()
	if err != nil || s != Default() {
		t.Fatalf("Load() = %+v, %v; want the defaults and no error", s, err)
	}
}

func TestLoadEmptyFileGivesDefaults(t *testing.T) {
	writeSettings(t, "")
	s, err := Load()
	if err != nil || s != Default() {
		t.Fatalf("Load() = %+v, %v; want the defaults and no error", s, err)
	}
}

func TestLoadReadsTheFile(t *testing.T) {
	writeSettings(t, "warn: 3m\ncoach: Ann\n")
	s, err := Load()
	want := Default()
	want.Warn, want.Coach = 3*time.Minute, "Ann"
	if err != nil || s != want {
		t.Fatalf("Load() = %+v, %v; want %+v", s, err, want)
	}
}

func TestLoadNamesTheFileInProblems(t *testing.T) {
	path := writeSettings(t, "warn: soon\n")
	_, err := Load()
	want := path + `:1:7: warn: expected a duration such as 2m or 90s, got "soon"`
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].String() != want {
		t.Fatalf("Load() error = %v, want the one problem %q", err, want)
	}
}

// A warning lead of more than a day is refused, as in a script: the
// settings' warn is checked by the same rule (script.CheckWarn).
func TestLoadRefusesAWarnOfMoreThanADay(t *testing.T) {
	path := writeSettings(t, "warn: 25h\n")
	_, err := Load()
	want := path + `:1:7: warn: expected a warning lead of at most a day, such as 2m or 90s, got 25h`
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].String() != want {
		t.Fatalf("Load() error = %v, want the one problem %q", err, want)
	}
}

func TestLoadUnreadableFile(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if err := os.MkdirAll(Path(), 0o700); err != nil { // a directory where the file should be
		t.Fatal(err)
	}
	_, err := Load()
	if err == nil || !strings.HasPrefix(err.Error(), "cannot read the settings file: ") {
		t.Fatalf("Load() error = %v, want one saying the file cannot be read", err)
	}
}
