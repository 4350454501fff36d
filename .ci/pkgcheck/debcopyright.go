package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// copyrightPath is where a .deb keeps its copyright file.
const copyrightPath = "./usr/share/doc/" + project + "/copyright"

// paragraphs splits a file in Debian's control format into paragraphs,
// each a map of its fields; a field's continuation lines are joined to
// its value with newlines, without their leading space.
func paragraphs(text string) []map[string]string {
	var out []map[string]string
	var cur map[string]string
	last := ""
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			cur, last = nil, ""
		case line[0] == ' ' || line[0] == '\t':
			if cur != nil && last != "" {
				cur[last] += "\n" + strings.TrimPrefix(line[1:], ".")
			}
		default:
			if cur == nil {
				cur = map[string]string{}
				out = append(out, cur)
			}
			name, value, _ := strings.Cut(line, ":")
			last = name
			cur[name] = strings.TrimSpace(value)
		}
	}
	return out
}

// copyrightModules reads the modules a Debian copyright file written by
// pkgdocs covers: for each Files paragraph but partnercoach's own, the
// first line of its comment, in which pkgdocs names the module as "go
// version -m" does; "go" and the version for Go's own paragraph. It
// fails on a paragraph without a licence or a copyright holder.
func copyrightModules(text string) ([]string, error) {
	var out []string
	paras := paragraphs(text)
	if len(paras) == 0 || !strings.HasPrefix(paras[0]["Format"], "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0") {
		return nil, fmt.Errorf("not in Debian's machine-readable format (no Format field first)")
	}
	for _, p := range paras[1:] {
		files, ok := p["Files"]
		if !ok {
			continue
		}
		if p["License"] == "" || p["Copyright"] == "" {
			return nil, fmt.Errorf("the paragraph of %s lacks its License or Copyright", files)
		}
		if files == "*" {
			continue
		}
		comment, _, _ := strings.Cut(p["Comment"], "\n")
		if files == "go/*" {
			v := strings.TrimSuffix(comment[strings.LastIndex(comment, " ")+1:], ".")
			comment = "go " + v
		}
		out = append(out, comment)
	}
	return out, nil
}

// checkDebCopyright checks that the copyright file of the .deb for one
// architecture covers exactly the modules its binary records.
func checkDebCopyright(r *release, arch string) error {
	name := fmt.Sprintf("%s_%s_linux_%s.deb", project, r.version, arch)
	members, err := readDeb(filepath.Join(r.dist, name))
	if err != nil {
		return err
	}
	data, err := debMember(members, "data.tar.gz")
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	entries, err := readTarGz(data.data)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	bin, err1 := tarFile(entries, "./usr/bin/"+project)
	text, err2 := tarFile(entries, copyrightPath)
	if err := firstError(err1, err2); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	linked, err := linkedModules(bin)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	covered, err := copyrightModules(string(text))
	if err != nil {
		return fmt.Errorf("%s: %s: %w", name, copyrightPath, err)
	}
	if err := sameModules(name+": "+copyrightPath, covered, linked); err != nil {
		return err
	}
	fmt.Printf("licences %-8s %s covers the %d modules its binary records, Go included\n", "deb "+arch, copyrightPath, len(covered))
	return nil
}
