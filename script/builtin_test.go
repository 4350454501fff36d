package script

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// The ids of the turn and feedback steps that a who-goes-first choice
// rearranges in both built-in scripts.
var turnSteps = []string{"coach-turn", "coach-feedback", "newcomer-turn", "newcomer-feedback"}

// loadBuiltin loads a built-in script or stops the test.
func loadBuiltin(t *testing.T, name string) *Script {
	t.Helper()
	s, err := Builtin(name)
	if err != nil {
		t.Fatalf("Builtin(%q): %v", name, err)
	}
	return s
}

// scriptText gathers every text of a script the coach reads: titles,
// summary, points, checklist items, check-in prompts, choice prompts and
// option labels.
func scriptText(s *Script) string {
	var b strings.Builder
	add := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteByte('\n')
		}
	}
	add(s.Title, s.Summary)
	for _, st := range s.Steps {
		add(st.Title)
		add(st.Points...)
		for _, it := range st.Checklist {
			add(it.Text)
		}
		if st.Turn != nil {
			add(st.Turn.CheckIn)
		}
		if st.Choice != nil {
			add(st.Choice.Prompt)
			for _, o := range st.Choice.Options {
				add(o.Label)
			}
		}
	}
	return b.String()
}

func TestBuiltinNames(t *testing.T) {
	names := BuiltinNames()
	if len(names) < 2 || names[0] != "first" || names[1] != "followup" {
		t.Fatalf("BuiltinNames() = %v, want first, followup, ...", names)
	}
	if _, err := BuiltinSource("no-such-script"); err == nil {
		t.Error("BuiltinSource of a missing name: no error")
	}
}

func TestBuiltinsLoadAndFit(t *testing.T) {
	for _, name := range BuiltinNames() {
		t.Run(name, func(t *testing.T) {
			s := loadBuiltin(t, name)
			if s.Name != name {
				t.Errorf("name = %q, want %q", s.Name, name)
			}
			if s.Length.D() != 50*time.Minute {
				t.Errorf("length = %s, want 50m", s.Length)
			}
			if s.Planned() != s.Length.D() {
				t.Errorf("planned = %s, want %s", Duration(s.Planned()), s.Length)
			}
			focusers := map[Role]int{}
			for _, st := range s.Steps {
				if st.Turn != nil {
					focusers[st.Turn.Focuser]++
					if st.Turn.Warn != 0 {
						t.Errorf("step %s sets warn; leave it to the run's default", st.ID)
					}
				}
			}
			switch s.Kind {
			case "", Coaching:
				if focusers[Coach] == 0 || focusers[Newcomer] == 0 {
					t.Errorf("turns by focuser = %v, want at least one each for coach and newcomer", focusers)
				}
			case Client: // the whole session is the client's
				if focusers[ClientRole] == 0 || focusers[Coach] != 0 {
					t.Errorf("turns by focuser = %v, want the client's only", focusers)
				}
			}
		})
	}
}

func TestFirstCoachTurnSegments(t *testing.T) {
	s := loadBuiltin(t, "first")
	i := s.StepIndex("coach-turn")
	if i < 0 || s.Steps[i].Turn == nil {
		t.Fatal("first has no coach-turn step with a turn")
	}
	turn := s.Steps[i].Turn
	if turn.Focuser != Coach || turn.Listener != Newcomer {
		t.Errorf("coach-turn: focuser %s, listener %s", turn.Focuser, turn.Listener)
	}
	want := []time.Duration{5 * time.Minute, 5 * time.Minute, 5 * time.Minute}
	if got := turn.SegmentLengths(); !slices.Equal(got, want) || len(turn.Segments) != 3 {
		t.Errorf("coach-turn segments = %v, want %v", got, want)
	}
	if turn.CheckIn == "" {
		t.Error("coach-turn has segments but no check-in prompt")
	}
}

func TestFollowupQuestions(t *testing.T) {
	s := loadBuiltin(t, "followup")
	var items []Item
	for _, st := range s.Steps {
		items = append(items, st.Checklist...)
	}
	for _, q := range []string{
		"Can you hear me OK?",
		"How many minutes signal would you like before the end?",
		"What would you like from me as your partner?",
	} {
		found := false
		for _, it := range items {
			found = found || it.Text == q
		}
		if !found {
			t.Errorf("followup has no checklist item %q", q)
		}
	}
	var warn []Item
	for _, it := range items {
		if it.Answer == WarnMinutes {
			warn = append(warn, it)
		}
	}
	// The newcomer's answer, for their turns; the coach's own, for the
	// coach's turn.
	if len(warn) != 2 {
		t.Fatalf("followup has %d items with answer %s, want 2", len(warn), WarnMinutes)
	}
	if warn[0].Text != "How many minutes signal would you like before the end?" || warn[0].For != "" {
		t.Errorf("the newcomer's warning-minutes item is %+v", warn[0])
	}
	if warn[1].For != "coach-turn" {
		t.Errorf("the coach's warning-minutes item is for %q, want the coach's turn", warn[1].For)
	}
}

