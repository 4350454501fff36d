package script

import (
	"slices"

	"github.com/goccy/go-yaml/ast"
)

// This file holds what lets a script plan a peer session between two
// Focusing partners as well as a coaching session: the script's kind and
// the roles that go with it, answers meant for one named turn, and choice
// options that set the length of turns.

// Kind is what kind of session a script plans.
type Kind string

// The kinds of session a script may plan.
const (
	// Coaching is a session of a coach with a newcomer; a script that
	// gives no kind is one.
	Coaching Kind = "coaching"
	// Peer is a session between two partners, with no coach: it is not a
	// coaching session, has no newcomer and no fee.
	Peer Kind = "peer"
	// Client is a coaching session outside Focusing partnership coaching,
	// such as one in the ICF style: a coach with a client, whose turns
	// name coach and client. It screens nobody for the partnership pool.
	Client Kind = "client"
)

// The two roles of a peer session.
const (
	PartnerA Role = "partner-a"
	PartnerB Role = "partner-b"
)

// Roles returns the two roles the turns of a script of this kind name.
func (k Kind) Roles() (Role, Role) {
	switch k {
	case Peer:
		return PartnerA, PartnerB
	case Client:
		return Coach, ClientRole
	}
	return Coach, Newcomer
}

// roleHint says, after "is not a role", what a role of the other kind of
// script is doing in a script of this kind, or nothing.
func (k Kind) roleHint(r Role) string {
	switch {
	case k != Peer && (r == PartnerA || r == PartnerB):
		return " of a coaching script; partner-a and partner-b are the roles of a script with kind: peer"
	case k == Peer && (r == Coach || r == Newcomer || r == ClientRole):
		return " of a peer script, which has two partners and no coach"
	case k == Client && r == Newcomer:
		return " of a client script; a script with kind: client has a coach and a client"
	case k != Client && r == ClientRole:
		return " of a newcomer's session; client is the role of a script with kind: client"
	}
	return ""
}

// Peer reports whether the script plans a peer session between two
// partners: a session that is not coaching, with no newcomer and no fee.
func (s *Script) Peer() bool { return s.Kind == Peer }

// ForClient reports whether the script plans a coaching session with a
// client, outside Focusing partnership coaching (kind: client).
func (s *Script) ForClient() bool { return s.Kind == Client }

// checkKind checks the script's kind and keeps it for the checks of the
// turns' roles; a kind that is not known is checked as coaching.
func (c *checker) checkKind(s *Script) {
	c.kind = Coaching
	switch s.Kind {
	case "", Coaching:
	case Peer, Client:
		c.kind = s.Kind
	default:
		if !c.bad["kind"] {
			c.add("kind", "kind: %q is not a kind of script (expected %s, %s or %s)", s.Kind, Coaching, Client, Peer)
		}
	}
}

// readLengths reads the lengths an option sets: step ids, each with the
// length its turn then has. An empty mapping ("lengths: {}") sets none, and
// reads as no lengths at all, as Encode leaves it out.
func (c *checker) readLengths(path string, n ast.Node) map[string]Duration {
	if n = c.enter(path, n); n == nil {
		return nil
	}
	m, ok := n.(ast.MapNode)
	if !ok {
		c.fail(path, "lengths: expected the ids of steps with turns, each with a length (lines of id: length, such as a-turn: 20m), got %s", kind(n))
		return nil
	}
	out := map[string]Duration{}
	for it := m.MapRange(); it.Next(); {
		kv := it.KeyValue()
		id := keyText(kv.Key)
		p := child(path, id)
		c.note(p, kv.Key)
		out[id] = c.duration(p, kv.Value)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// checkLengths checks the lengths an option of the choice at index at
// sets: each names a step with a turn after the choice, not in segments,
// and gives it a length longer than its warning.
func (c *checker) checkLengths(s *Script, at int, path string, lengths map[string]Duration) {
	ids := make([]string, 0, len(lengths))
	for id := range lengths {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		p, d := child(path, id), lengths[id]
		if c.bad[p] {
			continue
		}
		i, ok := c.stepAt[id]
		later := turnStepsAfter(s, at)
		switch {
		case !ok:
			c.add(p, "lengths: there is no step with the id %q%s (expected a step with a turn after this choice: %s)",
				id, didYouMean(nearest(id, later)), joinIDs(later))
		case i <= at:
			c.add(p, "lengths: the step %q comes before this choice (expected a step with a turn after it: %s)", id, joinIDs(later))
		case s.Steps[i].Turn == nil:
			c.add(p, "lengths: the step %q has no turn (expected a step with a turn after this choice: %s)", id, joinIDs(later))
		case d <= 0:
			c.add(p, "lengths: %s: expected a length greater than zero, such as 20m", id)
		case len(s.Steps[i].Turn.Segments) > 0:
			c.add(p, "lengths: the turn of the step %q is in segments, which fix its length (expected a turn without segments)", id)
		case s.Steps[i].Turn.Warn >= d:
			c.add(p, "lengths: %s is not longer than the warning of %s, %s (expected a length longer than the turn's warn)",
				d, id, s.Steps[i].Turn.Warn)
		}
	}
}

// turnStepsAfter returns the ids of the steps with turns after the one at
// index at, up to one more than a message lists.
func turnStepsAfter(s *Script, at int) []string {
	var ids []string
	for _, st := range s.Steps[at+1:] {
		if len(ids) > maxNamed {
			break
		}
		if st.Turn != nil && st.ID != "" && !slices.Contains(ids, st.ID) {
			ids = append(ids, st.ID)
		}
	}
	return ids
}

// checkAnswerTargets checks the for: of each checklist item: only an item
// that takes an answer has one, and it names a step with a turn. In a peer
// script a warning-minutes item must have one, as no newcomer's turn is
// there to take the warning.
func (c *checker) checkAnswerTargets(s *Script) {
	turns := turnStepsAfter(s, -1)
	for i, st := range s.Steps {
		for j, it := range st.Checklist {
			q := index(child(index("steps", i), "checklist"), j)
			fp := child(q, "for")
			switch k, ok := c.stepAt[it.For]; {
			case c.bad[q] || c.bad[fp] || c.bad[child(q, "answer")]:
			case it.For == "":
				if it.Answer == WarnMinutes && c.kind == Peer {
					c.add(child(q, "answer"), "answer: %s in a peer script has no for: (expected for: followed by the id of the step whose turn the warning is for)", WarnMinutes)
				}
			case it.Answer == NoAnswer:
				c.add(fp, "for: an item without an answer is for no turn (expected answer: %s or answer: %s with it)", WarnMinutes, TextAnswer)
			case !ok:
				c.add(fp, "for: there is no step with the id %q%s (expected a step with a turn: %s)",
					it.For, didYouMean(nearest(it.For, turns)), joinIDs(turns))
			case s.Steps[k].Turn == nil:
				c.add(fp, "for: the step %q has no turn (expected a step with a turn: %s)", it.For, joinIDs(turns))
			}
		}
	}
}
