package script

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"partnercoach/internal/paths"
)

// Dir is the folder of the coach's own scripts: "scripts" in partnercoach's
// folder under the XDG config directory. Each script there is a file
// NAME.yaml, run as NAME.
func Dir() string { return filepath.Join(paths.ConfigDir(), "scripts") }

// Entry is one script in the list of those the coach can run.
type Entry struct {
	// Name is what the coach types to run the script.
	Name string
	// Title is the script's title; it is empty when the script fails to
	// check.
	Title string
	// Path is the file of one of the coach's own scripts; it is empty for a
	// built-in script.
	Path string
	// Overridden marks a built-in script whose place one of the coach's own
	// scripts takes; Overrides marks that own script.
	Overridden, Overrides bool
	// Problem is the first problem of an own script that fails to check.
	Problem error
	// Script is the script itself, when it checks.
	Script *Script
}

// Own reports whether the entry is one of the coach's own scripts.
func (e Entry) Own() bool { return e.Path != "" }

// List returns the built-in scripts, in the order they are offered, then
// the coach's own scripts by name. An own script that fails to check is
// listed with its first problem.
func List() ([]Entry, error) {
	own, err := ownScripts()
	if err != nil {
		return nil, err
	}
	mine := map[string]bool{}
	for _, o := range own {
		mine[o.Name] = o.Overrides
	}
	var out []Entry
	for _, name := range BuiltinNames() {
		s, err := Builtin(name)
		e := Entry{Name: name, Overridden: mine[name], Problem: firstProblem(err)}
		if s != nil {
			e.Title, e.Script = s.Title, s
		}
		out = append(out, e)
	}
	return append(out, own...), nil
}

// ownScripts lists the coach's own scripts by name, each read and checked.
// A missing folder holds none.
func ownScripts() ([]Entry, error) {
	if err := checkFolders(); err != nil {
		return nil, err
	}
	files, err := os.ReadDir(Dir())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read your scripts folder: %w", err)
	}
	var out []Entry
	for _, f := range files {
		ext := filepath.Ext(f.Name())
		if f.IsDir() || ext != ".yaml" && ext != ".yml" {
			continue
		}
		out = append(out, ownEntry(strings.TrimSuffix(f.Name(), ext), filepath.Join(Dir(), f.Name())))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// ownEntry reads and checks one of the coach's own scripts for the list.
func ownEntry(name, path string) Entry {
	e := Entry{Name: name, Path: path, Overrides: isBuiltin(name) && filepath.Ext(path) == ".yaml"}
	switch {
	case !validName(name):
		e.Problem = fmt.Errorf("%s: the file's name is not a script name (expected lower-case letters, digits and '-', such as my-first.yaml)", path)
	case filepath.Ext(path) != ".yaml":
		e.Problem = fmt.Errorf("%s: the file ends in .yml (expected %s.yaml, to run it by name)", path, name)
	}
	s, err := LoadFile(path)
	if s != nil {
		e.Title = s.Title
	}
	if e.Problem == nil {
		e.Problem = firstProblem(err)
	}
	if e.Problem == nil {
		e.Script = s
	}
	return e
}

// firstProblem returns the first problem of a Problems error, or the error
// itself.
func firstProblem(err error) error {
	var ps Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		return errors.New(ps[0].String())
	}
	return err
}

// isBuiltin reports whether a built-in script has the name.
func isBuiltin(name string) bool { return slices.Contains(BuiltinNames(), name) }

// IsFile reports whether a script argument names a file rather than a
// script: it holds a path separator or ends in .yaml or .yml.
func IsFile(arg string) bool {
	return strings.ContainsRune(arg, '/') || strings.ContainsRune(arg, filepath.Separator) ||
		strings.HasSuffix(arg, ".yaml") || strings.HasSuffix(arg, ".yml")
}

// LoadFile reads and checks the script in a file, as Load does. A file in
// the coach's scripts folder must also have the name of its file.
func LoadFile(path string) (*Script, error) {
	name := libraryName(path)
	if name != "" {
		if err := checkFolders(); err != nil {
			return nil, err
		}
	}
	data, err := readFile(path)
	var ps Problems
	switch {
	case errors.As(err, &ps):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("cannot read the script: %w", err)
	}
	return loadNamed(path, data, name)
}

// libraryName returns the name a file in the coach's scripts folder is run
// by, or "" for a file elsewhere.
func libraryName(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil || filepath.Dir(abs) != filepath.Clean(Dir()) {
		return ""
	}
	return strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
}

// Find reads and checks the script of a name: the coach's own script of
// that name if there is one, else the built-in one.
func Find(name string) (*Script, error) {
	file, data, err := Source(name)
	if err != nil {
		return nil, err
	}
	if file == "" {
		return Builtin(name)
	}
	return loadNamed(file, data, name)
}

// Source returns the file text of the script of a name, and its file for
// one of the coach's own scripts ("" for a built-in one).
func Source(name string) (file string, data []byte, err error) {
	if validName(name) {
		if err := checkFolders(); err != nil {
			return "", nil, err
		}
		file = filepath.Join(Dir(), name+".yaml")
		data, err = readFile(file)
		if err == nil {
			return file, data, nil
		}
		var ps Problems
		switch {
		case errors.As(err, &ps):
			return "", nil, err
		case !errors.Is(err, fs.ErrNotExist):
			return "", nil, fmt.Errorf("cannot read your script %s: %w", name, err)
		}
	}
	data, err = BuiltinSource(name)
	if err != nil {
		return "", nil, fmt.Errorf("%w, and none of your own scripts in %s is called %q", err, Dir(), name)
	}
	return "", data, nil
}

// Names lists the names a script can be run by: the built-in scripts, and
// the coach's own, an own script that fails to check too (running it says
// why).
func Names() (builtin, own []string, err error) {
	entries, err := List()
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		switch {
		case e.Own() && !slices.Contains(own, e.Name):
			own = append(own, e.Name)
		case !e.Own():
			builtin = append(builtin, e.Name)
		}
	}
	return builtin, own, nil
}

// Choices names, for a message, the scripts that Names lists: "the
// built-in first, followup, coaching, partnership, or one of yours in
// DIR: mine" (or "; none of your own yet in DIR").
func Choices(builtin, own []string) string {
	s := "the built-in " + strings.Join(builtin, ", ")
	if len(own) == 0 {
		return s + "; none of your own yet in " + Dir()
	}
	return s + ", or one of yours in " + Dir() + ": " + strings.Join(own, ", ")
}
