package script

import (
	"fmt"
	"strings"
)

// validate checks what a script that has been read means: its name, title
// and length, each step, the cards, and that the planned times add up.
// Parts that could not be read were reported already and are left alone.
func (c *checker) validate(s *Script) {
	c.stepAt, c.knownCards = map[string]int{}, map[string]bool{}
	for i, st := range s.Steps {
		if _, ok := c.stepAt[st.ID]; !ok {
			c.stepAt[st.ID] = i
		}
	}
	for _, cd := range s.AllCards() {
		c.knownCards[cd.ID] = true
	}
	c.checkHead(s)
	c.checkKind(s)
	c.checkSteps(s)
	c.checkAnswerTargets(s)
	c.checkCards(s)
	c.checkPlanned(s)
}

// checkHead checks the keys at the top of the script.
func (c *checker) checkHead(s *Script) {
	switch {
	case s.Name == "" && !c.bad["name"]:
		c.add("", "the script has no name (expected name: followed by a short name such as my-first)")
	case s.Name != "" && !validName(s.Name):
		c.add("name", "name: %q is not a script name (expected lower-case letters, digits and '-', such as my-first)", s.Name)
	}
	if s.Title == "" && !c.bad["title"] {
		c.add("", "the script has no title (expected title: followed by the title shown at the top of the screen)")
	}
	if _, given := c.pos["length"]; s.Length == 0 && !c.bad["length"] {
		if given {
			c.add("length", "length: expected the length of the whole session, more than none, such as 50m")
		} else {
			c.add("", "the script has no length (expected length: followed by the length of the whole session, such as 50m)")
		}
	}
	if len(s.Steps) == 0 && !c.bad["steps"] {
		c.add("steps", "the script has no steps (expected steps: followed by a list of steps)")
	}
}

// checkPlanned checks that the planned times of the steps add up to the
// length of the session.
func (c *checker) checkPlanned(s *Script) {
	if s.Length == 0 || c.bad["length"] {
		return
	}
	for i := range s.Steps {
		p := index("steps", i)
		if t := child(p, "turn"); c.bad[p] || c.bad[child(p, "time")] || c.bad[t] || c.bad[child(t, "length")] {
			return // a time that could not be read: the sum means nothing
		}
	}
	if s.Planned() != s.Length.D() {
		c.add("length", "the planned times of the steps add up to %s, not the length of %s (expected them to add up to length)",
			Duration(s.Planned()), s.Length)
	}
}

// checkSteps checks each step, and that no two steps share an id.
func (c *checker) checkSteps(s *Script) {
	first := map[string]int{}
	for i, st := range s.Steps {
		p := index("steps", i)
		if c.bad[p] {
			continue
		}
		if j, ok := first[st.ID]; ok && st.ID != "" {
			c.add(child(p, "id"), "the id %q is already used by the step on line %d (expected each step to have an id of its own)",
				st.ID, c.line(index("steps", j)))
		} else {
			first[st.ID] = i
		}
		c.checkStep(s, i)
	}
}

// checkStep checks one step on its own.
func (c *checker) checkStep(s *Script, i int) {
	p, st := index("steps", i), s.Steps[i]
	empty := len(st.Points) == 0 && len(st.Checklist) == 0 && st.Turn == nil && st.Choice == nil
	if empty && st.ID == "" && st.Title == "" && !c.badUnder(p) {
		c.add(p, "this step is empty (expected id:, title: and points, a checklist, a turn or a choice)")
		return
	}
	if st.ID == "" && !c.bad[child(p, "id")] {
		c.add(p, "this step has no id (expected id: followed by a short name, unique in the script)")
	}
	if st.Title == "" && !c.bad[child(p, "title")] {
		c.add(p, "this step has no title (expected title: followed by what the agenda shows)")
	}
	if empty && !c.badUnder(p) {
		c.add(p, "the step %q has nothing in it (expected points, a checklist, a turn or a choice)", st.ID)
	}
	c.checkPoints(p, st)
	if st.Turn != nil {
		c.checkTurn(child(p, "turn"), *st.Turn)
		c.checkStepTime(p, st)
	}
	if st.Choice != nil {
		c.checkChoice(s, i)
	}
	c.checkStepCards(s, i)
}

