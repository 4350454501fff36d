package script

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// peerScript is a valid peer script that uses kind:, for: and lengths:.
// The cases of TestPeerScriptProblems change one line of it.
const peerScript = `name: peer
kind: peer
title: Two partners
length: 44m
steps:
  - id: pick
    title: How long?
    time: 1m
    choice:
      prompt: How long is each turn?
      options:
        - label: Twenty
          lengths:
            a-turn: 20m
            b-turn: 20m
        - label: Twenty-five
          lengths: {a-turn: 25m, b-turn: 25m}
  - id: ask
    title: Questions
    time: 1m
    checklist:
      - Can you hear me?
      - text: Minutes?
        answer: warning-minutes
        for: a-turn
      - text: What would you like?
        answer: text
        for: a-turn
  - id: a-turn
    title: A focuses
    turn:
      focuser: partner-a
      listener: partner-b
      length: 20m
  - id: b-turn
    title: B focuses
    turn:
      focuser: partner-b
      listener: partner-a
      length: 20m
      warn: 1m
  - id: bye
    title: Next time
    time: 2m
    points: [Agree the next time]
`

func TestPeerScriptReads(t *testing.T) {
	s, err := Load("peer.yaml", []byte(peerScript))
	if err != nil {
		t.Fatal(err)
	}
	if s.Kind != Peer || !s.Peer() {
		t.Errorf("kind = %q, Peer() = %v; want peer, true", s.Kind, s.Peer())
	}
	m := func(n int) Duration { return Duration(time.Duration(n) * time.Minute) }
	wantLengths := []map[string]Duration{{"a-turn": m(20), "b-turn": m(20)}, {"a-turn": m(25), "b-turn": m(25)}}
	for k, o := range s.Steps[0].Choice.Options {
		if !reflect.DeepEqual(o.Lengths, wantLengths[k]) {
			t.Errorf("option %d lengths = %v, want %v", k, o.Lengths, wantLengths[k])
		}
	}
	wantItems := []Item{{Text: "Can you hear me?"}, {Text: "Minutes?", Answer: WarnMinutes, For: "a-turn"},
		{Text: "What would you like?", Answer: TextAnswer, For: "a-turn"}}
	if got := s.Steps[1].Checklist; !reflect.DeepEqual(got, wantItems) {
		t.Errorf("checklist = %#v, want %#v", got, wantItems)
	}
	if name := s.Steps[2].Turn.Name(); name != "Partner A's turn" {
		t.Errorf("turn name = %q, want Partner A's turn", name)
	}
}

