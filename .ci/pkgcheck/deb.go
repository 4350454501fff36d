package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// arMember is one member of an ar archive, as a .deb is: its name, its
// time and its content.
type arMember struct {
	name  string
	mtime time.Time
	data  []byte
}

// arMagic starts every ar archive.
const arMagic = "!<arch>\n"

// readDeb reads the members of a .deb (debian-binary, control.tar.gz,
// data.tar.gz).
func readDeb(name string) ([]arMember, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte(arMagic)) {
		return nil, fmt.Errorf("%s: not an ar archive", name)
	}
	var out []arMember
	for rest := data[len(arMagic):]; len(rest) > 0; {
		if len(rest) < 60 {
			return nil, fmt.Errorf("%s: a member header is cut short", name)
		}
		h := rest[:60]
		secs, err1 := strconv.ParseInt(strings.TrimSpace(string(h[16:28])), 10, 64)
		size, err2 := strconv.Atoi(strings.TrimSpace(string(h[48:58])))
		if err1 != nil || err2 != nil || size < 0 || 60+size > len(rest) {
			return nil, fmt.Errorf("%s: a member header does not read", name)
		}
		out = append(out, arMember{
			name:  strings.TrimSuffix(strings.TrimSpace(string(h[:16])), "/"),
			mtime: time.Unix(secs, 0),
			data:  rest[60 : 60+size],
		})
		rest = rest[60+size+size%2:] // members are padded to an even length
	}
	return out, nil
}

// debMember returns the member of a .deb with the given name.
func debMember(members []arMember, name string) (arMember, error) {
	for _, m := range members {
		if m.name == name {
			return m, nil
		}
	}
	return arMember{}, fmt.Errorf("no %s in the .deb", name)
}

// tarEntry is a regular file or folder in a tar archive.
type tarEntry struct {
	header *tar.Header
	data   []byte
}

// readTarGz reads every entry of a gzipped tar archive held in memory.
func readTarGz(data []byte) ([]tarEntry, error) {
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	var out []tarEntry
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		body, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		out = append(out, tarEntry{header: h, data: body})
	}
}

// tarFile returns the content of the entry of that name, with or without
// a leading "./".
func tarFile(entries []tarEntry, name string) ([]byte, error) {
	for _, e := range entries {
		if strings.TrimPrefix(e.header.Name, "./") == strings.TrimPrefix(name, "./") {
			return e.data, nil
		}
	}
	return nil, fmt.Errorf("no %s", name)
}
