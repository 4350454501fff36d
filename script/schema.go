package script

import "github.com/goccy/go-yaml/ast"

// The readers below give, for each part of a script, the keys it may hold
// and how each value is read. They follow the yaml tags of the types in
// script.go and card.go.

// readScript reads the whole script from the root of the file.
func (c *checker) readScript(n ast.Node) *Script {
	s := &Script{}
	if n = c.enter("", n); n == nil {
		return s
	}
	if _, ok := n.(ast.MapNode); !ok {
		if m := scalarNoSpace(n); m != "" {
			c.fail("", "%s", m)
			return nil
		}
		c.fail("", "expected a script: lines of key: value starting with name:, title:, length: and steps:, got %s", kind(n))
		return nil
	}
	c.mapping("", n, "the script",
		field{"name", func(p string, v ast.Node) { s.Name = c.text(p, v) }},
		field{"title", func(p string, v ast.Node) { s.Title = c.text(p, v) }},
		field{"summary", func(p string, v ast.Node) { s.Summary = c.textBlock(p, v) }},
		field{"kind", func(p string, v ast.Node) { s.Kind = Kind(c.text(p, v)) }},
		field{"length", func(p string, v ast.Node) { s.Length = c.duration(p, v) }},
		field{"steps", func(p string, v ast.Node) {
			c.list(p, v, func(p string, v ast.Node) { s.Steps = append(s.Steps, c.readStep(p, v)) })
		}},
		field{"cards", func(p string, v ast.Node) {
			c.list(p, v, func(p string, v ast.Node) { s.Cards = append(s.Cards, c.readCard(p, v)) })
		}},
	)
	return s
}

// readStep reads one step.
func (c *checker) readStep(path string, n ast.Node) Step {
	var st Step
	c.mapping(path, n, "a step",
		field{"id", func(p string, v ast.Node) { st.ID = c.text(p, v) }},
		field{"title", func(p string, v ast.Node) { st.Title = c.text(p, v) }},
		field{"time", func(p string, v ast.Node) { st.Time = c.duration(p, v) }},
		field{"points", func(p string, v ast.Node) { st.Points = c.texts(p, v) }},
		field{"checklist", func(p string, v ast.Node) {
			c.list(p, v, func(p string, v ast.Node) { st.Checklist = append(st.Checklist, c.readItem(p, v)) })
		}},
		field{"turn", func(p string, v ast.Node) { st.Turn = c.readTurn(p, v) }},
		field{"choice", func(p string, v ast.Node) { st.Choice = c.readChoice(p, v) }},
		field{"cards", func(p string, v ast.Node) { st.Cards = c.texts(p, v) }},
	)
	return st
}

// texts reads a list of lines of text.
func (c *checker) texts(path string, n ast.Node) []string {
	var out []string
	c.list(path, n, func(p string, v ast.Node) { out = append(out, c.text(p, v)) })
	return out
}

// readItem reads a checklist item: a line of text, or text: and answer:.
func (c *checker) readItem(path string, n ast.Node) Item {
	var it Item
	fields := itemFields(&it, c)
	v := c.enter(path, n)
	m, ok := v.(ast.MapNode)
	if !ok || colonSlip(v) && findField(fields, keyOf(m)) == nil {
		it.Text = c.text(path, v) // a mapping here gets the advice on quotes
		return it
	}
	c.mapping(path, v, "a checklist item", fields...)
	return it
}

// itemFields are the keys of a checklist item written as a mapping.
func itemFields(it *Item, c *checker) []field {
	return []field{
		{"text", func(p string, v ast.Node) { it.Text = c.text(p, v) }},
		{"answer", func(p string, v ast.Node) { it.Answer = Answer(c.text(p, v)) }},
		{"for", func(p string, v ast.Node) { it.For = c.text(p, v) }},
	}
}

// keyOf returns the first key of a mapping, or "".
func keyOf(m ast.MapNode) string {
	if it := m.MapRange(); it.Next() {
		return keyText(it.Key())
	}
	return ""
}

// readTurn reads a timed turn; it returns nil when the value is empty or is
// not a mapping.
func (c *checker) readTurn(path string, n ast.Node) *Turn {
	if n = c.enter(path, n); n == nil {
		return nil
	}
	t := &Turn{}
	ok := c.mapping(path, n, "a turn",
		field{"focuser", func(p string, v ast.Node) { t.Focuser = Role(c.text(p, v)) }},
		field{"listener", func(p string, v ast.Node) { t.Listener = Role(c.text(p, v)) }},
		field{"length", func(p string, v ast.Node) { t.Length = c.duration(p, v) }},
		field{"segments", func(p string, v ast.Node) {
			c.list(p, v, func(p string, v ast.Node) { t.Segments = append(t.Segments, c.duration(p, v)) })
		}},
		field{"warn", func(p string, v ast.Node) { t.Warn = c.warn(p, v) }},
		field{"checkin", func(p string, v ast.Node) { t.CheckIn = c.text(p, v) }},
	)
	if !ok {
		return nil
	}
	return t
}

// readChoice reads a choice; it returns nil when the value is empty or is
// not a mapping.
func (c *checker) readChoice(path string, n ast.Node) *Choice {
	if n = c.enter(path, n); n == nil {
		return nil
	}
	ch := &Choice{}
	ok := c.mapping(path, n, "a choice",
		field{"prompt", func(p string, v ast.Node) { ch.Prompt = c.text(p, v) }},
		field{"options", func(p string, v ast.Node) {
			c.list(p, v, func(p string, v ast.Node) { ch.Options = append(ch.Options, c.readOption(p, v)) })
		}},
	)
	if !ok {
		return nil
	}
	return ch
}

// readOption reads one option of a choice.
func (c *checker) readOption(path string, n ast.Node) Option {
	var o Option
	c.mapping(path, n, "an option",
		field{"label", func(p string, v ast.Node) { o.Label = c.text(p, v) }},
		field{"order", func(p string, v ast.Node) { o.Order = c.texts(p, v) }},
		field{"lengths", func(p string, v ast.Node) { o.Lengths = c.readLengths(p, v) }},
	)
	return o
}

// readCard reads one of the script's own cards.
func (c *checker) readCard(path string, n ast.Node) Card {
	var cd Card
	c.mapping(path, n, "a card",
		field{"id", func(p string, v ast.Node) { cd.ID = c.text(p, v) }},
		field{"title", func(p string, v ast.Node) { cd.Title = c.text(p, v) }},
		field{"text", func(p string, v ast.Node) { cd.Text = c.textBlock(p, v) }},
	)
	return cd
}