// TestPeerScriptProblems changes one line of peerScript at a time and
// checks the exact report, each problem at its line and column.
func TestPeerScriptProblems(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		want           []string
	}{
		{"unknown kind", "kind: peer", "kind: pair",
			[]string{`peer.yaml:2:7: kind: "pair" is not a kind of script (expected coaching, client or peer)`,
				`peer.yaml:32:16: focuser: "partner-a" is not a role of a coaching script; partner-a and partner-b are the roles of a script with kind: peer (expected coach or newcomer)`,
				`peer.yaml:33:17: listener: "partner-b" is not a role of a coaching script; partner-a and partner-b are the roles of a script with kind: peer (expected coach or newcomer)`,
				`peer.yaml:38:16: focuser: "partner-b" is not a role of a coaching script; partner-a and partner-b are the roles of a script with kind: peer (expected coach or newcomer)`,
				`peer.yaml:39:17: listener: "partner-a" is not a role of a coaching script; partner-a and partner-b are the roles of a script with kind: peer (expected coach or newcomer)`}},
		{"a coach in a peer script", "focuser: partner-a", "focuser: coach",
			[]string{`peer.yaml:32:16: focuser: "coach" is not a role of a peer script, which has two partners and no coach (expected partner-a or partner-b)`}},
		{"one partner both ways", "listener: partner-b", "listener: partner-a",
			[]string{`peer.yaml:33:17: listener: the partner-a is the focuser too (expected one of partner-a and partner-b to focus and the other to listen)`}},
		{"no listener", "      listener: partner-b\n", "",
			[]string{`peer.yaml:32:7: this turn has no listener (expected listener: partner-a or listener: partner-b)`}},
		{"a step that is not there", "            a-turn: 20m", "            a-trun: 20m",
			[]string{`peer.yaml:14:13: lengths: there is no step with the id "a-trun"; did you mean "a-turn"? (expected a step with a turn after this choice: one of a-turn, b-turn)`}},
		{"a step without a turn", "            b-turn: 20m", "            ask: 20m",
			[]string{`peer.yaml:15:13: lengths: the step "ask" has no turn (expected a step with a turn after this choice: one of a-turn, b-turn)`}},
		{"the choice's own step", "            b-turn: 20m", "            pick: 20m",
			[]string{`peer.yaml:15:13: lengths: the step "pick" comes before this choice (expected a step with a turn after it: one of a-turn, b-turn)`}},
		{"a length of zero", "            a-turn: 20m", "            a-turn: 0",
			[]string{`peer.yaml:14:13: lengths: a-turn: expected a length greater than zero, such as 20m`}},
		{"not a duration", "            a-turn: 20m", "            a-turn: long",
			[]string{`peer.yaml:14:13: a-turn: expected a duration such as 15m or 90s, got "long"`}},
		{"not a mapping", "lengths: {a-turn: 25m, b-turn: 25m}", "lengths: [a-turn, b-turn]",
			[]string{`peer.yaml:17:20: lengths: expected the ids of steps with turns, each with a length (lines of id: length, such as a-turn: 20m), got a list`}},
		{"not longer than the warning", "lengths: {a-turn: 25m, b-turn: 25m}", "lengths: {a-turn: 25m, b-turn: 1m}",
			[]string{`peer.yaml:17:34: lengths: 1m is not longer than the warning of b-turn, 1m (expected a length longer than the turn's warn)`}},
		{"a turn in segments", "      warn: 1m\n", "      segments: [10m, 10m]\n",
			[]string{`peer.yaml:15:13: lengths: the turn of the step "b-turn" is in segments, which fix its length (expected a turn without segments)`,
				`peer.yaml:17:34: lengths: the turn of the step "b-turn" is in segments, which fix its length (expected a turn without segments)`}},
		{"for a step that is not there", "        for: a-turn\n      - text: What", "        for: c-turn\n      - text: What",
			[]string{`peer.yaml:25:14: for: there is no step with the id "c-turn"; did you mean "a-turn"? (expected a step with a turn: one of a-turn, b-turn)`}},
		{"for a step without a turn", "        for: a-turn\n      - text: What", "        for: bye\n      - text: What",
			[]string{`peer.yaml:25:14: for: the step "bye" has no turn (expected a step with a turn: one of a-turn, b-turn)`}},
		{"for without an answer", "      - Can you hear me?\n", "      - text: Can you hear me?\n        for: a-turn\n",
			[]string{`peer.yaml:23:14: for: an item without an answer is for no turn (expected answer: warning-minutes or answer: text with it)`}},
		{"a peer warning for no turn", "        for: a-turn\n      - text: What", "      - text: What",
			[]string{`peer.yaml:24:17: answer: warning-minutes in a peer script has no for: (expected for: followed by the id of the step whose turn the warning is for)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(peerScript, tc.old) {
				t.Fatalf("the script has no %q", tc.old)
			}
			src := strings.Replace(peerScript, tc.old, tc.new, 1)
			_, err := Load("peer.yaml", []byte(src))
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Load = %v, want Problems", err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("problems:\n got  %s\n want %s", strings.Join(got, "\n      "), strings.Join(tc.want, "\n      "))
			}
		})
	}
}

// TestForInACoachingScript checks that a coaching script may say which
// turn an answer is for, and needs not.
func TestForInACoachingScript(t *testing.T) {
	src := strings.NewReplacer("kind: peer\n", "", "partner-a", "coach", "partner-b", "newcomer").Replace(peerScript)
	s, err := Load("coaching.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if s.Peer() || s.Kind != "" {
		t.Errorf("kind = %q, Peer() = %v; want none, false", s.Kind, s.Peer())
	}
	src = strings.Replace(src, "        for: a-turn\n      - text: What", "      - text: What", 1)
	if _, err := Load("coaching.yaml", []byte(src)); err != nil {
		t.Errorf("a coaching script's warning without for: %v", err)
	}
}