func TestBuiltinChoices(t *testing.T) {
	// The first option keeps the written order, which is each script's default.
	wantFirst := map[string]Role{"first": Coach, "followup": Newcomer}
	for _, name := range []string{"first", "followup"} {
		t.Run(name, func(t *testing.T) {
			s := loadBuiltin(t, name)
			var ids []string
			for _, st := range s.Steps {
				ids = append(ids, st.ID)
			}
			var choice *Choice
			at := -1
			for i, st := range s.Steps {
				if st.Choice != nil {
					choice, at = st.Choice, i
				}
			}
			if choice == nil {
				t.Fatal("no choice step")
			}
			for _, id := range turnSteps {
				if i := s.StepIndex(id); i <= at {
					t.Errorf("step %s is missing or comes before the choice", id)
				}
			}
			firstFocusers := map[Role]bool{}
			for k, o := range choice.Options {
				for _, id := range turnSteps {
					if !slices.Contains(o.Order, id) {
						t.Errorf("option %q does not order %s", o.Label, id)
					}
				}
				run := Reorder(ids, o.Order)
				if k == 0 && !slices.Equal(run, ids) {
					t.Errorf("the first option %q changes the written order: %v", o.Label, run)
				}
				for _, pair := range [][2]string{{"coach-turn", "coach-feedback"}, {"newcomer-turn", "newcomer-feedback"}} {
					if slices.Index(run, pair[1]) != slices.Index(run, pair[0])+1 {
						t.Errorf("option %q: %s does not follow %s directly: %v", o.Label, pair[1], pair[0], run)
					}
				}
				var focuser Role
				for _, id := range run {
					if st := s.Steps[s.StepIndex(id)]; st.Turn != nil {
						focuser = st.Turn.Focuser
						break
					}
				}
				firstFocusers[focuser] = true
				if k == 0 && focuser != wantFirst[name] {
					t.Errorf("default option %q: %s focuses first, want %s", o.Label, focuser, wantFirst[name])
				}
			}
			if !firstFocusers[Coach] || !firstFocusers[Newcomer] {
				t.Errorf("the options do not let either role focus first: %v", firstFocusers)
			}
		})
	}
}

