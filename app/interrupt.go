package app

// Stopped says what became of the session when the run was stopped from
// outside (a SIGINT delivered as a signal, the program killed) rather
// than quit by the coach: the autosaves still running when it stopped are
// lost with it, so it says "saved" only of a session whose saves all
// reached the disk, and says what is lost otherwise. It is "" when no
// session was open.
func (c *Core) Stopped() string {
	said := c.Parting()
	if said != savedWords {
		return said
	}
	switch {
	case !c.saves.ok:
		return "The session was stopped before its first save: nothing of it is kept."
	case len(c.saves.asked) > 0:
		return "The session is saved as it was at its last save, not its very last change: " +
			"'partnercoach resume' brings it back."
	}
	return said
}
