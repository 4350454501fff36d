package main

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// archived is a file or folder in a release archive.
type archived struct {
	name  string
	mtime time.Time
	data  []byte
}

// readArchive reads every entry of a .tar.gz or a .zip, with its content.
func readArchive(name string) ([]archived, error) {
	if strings.HasSuffix(name, ".zip") {
		return readZip(name)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	entries, err := readTarGz(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make([]archived, len(entries))
	for i, e := range entries {
		out[i] = archived{name: e.header.Name, mtime: e.header.ModTime, data: e.data}
	}
	return out, nil
}

func readZip(name string) ([]archived, error) {
	z, err := zip.OpenReader(name)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	var out []archived
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", name, f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", name, f.Name, err)
		}
		out = append(out, archived{name: f.Name, mtime: f.Modified, data: data})
	}
	return out, nil
}

// member returns the content of the entry of that name.
func member(entries []archived, name string) ([]byte, error) {
	for _, e := range entries {
		if e.name == name {
			return e.data, nil
		}
	}
	return nil, fmt.Errorf("no %s", name)
}
