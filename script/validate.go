package script

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Validate checks that a parsed script makes sense: names and titles are
// there, step ids are unique, turns have roles and lengths, segments add
// up, warnings are shorter than their turns, choices name existing steps,
// and the planned times add up to the session length. It returns every
// problem it finds, joined, or nil.
func Validate(s *Script) error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if s.Name == "" {
		add("the script has no name (expected name: followed by a short name)")
	}
	if s.Title == "" {
		add("the script has no title")
	}
	if len(s.Steps) == 0 {
		add("the script has no steps")
	}
	seen := map[string]bool{}
	for i, st := range s.Steps {
		where := fmt.Sprintf("step %d", i+1)
		if st.ID != "" {
			where = fmt.Sprintf("step %d (%s)", i+1, st.ID)
		}
		errs = append(errs, validateStep(where, st, seen)...)
	}
	for i, st := range s.Steps {
		if st.Choice != nil {
			errs = append(errs, validateChoice(s, i, st.Choice)...)
		}
	}
	if s.Length > 0 && s.Planned() != s.Length.D() {
		add("the planned times of the steps add up to %s, not the session length of %s",
			Duration(s.Planned()), s.Length)
	}
	return errors.Join(errs...)
}

// validateStep checks one step on its own.
func validateStep(where string, st Step, seen map[string]bool) []error {
	var errs []error
	add := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf(where+": "+format, args...))
	}
	switch {
	case st.ID == "":
		add("no id (expected id: followed by a short name)")
	case seen[st.ID]:
		add("the id %q is used by an earlier step too", st.ID)
	}
	seen[st.ID] = true
	if st.Title == "" {
		add("no title")
	}
	if len(st.Points) == 0 && len(st.Checklist) == 0 && st.Turn == nil && st.Choice == nil {
		add("the step is empty (expected points, a checklist, a turn or a choice)")
	}
	for j, it := range st.Checklist {
		if it.Text == "" {
			add("checklist item %d has no text", j+1)
		}
		if it.Answer != NoAnswer && it.Answer != WarnMinutes {
			add("checklist item %d: unknown answer %q (expected %q)", j+1, it.Answer, WarnMinutes)
		}
	}
	if st.Turn != nil {
		for _, msg := range validateTurn(*st.Turn) {
			add("%s", msg)
		}
	}
	return errs
}

// validateTurn returns what is wrong with a turn, as messages.
func validateTurn(t Turn) []string {
	var msgs []string
	for _, r := range []struct {
		name string
		role Role
	}{{"focuser", t.Focuser}, {"listener", t.Listener}} {
		if r.role != Coach && r.role != Newcomer {
			msgs = append(msgs, fmt.Sprintf("turn %s is %q (expected coach or newcomer)", r.name, r.role))
		}
	}
	if t.Focuser == t.Listener && t.Focuser != "" {
		msgs = append(msgs, "the turn's focuser and listener are the same")
	}
	if t.Length <= 0 {
		msgs = append(msgs, "the turn has no length (expected length: such as 15m)")
	}
	if len(t.Segments) > 0 {
		var sum time.Duration
		for _, d := range t.SegmentLengths() {
			if d <= 0 {
				msgs = append(msgs, "a segment has no length")
			}
			sum += d
		}
		if sum != t.Length.D() {
			msgs = append(msgs, fmt.Sprintf("the segments add up to %s, not the turn length of %s", Duration(sum), t.Length))
		}
	}
	if t.Warn > 0 && t.Warn >= t.Length {
		msgs = append(msgs, fmt.Sprintf("the warning (%s) is not shorter than the turn (%s)", t.Warn, t.Length))
	}
	return msgs
}

// validateChoice checks that a choice's options name steps that exist,
// come after the choice, and list each step once.
func validateChoice(s *Script, at int, c *Choice) []error {
	var errs []error
	where := fmt.Sprintf("step %d (%s): choice", at+1, s.Steps[at].ID)
	if len(c.Options) < 2 {
		errs = append(errs, fmt.Errorf("%s: expected at least two options", where))
	}
	for k, o := range c.Options {
		if o.Label == "" {
			errs = append(errs, fmt.Errorf("%s option %d has no label", where, k+1))
		}
		for _, id := range o.Order {
			i := s.StepIndex(id)
			switch {
			case i < 0:
				errs = append(errs, fmt.Errorf("%s option %d names the step %q, which does not exist", where, k+1, id))
			case i <= at:
				errs = append(errs, fmt.Errorf("%s option %d names the step %q, which does not come after the choice", where, k+1, id))
			}
		}
		if dup := firstDuplicate(o.Order); dup != "" {
			errs = append(errs, fmt.Errorf("%s option %d names the step %q twice", where, k+1, dup))
		}
	}
	return errs
}

// firstDuplicate returns the first string that occurs twice, or "".
func firstDuplicate(ids []string) string {
	for i, id := range ids {
		if slices.Contains(ids[:i], id) {
			return id
		}
	}
	return ""
}
