package app

import "errors"

// QuitKind is what quitting means now.
type QuitKind int

// The kinds of quitting.
const (
	// QuitNow needs no question: nothing is under way, or the record is
	// written.
	QuitNow QuitKind = iota
	// QuitDiscard needs no question either: nothing was done in the
	// session, so Leave drops its autosave. A front end whose commands
	// are single keys asks Question all the same, since a q typed as the
	// first letter of a word would otherwise close the program on the
	// call.
	QuitDiscard
	// QuitRetrying means the last save failed and is being tried again
	// (the Effects hold the job, the first time): report its result, then
	// ask Quit again.
	QuitRetrying
	// QuitAsk asks the coach first: Question says what quitting means.
	QuitAsk
)

// QuitQuestion is what the coach is asked on quitting, as data the front
// ends word or draw: they add their keys (quit, stay, end).
type QuitQuestion struct {
	Kind QuitKind
	// Question says what quitting would mean, and asks; empty unless
	// Kind is QuitAsk or QuitDiscard.
	Question string
	// CanEnd offers to end the running session and write its coach log
	// instead.
	CanEnd bool
	// Unsaved says that quitting loses what did not reach the disk.
	Unsaved bool
}

// Quit says what quitting means now. While a save has failed, it first
// tries that save again, once, as a job: the front end reports the
// result and asks again, and only a save that failed again asks the
// coach whether to lose what it holds.
func (c *Core) Quit() (QuitQuestion, Effects) {
	switch {
	case c.stage == Written && c.answer.keeping:
		return QuitQuestion{Kind: QuitAsk,
			Question: "Your answer on coaching again is still being kept. Quit anyway? 'partnercoach available' then says whether it was."}, Effects{}
	case c.ses == nil || c.stage == Choosing || c.stage == Written:
		return QuitQuestion{Kind: QuitNow}, Effects{}
	case c.stage == Running && !c.ses.UnderWay():
		return QuitQuestion{Kind: QuitDiscard,
			Question: "Quit? Nothing was done in the session, so nothing of it is kept."}, Effects{}
	case c.saves.retrying:
		return QuitQuestion{Kind: QuitRetrying}, Effects{} // its result is still to come
	case c.unsaved():
		if e, tried := c.retrySave(); tried {
			return QuitQuestion{Kind: QuitRetrying}, e
		}
		return QuitQuestion{Kind: QuitAsk, Unsaved: true, CanEnd: c.stage == Running,
			Question: "The session could not be saved (" + c.saves.failure + "): quitting now loses " +
				c.saves.lost() + ". Quit anyway?"}, Effects{}
	case c.cfg.Keeper == nil:
		return QuitQuestion{Kind: QuitAsk, Question: Capital(c.noSaveWords()) + ". Quit anyway?"}, Effects{}
	case c.stage == Running:
		return QuitQuestion{Kind: QuitAsk, CanEnd: true,
			Question: "Quit? " + savedWords}, Effects{}
	}
	return QuitQuestion{Kind: QuitAsk,
		Question: "Quit before " + LowerFirst(c.EndForm().Kept) + " is written? The session stays saved for 'partnercoach resume'."}, Effects{}
}

// Leave quits for good: a session in which nothing was done is dropped,
// its autosave with it.
func (c *Core) Leave() Effects {
	if c.stage == Running && c.ses != nil && !c.ses.UnderWay() {
		c.discard = true
		c.saves.failure = ""
		if k, last := c.cfg.Keeper, c.saves.seq; k != nil {
			return Effects{Jobs: []Job{func() Result { return DiscardResult{Err: k.Discard(last)} }}}
		}
	}
	return Effects{}
}

// Parting says what becomes of the session as the program quits now, or
// "" when there is nothing to say.
func (c *Core) Parting() string {
	switch {
	case c.stage == Written && c.answer.keeping:
		return "Your answer on coaching again was still being kept: 'partnercoach available' says whether it was."
	case c.stage == Written && c.record.left != nil:
		return c.EndForm().Kept + " is saved as " + c.record.id + ". " + c.LeftBehind()
	case c.ses == nil || c.stage == Written:
		return ""
	case c.discard:
		return "Nothing was done in the session, so nothing of it is kept."
	case c.cfg.Keeper == nil:
		return "Nothing of the session is saved (" + c.whyUnkept() + ")."
	case c.unsaved():
		return "The session is not saved (" + c.saves.failure + "): this loses " + c.saves.lost() + "."
	}
	return savedWords
}

// savedWords say that the session is on disk for resume.
const savedWords = "The session is saved: 'partnercoach resume' brings it back."

// noSaveWords say that a run keeps nothing, and why: "nothing is saved
// in this run (a rehearsal)", or "(--no-save)".
func (c *Core) noSaveWords() string { return "nothing is saved in this run (" + c.whyUnkept() + ")" }

// whyUnkept says why the run keeps no record: it is a rehearsal, or it
// was started with --no-save.
func (c *Core) whyUnkept() string {
	if c.rehearsing() {
		return "a rehearsal"
	}
	return "--no-save"
}

// rehearsing reports whether the session on show runs on a rehearsal's
// fast clock.
func (c *Core) rehearsing() bool { return c.ses != nil && c.ses.Options().Rehearsal.On() }

// QuitKeeps says what quitting does to the session, after "q", for a
// front end's line about the keys: it stays saved for 'partnercoach
// resume', or, in a run that saves nothing, nothing of it is kept.
func (c *Core) QuitKeeps() string {
	if c.cfg.Keeper == nil {
		return "quits: " + c.noSaveWords()
	}
	return "quits and keeps the session for 'partnercoach resume'"
}

// ErrUnsaved is the program's error when it quits with the session not
// all on disk: its exit status is then not zero.
var ErrUnsaved = errors.New("the session is not saved")

// ExitError returns an error wrapping ErrUnsaved, saying what was lost,
// when the run ends with the session's last save failed; else nil.
func (c *Core) ExitError() error {
	if !c.unsaved() {
		return nil
	}
	return &unsavedError{why: c.saves.failure, lost: c.saves.lost()}
}

// unsavedError says what an unsaved quit lost.
type unsavedError struct{ why, lost string }

func (e *unsavedError) Error() string {
	return ErrUnsaved.Error() + " (" + e.why + "): this loses " + e.lost
}

func (e *unsavedError) Unwrap() error { return ErrUnsaved }
