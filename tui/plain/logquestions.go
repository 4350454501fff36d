package plain

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"partnercoach/app"
	"partnercoach/session"
)

// logForm holds the coach log's answers while its questions are asked,
// one after the other, as plain prompts.
type logForm struct {
	c    session.Closing // the answers so far, every one kept
	form app.EndForm     // what this kind of session asks, in its words
	at   int             // the question being asked
	cut  string          // what became of the answer just taken, if it was cut
}

// answerCut says that a line typed was cut to the characters its answer
// holds: a screen reader does not show a limit as the full screen does.
const answerCut = "The answer was cut to its first %d characters, the most it holds; the rest is not kept."

// within is a line typed as an answer of at most limit characters; a
// longer one is cut, and the form says so once it is taken.
func (f *logForm) within(line string, limit int) string {
	kept := app.Cut(line, limit)
	if kept != line {
		f.cut = fmt.Sprintf(answerCut, limit)
	}
	return kept
}

// logQuestion is one question of the coach log.
type logQuestion struct {
	// applies reports whether the question is asked, given the answers.
	applies func(f *logForm) bool
	// prompt is the question with its choices and its default.
	prompt func(f *logForm) string
	// take reads an answer; an empty one keeps the default. An error says
	// what was expected, and the question is asked again.
	take func(f *logForm, line string) error
	// settled, if set, says what an earlier answer has answered of the
	// question when it is not asked for that reason, or "".
	settled func(f *logForm) string
}

// logQuestions are the coach log's questions, in their order.
var logQuestions = []logQuestion{
	{
		applies: func(*logForm) bool { return true },
		prompt: func(f *logForm) string {
			o := f.form.Outcomes
			return f.form.Question + " " + numbered(len(o), func(i int) string { return o[i].Label }) +
				" Type the number (Enter alone: " + f.form.LabelOf(f.c.Outcome) + ")."
		},
		take: func(f *logForm, line string) error {
			i, err := pick(line, len(f.form.Outcomes))
			if i >= 0 {
				f.c.Outcome = f.form.Outcomes[i].Outcome
			}
			return err
		},
	},
	{
		applies: func(f *logForm) bool { return f.form.Screening(f.c.Outcome) },
		prompt: func(f *logForm) string {
			return f.form.ScreeningQuestion + "? " + numbered(len(session.Screenings), func(i int) string { return session.Screenings[i].Label() }) +
				" Type the number (Enter alone: " + f.c.Screening.Label() + ")."
		},
		take: func(f *logForm, line string) error {
			i, err := pick(line, len(session.Screenings))
			if i >= 0 {
				f.c.Screening = session.Screenings[i]
			}
			return err
		},
	},
	{
		applies: func(f *logForm) bool { return f.asks(f.form.Further) },
		prompt: func(f *logForm) string {
			return fmt.Sprintf("%s A whole number from 0 to %d (Enter alone: %d).",
				f.form.Further, app.MaxFurther, f.c.Recommendation.FurtherSessions)
		},
		take: func(f *logForm, line string) error {
			if line == "" {
				return nil
			}
			n, err := app.FurtherSessions(line)
			if err != nil {
				return err
			}
			f.c.Recommendation.FurtherSessions = n
			return nil
		},
	},
	{
		applies: func(f *logForm) bool { return f.asks(f.form.Learn) },
		prompt: func(f *logForm) string {
			return f.form.Learn + " One line (Enter alone: " + orNothing(f.c.Recommendation.Learn) + ")."
		},
		take: func(f *logForm, line string) error {
			if line != "" {
				f.c.Recommendation.Learn = f.within(line, app.MaxLearn)
			}
			return nil
		},
	},
	{
		applies: func(f *logForm) bool { return f.form.AsksReady(f.c) },
		settled: func(f *logForm) string { return f.form.ReadySettled(f.c) },
		prompt: func(f *logForm) string {
			return f.form.Ready + " y or n (Enter alone: " + yesNo(f.c.Recommendation.Ready) + ")."
		},
		take: func(f *logForm, line string) error {
			switch strings.ToLower(line) {
			case "":
			case "y", "yes":
				f.c.Recommendation.Ready = true
			case "n", "no":
				f.c.Recommendation.Ready = false
			default:
				return fmt.Errorf("expected y or n")
			}
			return nil
		},
	},
	{
		applies: func(*logForm) bool { return true },
		prompt: func(f *logForm) string {
			return f.form.Closing + ", one line. " + f.form.Private + " (Enter alone: " + orNothing(f.c.Summary) + ")."
		},
		take: func(f *logForm, line string) error {
			if line != "" {
				f.c.Summary = f.within(line, app.MaxClosing)
			}
			return nil
		},
	},
}

// asks reports whether a question of the recommendation with the given
// title is asked: the form has it, and asks it of the outcome given.
func (f *logForm) asks(title string) bool { return title != "" && f.form.Asks(f.c.Outcome) }

