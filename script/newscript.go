package script

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"

	"partnercoach/internal/paths"
	"partnercoach/internal/shellword"
)

// nameLine matches the line of the script's top-level name.
var nameLine = regexp.MustCompile(`(?m)^name:.*$`)

// New writes a new script of the coach's own, called name, as a copy of
// the script called from (built-in or own), with its name changed. It
// refuses to overwrite a file, and returns the file written.
func New(name, from string) (string, error) {
	if !validName(name) {
		return "", fmt.Errorf("%q is not a script name (expected lower-case letters, digits and '-', such as my-first)", name)
	}
	_, src, err := Source(from)
	if err != nil {
		return "", err
	}
	if err := paths.Ensure(Dir()); err != nil {
		return "", err
	}
	path := filepath.Join(Dir(), name+".yaml")
	return writeNew(path, copyText(src, name, from, path))
}

// copyText is the text of a script copied from another: a comment saying
// so, then the text with its name changed.
func copyText(src []byte, name, from, path string) []byte {
	head := fmt.Sprintf("# %s: a script of your own, copied from %s. Check it after each edit with\n"+
		"#   partnercoach script check %s\n#\n", name, from, shellword.Quote(path, "FILE"))
	if !nameLine.Match(src) {
		head += "name: " + name + "\n"
	}
	return append([]byte(head), nameLine.ReplaceAllLiteral(src, []byte("name: "+name))...)
}

// writeNew writes a file private to the coach, refusing to overwrite one.
func writeNew(path string, data []byte) (string, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, paths.FileMode)
	if errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("%s already exists (expected a new name; edit that file, or remove it first)", path)
	}
	if err != nil {
		return "", fmt.Errorf("cannot write the new script: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("cannot write %s: %w", path, err)
	}
	return path, nil
}
