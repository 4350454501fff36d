package app

// Standing is a problem that lasts until it is over, such as desktop
// notifications that fail: Text says it in full, once; Mark is the few
// words a front end keeps on show after that ("no desktop alerts").
type Standing struct {
	Mark string
	Text string
}

// Standings lists the standing problems, as Status does, each with its
// mark.
func (c *Core) Standings() []Standing {
	var out []Standing
	if c.notify != "" {
		out = append(out, Standing{Mark: "no desktop alerts", Text: notifyFailed(c.notify)})
	}
	if c.saves.failure != "" {
		out = append(out, Standing{Mark: "not saved", Text: c.saves.failedLine()})
	}
	return out
}
