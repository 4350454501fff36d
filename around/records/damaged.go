package records

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"partnercoach/internal/jsonfile"
	"partnercoach/internal/paths"
	"partnercoach/internal/safefile"
)

// now is the clock that stamps the names of moved-aside files; tests
// replace it.
var now = time.Now

// MoveAside moves a damaged file into DamagedDir and records where it
// went in p, or why it could not be moved.
func MoveAside(p *jsonfile.Problem) {
	to, err := moveIntoDamaged(p.Path)
	if err != nil {
		p.Msg += fmt.Sprintf(" (it could not be moved aside: %v)", err)
		return
	}
	p.MovedTo = to
}

// moveIntoDamaged moves a file into DamagedDir under its own name with the
// time and, if needed, a counter added: "NAME.20261122-153000.json", then
// "NAME.20261122-153000-2.json". It never replaces a file already there.
// The data folder, the records folder and DamagedDir are made private
// (0700) on the way, whatever mode they had.
func moveIntoDamaged(path string) (string, error) {
	dir := DamagedDir()
	for _, d := range []string{paths.DataDir(), Dir(), dir} {
		if err := paths.Ensure(d); err != nil {
			return "", err
		}
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(filepath.Base(path), ext) + "." + now().Format("20060102-150405")
	return safefile.MoveNoReplace(path, func(n int) string {
		if n > 1 {
			return filepath.Join(dir, fmt.Sprintf("%s-%d%s", stem, n, ext))
		}
		return filepath.Join(dir, stem+ext)
	})
}

// staleAge is how old a temporary file of a record must be before it is
// taken for a leftover: a write in progress takes milliseconds.
const staleAge = time.Minute

// CleanTemps removes the temporary files of record writes in the records
// folder that are older than staleAge, as of now: those a process killed
// mid-write left behind, which hold session content. It returns their
// paths.
func CleanTemps(now time.Time) ([]string, error) {
	return safefile.RemoveTemps(Dir(), func(name string, info fs.FileInfo) bool {
		target, ok := safefile.TempTarget(name)
		return ok && idRE.MatchString(target) && now.Sub(info.ModTime()) > staleAge
	})
}