// endSession ends the running session now and asks the coach log's
// questions.
func (fe *frontEnd) endSession() {
	e := fe.core.End()
	fe.openLog()
	fe.do(e)
}

// openLog says the session the core has ended and asks the coach log's
// questions, with the answers given before (those saved with a resumed
// session) as the defaults.
func (fe *frontEnd) openLog() {
	fe.log = &logForm{c: fe.core.LogAnswers(), form: fe.core.EndForm()}
	fe.out.say(endedLine(fe.core.Session(), fe.core.Ended(), fe.core.EndForm().Ended),
		app.Capital(fe.log.form.Questions)+" follow. Enter alone takes the answer in brackets; back returns to the session; q "+fe.core.QuitKeeps()+".")
	fe.askLog()
}

// askLog asks the next question that applies, or writes the record when
// none is left.
func (fe *frontEnd) askLog() {
	f := fe.log
	for f.at < len(logQuestions) && !logQuestions[f.at].applies(f) {
		if q := logQuestions[f.at]; q.settled != nil && q.settled(f) != "" {
			fe.out.say(q.settled(f))
		}
		f.at++
	}
	if f.at == len(logQuestions) {
		fe.writeRecord()
		return
	}
	q := logQuestions[f.at]
	fe.askQ(question{prompt: []string{q.prompt(f)}, answer: func(line string) {
		word := strings.TrimSpace(line)
		if c, ok := app.CommandFor(app.Everywhere, word); ok && c == app.CmdQuit {
			fe.quit()
			return
		}
		if c, ok := app.CommandFor(app.OnLog, word); ok && c == app.CmdReopen {
			fe.reopen()
			return
		}
		if err := q.take(f, strings.TrimSpace(line)); err != nil {
			fe.out.say(app.ErrorSentence(err))
			fe.askLog()
			return
		}
		if f.cut != "" {
			fe.out.say(f.cut)
			f.cut = ""
		}
		fe.saveAnswers()
		f.at++
		fe.askLog()
	}})
}

// reopen goes back from the coach log to the session, while nothing of
// the log is written; the answers so far stay for when it ends again.
func (fe *frontEnd) reopen() {
	e, err := fe.core.Reopen()
	if err != nil {
		fe.out.say(app.ErrorSentence(err))
		return
	}
	fe.out.say("Back to the session: it goes on. E ends it again.")
	fe.openSession()
	fe.do(e)
}

// saveAnswers keeps the answers so far with the session and saves it,
// so that a resume comes back to the coach log with them.
func (fe *frontEnd) saveAnswers() { fe.do(fe.core.SaveLogAnswers(fe.log.c)) }

// endedLine says that the session is ended, in the words of its kind
// (said: "The session is ended"), with its account; a session whose call
// never started says so rather than a length of nothing.
func endedLine(s *session.Session, ended time.Time, said string) string {
	a := app.AccountOf(s, ended)
	if _, how := s.CallStarted(); how == session.CallWaiting {
		return fmt.Sprintf("%s; the call did not start (planned %s): %s.", said, app.Spoken(a.Planned), counts(a))
	}
	return said + ": " + account(a) + "."
}

// account says the account of an ended session: its length, the items
// covered, the notes and the partnering moments.
func account(a app.Account) string {
	return fmt.Sprintf("%s of %s, %s", app.SpokenPast(a.Elapsed), app.Spoken(a.Planned), counts(a))
}

// counts says the items covered, the notes and the partnering moments of
// an account, a count of nothing as a word: "none of 29 items covered, no
// notes", never "0 notes".
func counts(a app.Account) string {
	done := strconv.Itoa(a.Done)
	if a.Done == 0 {
		done = "none"
	}
	parts := []string{fmt.Sprintf("%s of %d items covered", done, a.Items)}
	for _, t := range a.Tally() {
		if rest, ok := strings.CutPrefix(t, "0 "); ok {
			t = "no " + rest
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, ", ")
}

// numbered lists n choices as "1. First, 2. Second."
func numbered(n int, label func(int) string) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf("%d. %s", i+1, label(i))
	}
	return strings.Join(parts, ", ") + "."
}

// pick reads the number of one of n choices: its index, or -1 for an
// empty answer (the default) or a wrong one, with an error for the latter.
func pick(line string, n int) (int, error) {
	if line == "" {
		return -1, nil
	}
	i, err := strconv.Atoi(line)
	if err != nil || i < 1 || i > n {
		return -1, fmt.Errorf("expected %s", numberUpTo(n))
	}
	return i - 1, nil
}

// orNothing says a text, or "nothing" when it is empty.
func orNothing(s string) string {
	if strings.TrimSpace(s) == "" {
		return "nothing"
	}
	return s
}

// yesNo says a yes-or-no answer.
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