// TestBuiltinCoverage checks that each topic the coaching procedures ask
// for is somewhere in the script's text. A topic passes when any of its
// keywords appears, ignoring case.
func TestBuiltinCoverage(t *testing.T) {
	type topic struct {
		name     string
		keywords []string
	}
	cases := map[string][]topic{
		"first": {
			{"introduce as partnership coach", []string{"partnership coach"}},
			{"not a therapist", []string{"therapist"}},
			{"not teaching guiding", []string{"don't teach guiding"}},
			{"more to learn", []string{"more to it", "more to learn", "workshop"}},
			{"confidentiality", []string{"confidential"}},
			{"share only comfortable content", []string{"comfortable"}},
			{"process without content", []string{"without telling", "process, not content"}},
			{"half and half", []string{"half and half"}},
			{"15-minute teaching turn", []string{"15 minutes"}},
			{"check in after segments", []string{"questions so far", "check in"}},
			{"self-guiding instructions", []string{"self-guiding"}},
			{"you into I", []string{`"I"`}},
			{"listening", []string{"listen"}},
			{"no advice or questions", []string{"no advice"}},
			{"uh-huh", []string{"uh-huh"}},
			{"keep company", []string{"company"}},
			{"say back", []string{"say back"}},
			{"time warning", []string{"time warning", "2 minutes"}},
			{"time warning asked for, 2 minutes before the end of 15", []string{`"About 13 minutes in, could you tell me I have 2 minutes left?"`}},
			{"ask for the listening wanted", []string{"listening i want"}},
			{"check the listener's words", []string{"check their words"}},
			{"check their understanding", []string{"check their understanding"}},
			{"feedback", []string{"feedback"}},
			{"appreciation", []string{"appreciat"}},
			{"guiding dilemma", []string{"dilemma"}},
			{"guiding offered as a question", []string{"I can guide you through. Would you like that?"}},
			{"guiding is not what partners do", []string{"partners don't guide each other", "more advanced Focusing workshops"}},
			{"first focuser or first listener, asked", []string{`"Would you like to be the first to focus, or the first to listen?"`}},
			{"self-guided with help on request", []string{"guide only when they ask"}},
			{"not expected to guide", []string{"won't be expected to guide", "won't have to guide"}},
			{"attention in the body", []string{"attention drop into the body", "attention in the body"}},
			{"chair under them", []string{"chair"}},
			{"let me show you", []string{"show you"}},
			{"who focuses first", []string{"focuses first"}},
			{"recap", []string{"recap"}},
			{"recommend more sessions", []string{"recommend more sessions"}},
			{"screening", []string{"screen"}},
			{"hotline referral", []string{"hotline"}},
			{"turns both ways", []string{"take turns"}},
			{"too intense to give a turn", []string{"too intense"}},
			{"the whole turn", []string{"whole turn"}},
			{"buy more sessions", []string{"buy more sessions", "buying more sessions"}},
			{"pool after about 3 sessions", []string{"3 sessions"}},
			{"pool", []string{"pool"}},
			{"membership or donation", []string{"donation"}},
		},
		"followup": {
			{"questions since last time", []string{"since last time", "since our last session"}},
			{"theme", []string{"What would you like from me as your partner?"}},
			{"focuser in charge", []string{"in charge"}},
			{"empowered focuser", []string{"Empowered Focuser, Relaxed Partner"}},
			{"partner need not make it go well", []string{"go well"}},
			{"three questions", []string{"three questions"}},
			{"hear me", []string{"Can you hear me OK?"}},
			{"minutes signal", []string{"How many minutes signal would you like before the end?"}},
			{"typical answer: company", []string{"company"}},
			{"typical answer: key words", []string{"key words"}},
			{"typical answer: help when stuck", []string{"stuck"}},
			{"typical answer: quiet", []string{"quiet", "silence"}},
			{"typical answer: time nearly up", []string{"nearly up"}},
			{"learn what listening they like", []string{"what listening you like"}},
			{"feel free to ask", []string{"ask your partner"}},
			{"who goes first, their choice this time", []string{`"This time, would you rather listen first, or focus first?"`}},
			{"self-guiding", []string{"guide themselves"}},
			{"coach only reflects", []string{"only reflect"}},
			{"feedback", []string{"feedback"}},
			{"safety rules", []string{"Three Rules for Safety"}},
			{"questions on the rules", []string{"questions about them"}},
			{"readiness, asked", []string{`"Do you feel ready for a Focusing partnership?"`}},
			{"more support, asked", []string{`"Or is there more support you would like?"`}},
			{"coach's own feedback, offered", []string{`"Would you like my feedback on that?"`}},
			{"pool after about 3 sessions", []string{"3 sessions"}},
			{"pool", []string{"pool"}},
		},
		"partnership": {
			{"who goes first, their choice this time", []string{`"This time, would you rather listen first, or focus first?"`}},
			{"hear me", []string{"Can you hear me OK?"}},
			{"minutes signal", []string{"How many minutes signal would you like before the end?"}},
			{"what from me", []string{"What would you like from me as your partner?"}},
		},
	}
	for name, topics := range cases {
		t.Run(name, func(t *testing.T) {
			text := strings.ToLower(scriptText(loadBuiltin(t, name)))
			for _, tp := range topics {
				found := false
				for _, k := range tp.keywords {
					found = found || strings.Contains(text, strings.ToLower(k))
				}
				if !found {
					t.Errorf("topic %q: none of %q appears", tp.name, tp.keywords)
				}
			}
		})
	}
}

// TestBuiltinRoundTrip checks that each built-in script, written out by
// Encode, loads back as the same script.
func TestBuiltinRoundTrip(t *testing.T) {
	for _, name := range BuiltinNames() {
		t.Run(name, func(t *testing.T) {
			src, err := BuiltinSource(name)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Load(name+".yaml", src)
			if err != nil {
				t.Fatal(err)
			}
			out := Encode(s)
			again, err := Load(name+".yaml (encoded)", out)
			if err != nil {
				t.Fatalf("parse again: %v\n%s", err, out)
			}
			if !reflect.DeepEqual(s, again) {
				t.Errorf("round trip changed the script:\n got %#v\nwant %#v", again, s)
			}
		})
	}
}

func TestParseDuration(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{in: "15m", want: 15 * time.Minute},
		{in: "90s", want: 90 * time.Second},
		{in: "1m30s", want: 90 * time.Second},
		{in: "5", want: 5 * time.Minute},
		{in: " 3m ", want: 3 * time.Minute},
		{in: "", wantErr: true},
		{in: "abc", wantErr: true},
		{in: "-1m", wantErr: true},
	} {
		got, err := ParseDuration(tc.in)
		if tc.wantErr {
			if err == nil {
				t.Errorf("ParseDuration(%q) = %v, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}
