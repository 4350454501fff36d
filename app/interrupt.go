package app

// Stopped says what became of the session when the run was stopped from
// outside (a SIGINT delivered as a signal, the program killed) rather
// than quit by the coach: the autosaves still running when it stopped are
// lost with it, so it says "saved" only of a session whose saves all
// reached the disk, and says what is lost otherwise. It is "" when no
// session was open.
func (c *Core) Stopped() string {
	sv := &c.saves
	switch {
	case c.ses == nil || c.stage == Written:
		return ""
	case c.discard:
		return "Nothing was done in the session, so nothing of it is kept."
	case c.cfg.Keeper == nil:
		return "Nothing of the session is saved (a rehearsal, or --no-save)."
	case c.unsaved():
		return "The session is not saved (" + sv.failure + "): this loses " + sv.lost() + "."
	case !sv.ok:
		return "The session was stopped before its first save: nothing of it is kept."
	case len(sv.asked) > 0:
		return "The session is saved as it was at its last save, not its very last change: " +
			"'partnercoach resume' brings it back."
	}
	return "The session is saved: 'partnercoach resume' brings it back."
}