// checkPoints checks that talking points and checklist items have text, and
// that answers are of a known kind.
func (c *checker) checkPoints(p string, st Step) {
	for j, pt := range st.Points {
		if q := index(child(p, "points"), j); strings.TrimSpace(pt) == "" && !c.bad[q] {
			c.add(q, "%s: empty (expected a line of text)", describe(q))
		}
	}
	for j, it := range st.Checklist {
		q := index(child(p, "checklist"), j)
		if strings.TrimSpace(it.Text) == "" && !c.badUnder(q) {
			c.add(q, "%s: no text (expected the text of the item)", describe(q))
		}
		if it.Answer != NoAnswer && it.Answer != WarnMinutes && it.Answer != TextAnswer {
			c.add(child(q, "answer"), "answer: %q is not a kind of answer (expected %s or %s)", it.Answer, WarnMinutes, TextAnswer)
		}
	}
}

// checkTurn checks a timed turn at path: its roles, length, segments and
// warning.
func (c *checker) checkTurn(path string, t Turn) {
	c.checkRoles(path, t)
	lengthOK := t.Length > 0
	if lp := child(path, "length"); t.Length == 0 && !c.bad[lp] {
		if _, given := c.pos[lp]; given {
			c.fail(lp, "length: expected the length of the turn, more than none, such as 15m")
		} else {
			c.add(path, "this turn has no length (expected length: such as 15m)")
		}
	}
	if lengthOK && len(t.Segments) > 0 && !c.badUnder(child(path, "segments")) {
		c.checkSegments(path, t)
	}
	if lengthOK && t.Warn >= t.Length {
		c.add(child(path, "warn"), "warn: %s is not shorter than the turn's length of %s (expected a warning that comes before the end, such as 2m)",
			t.Warn, t.Length)
	}
}

// checkRoles checks that one role focuses and the other listens, both of
// them roles of the script's kind.
func (c *checker) checkRoles(path string, t Turn) {
	a, b := c.kind.Roles()
	for _, r := range []struct {
		key  string
		role Role
	}{{"focuser", t.Focuser}, {"listener", t.Listener}} {
		switch q := child(path, r.key); {
		case c.bad[q]:
		case r.role == "":
			c.add(path, "this turn has no %s (expected %s: %s or %s: %s)", r.key, r.key, a, r.key, b)
		case r.role != a && r.role != b:
			c.add(q, "%s: %q is not a role%s (expected %s or %s)", r.key, r.role, c.kind.roleHint(r.role), a, b)
		}
	}
	if t.Focuser == t.Listener && (t.Focuser == a || t.Focuser == b) {
		c.add(child(path, "listener"), "listener: the %s is the focuser too (expected one of %s and %s to focus and the other to listen)", t.Listener, a, b)
	}
}

// maxSegments bounds the segments of one turn: a turn is split into a
// few parts at most, and a bound keeps their sum far from overflowing.
const maxSegments = 60

// checkSegments checks that a turn's segments have lengths that add up to
// the turn's, and that there are not too many of them.
func (c *checker) checkSegments(path string, t Turn) {
	p := child(path, "segments")
	if len(t.Segments) > maxSegments {
		c.add(index(p, maxSegments), "segments: there are %d (expected at most %d segments in a turn)", len(t.Segments), maxSegments)
		return
	}
	var sum Duration
	for k, d := range t.Segments {
		if d <= 0 {
			c.add(index(p, k), "%s: expected a length greater than zero, such as 5m", describe(index(p, k)))
		}
		sum += d
	}
	if sum != t.Length {
		c.add(p, "segments: they add up to %s, not the turn's length of %s (expected them to add up to length)", sum, t.Length)
	}
}

// checkStepTime checks that a step with a turn plans at least the turn's
// time: the turn runs its whole length whatever the step plans.
func (c *checker) checkStepTime(p string, st Step) {
	if st.Turn == nil || st.Time == 0 || st.Turn.Length == 0 || st.Time >= st.Turn.Length {
		return
	}
	c.add(child(p, "time"), "time: %s is shorter than the turn's length of %s (expected at least the turn's length, or no time: to plan just the turn)",
		st.Time, st.Turn.Length)
}

// validName reports whether a script name is made of lower-case letters,
// digits and '-', starting with a letter or digit.
func validName(name string) bool {
	if name == "" || name[0] == '-' || len(name) > 64 {
		return false
	}
	for _, r := range name {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			return false
		}
	}
	return true
}

// joinIDs lists ids for a message, or says there are none. Past maxNamed
// ids it says there are more.
func joinIDs(ids []string) string {
	switch {
	case len(ids) == 0:
		return "there are none"
	case len(ids) > maxNamed:
		return fmt.Sprintf("one of %s, ...", strings.Join(ids[:maxNamed], ", "))
	}
	return fmt.Sprintf("one of %s", strings.Join(ids, ", "))
}
