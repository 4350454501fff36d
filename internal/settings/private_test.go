package settings

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestASettingsFileOthersCanChangeIsRefused: a settings.yaml of mode 0666,
// or one in a config folder others can write to, is refused with what to
// do; on the code before, it was read without a word.
func TestASettingsFileOthersCanChangeIsRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix mode bits")
	}
	home := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", home)
	dir := filepath.Join(home, "partnercoach")
	os.Mkdir(dir, 0o700)
	path := Path()
	os.WriteFile(path, []byte("warn: 3m\n"), 0o600)
	tests := []struct {
		dirMode, fileMode os.FileMode
		want              string
	}{
		{0o700, 0o600, ""},
		{0o755, 0o644, ""},
		{0o700, 0o666, "refusing to read your settings: " + path + " can be changed by other users (mode 0666; expected one only you can change; fix it with: chmod go-w " + path + ")"},
		{0o700, 0o620, "refusing to read your settings: " + path + " can be changed by other users (mode 0620; expected one only you can change; fix it with: chmod go-w " + path + ")"},
		{0o777, 0o600, "refusing to read your settings: " + dir + " can be changed by other users (mode 0777; expected one only you can change; fix it with: chmod go-w " + dir + ")"},
	}
	for _, tc := range tests {
		os.Chmod(dir, tc.dirMode)
		os.Chmod(path, tc.fileMode)
		s, err := Load()
		switch {
		case tc.want == "" && (err != nil || s.Warn.Minutes() != 3):
			t.Errorf("%04o in %04o: %v, %+v", tc.fileMode, tc.dirMode, err, s)
		case tc.want != "" && (err == nil || err.Error() != tc.want):
			t.Errorf("%04o in %04o: %v\nwant %s", tc.fileMode, tc.dirMode, err, tc.want)
		}
	}
}
