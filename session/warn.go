package session

import (
	"time"

	"partnercoach/script"
)

// This file holds the rule of the warning a focuser asks for in minutes
// (an item with answer: warning-minutes): which turns it applies to, and
// how long it may be.

// NewcomerTurnLength returns the length of the shortest turn in which the
// newcomer focuses, or zero if there is none. A warning the newcomer asks
// for must be shorter.
func (s *Session) NewcomerTurnLength() time.Duration {
	var d time.Duration
	for _, st := range s.script.Steps {
		if st.Turn != nil && st.Turn.Focuser.Coached() {
			if l := s.turns[st.ID].Length(); d == 0 || l < d {
				d = l
			}
		}
	}
	return d
}

// WarnLimit returns the length that a warning answered to an item of the
// current step must be shorter than: the length of the turn the item is
// for, or, for an item that names no turn, that of the newcomer's
// shortest turn. It is zero when there is no such turn. Front ends call
// it to say what is wrong while the answer is typed.
func (s *Session) WarnLimit(item int) time.Duration {
	st := s.Current()
	if item < 0 || item >= len(st.Checklist) {
		return 0
	}
	if id := st.Checklist[item].For; id != "" {
		if t := s.turns[id]; t != nil {
			return t.Length()
		}
		return 0
	}
	return s.NewcomerTurnLength()
}

// warnFits reports whether a warning of minutes answered to an item of
// the current step is shorter than the turns it applies to. Only an item
// with answer: warning-minutes has such a limit.
func (s *Session) warnFits(item, minutes int) bool {
	st := s.Current()
	if item < 0 || item >= len(st.Checklist) || st.Checklist[item].Answer != script.WarnMinutes {
		return true
	}
	limit := s.WarnLimit(item)
	return limit == 0 || time.Duration(minutes)*time.Minute < limit
}

// setWarn makes warn the warning lead time of the turn the item is for,
// or, when it names none, of every turn in which the newcomer focuses.
func (s *Session) setWarn(it script.Item, warn time.Duration, now time.Time) {
	if it.For != "" {
		if t := s.turns[it.For]; t != nil {
			t.SetWarn(warn, now)
		}
		return
	}
	for _, st := range s.script.Steps {
		if st.Turn != nil && st.Turn.Focuser.Coached() {
			s.turns[st.ID].SetWarn(warn, now)
		}
	}
}
