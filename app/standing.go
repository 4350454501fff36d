package app

// Standing is a problem that lasts until it is over, such as desktop
// notifications that fail: Text says it in full, once; Brief is the few
// words a front end keeps on show after that ("no desktop alerts"). A
// problem without a Brief stays in full: a failed save, which the coach
// must not lose sight of.
type Standing struct {
	Brief string
	Text  string
}

// Standings lists the problems the coach must keep seeing until they are
// over: a desktop notification that failed, a save that failed.
func (c *Core) Standings() []Standing {
	var out []Standing
	if c.notify != "" {
		out = append(out, Standing{Brief: "no desktop alerts", Text: notifyProblem(c.notify, c.probed)})
	}
	if c.saves.failure != "" {
		out = append(out, Standing{Text: c.saves.failedLine()})
	}
	return out
}
