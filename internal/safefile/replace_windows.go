//go:build windows

package safefile

import (
	"os"
	"path/filepath"

	"partnercoach/internal/paths"
)

// replace writes data to a temporary file next to path, flushes it and
// renames it over path. renameio does not build on Windows; os.Rename
// there replaces the target (MoveFileEx with MOVEFILE_REPLACE_EXISTING).
func replace(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = f.Chmod(paths.FileMode); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
