package e2e

import (
	"os"
	"path/filepath"
)

// HomeEnv returns an environment whose home and XDG folders all lie under
// dir, so that a program a test starts never reads or writes the real
// ones, and whose clock keeps UTC, so that no answer depends on the
// machine's zone. It holds the PATH of the test and nothing else.
func HomeEnv(dir string) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"TZ=UTC",
		"HOME=" + dir,
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_STATE_HOME=" + filepath.Join(dir, "state"),
	}
}
