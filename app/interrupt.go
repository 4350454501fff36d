package app

// stopped says what became of the session when the run was stopped from
// outside (a SIGINT delivered as a signal, the program killed) rather
// than quit by the coach: the autosaves still running when it stopped are
// lost with it, so it says "saved" only of a session whose saves all
// reached the disk, and says what is lost otherwise. It is "" when no
// session was open.
func (c *Core) stopped() string {
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

// SaveAtStop writes the session as it is now, once and at once, when the
// run was stopped from outside, then says what became of it (stopped).
// The autosaves still running when the loop stopped may never land; this
// one, numbered after them, takes their place, so a change made just
// before a SIGINT is kept. Call it only once the loop has returned: it
// runs the write on the caller's goroutine.
func (c *Core) SaveAtStop() string {
	if c.ses != nil && c.stage != Written && !c.discard {
		for _, job := range c.save(c.clock.Now()).Jobs {
			if r, ok := job().(SaveResult); ok {
				c.saves.result(r)
			}
		}
	}
	return c.stopped()
}
