package app

import (
	"fmt"
	"time"
)

// ResumedNotice says that the session saved at saved came back: at what
// time, in now's zone, and, when that was not today, on which day and
// how long ago. Every way back into a session says it in these words.
func ResumedNotice(saved, now time.Time) string {
	saved = saved.In(now.Location())
	if y, m, d := saved.Date(); y == now.Year() && m == now.Month() && d == now.Day() {
		return "Resumed the session saved at " + saved.Format("15:04:05") + "."
	}
	return fmt.Sprintf("Resumed the session saved at %s (%s).", saved.Format("15:04 on Mon 2 Jan"), Ago(now.Sub(saved)))
}
