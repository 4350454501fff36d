package settings

import (
	"bytes"
	"fmt"
)

// header opens the settings file that YAML writes.
const header = `# partnercoach settings. A setting left out keeps its default, and a flag
# given on the command line overrides a setting for that run.
`

// YAML writes the settings in the file's format, with a short comment on
// each key. Parse reads them back as they were.
func (s Settings) YAML() []byte {
	var b bytes.Buffer
	b.WriteString(header)
	writeFields(&b, s, fields, "")
	return b.Bytes()
}

// writeFields writes each field's comment and value, fields that hold
// more fields as an indented block.
func writeFields(b *bytes.Buffer, s Settings, fs []field, indent string) {
	for _, f := range fs {
		if indent == "" {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "%s# %s\n", indent, f.comment)
		if f.sub != nil {
			fmt.Fprintf(b, "%s%s:\n", indent, f.name)
			writeFields(b, s, f.sub, indent+"  ")
			continue
		}
		fmt.Fprintf(b, "%s%s: %s\n", indent, f.name, f.write(s))
	}
}
