package safefile

import (
	"fmt"
	"os"
	"path/filepath"

	"partnercoach/internal/paths"
	"partnercoach/internal/regular"
)

// WriteFile writes data to path atomically: to a temporary file in the
// same folder, flushed to disk, then renamed over path. A reader sees the
// old content or the new, never part of either, whatever happens to the
// process. The file is made mode 0600 whatever its mode was before, and
// its folder, with any missing parents, is created or narrowed to 0700.
// It is meant for the files partnercoach keeps and reads back with Read,
// so it refuses data larger than MaxSize, leaving the file as it was,
// rather than write what it could not read again; use WritePrivate for a
// file somewhere the coach chose.
func WriteFile(path string, data []byte) error {
	if len(data) > MaxSize {
		return fmt.Errorf("cannot write %s: it would be larger than %d MB, the most partnercoach reads back; nothing was changed", path, MaxSize>>20)
	}
	if err := paths.Ensure(filepath.Dir(path)); err != nil {
		return err
	}
	return WritePrivate(path, data)
}

// WritePrivate writes data atomically to a file of mode 0600, as
// WriteFile does, in a folder that must already exist and whose mode it
// leaves as it is.
func WritePrivate(path string, data []byte) error {
	if info, err := os.Lstat(path); err == nil && info.IsDir() {
		// A rename cannot replace a folder; say so rather than the system's
		// "file exists".
		return fmt.Errorf("cannot write %s: it is %s, not a file; move it away", path, regular.Kind(info.Mode()))
	}
	if err := replace(path, data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
