package script

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed builtin/*.yaml
var builtinFS embed.FS

// BuiltinNames lists the names of the built-in scripts, in the order they
// are offered: the first session, the later sessions, then any others.
func BuiltinNames() []string {
	entries, _ := builtinFS.ReadDir("builtin")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	rank := map[string]int{"first": 0, "followup": 1}
	sort.SliceStable(names, func(i, j int) bool {
		ri, ok := rank[names[i]]
		if !ok {
			ri = len(rank)
		}
		rj, ok := rank[names[j]]
		if !ok {
			rj = len(rank)
		}
		return ri < rj || ri == rj && names[i] < names[j]
	})
	return names
}

// BuiltinSource returns the file text of a built-in script.
func BuiltinSource(name string) ([]byte, error) {
	b, err := builtinFS.ReadFile("builtin/" + name + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("no built-in script is called %q (the built-in scripts are: %s)",
			name, strings.Join(BuiltinNames(), ", "))
	}
	return b, nil
}

// Builtin reads and checks a built-in script.
func Builtin(name string) (*Script, error) {
	src, err := BuiltinSource(name)
	if err != nil {
		return nil, err
	}
	s, err := Load(name+".yaml", src)
	if err != nil {
		return nil, fmt.Errorf("built-in script %s: %w", name, err)
	}
	return s, nil
}
