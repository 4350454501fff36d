//go:build !windows

package safefile

import (
	"path/filepath"

	"github.com/google/renameio/v2"

	"partnercoach/internal/paths"
)

// replace writes data to a temporary file next to path, fsyncs it and
// renames it over path. The temporary file is made in path's own folder,
// not in TMPDIR, so that session content never lands outside it.
func replace(path string, data []byte) error {
	f, err := renameio.NewPendingFile(path,
		renameio.WithTempDir(filepath.Dir(path)),
		renameio.WithStaticPermissions(paths.FileMode))
	if err != nil {
		return err
	}
	defer f.Cleanup()
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.CloseAtomicallyReplace()
}
