package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"partnercoach/session"
)

// MaxFurther is the most further sessions a coach log recommends.
const MaxFurther = 20

// WarnMinutes reads the minutes typed for a warning, answered to the
// checklist item of the current step: a whole number of at least 1,
// shorter than the turn it is for (session.WarnLimit), so that some of
// the turn comes before it. The error says what was expected.
func WarnMinutes(s *session.Session, item int, text string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil || n < 1 {
		return 0, errors.New("type a whole number of minutes, 1 or more, such as 2")
	}
	if limit := s.WarnLimit(item); limit > 0 && time.Duration(n)*time.Minute >= limit {
		return 0, fmt.Errorf("that is not shorter than the turn (%s)", Spoken(limit))
	}
	return n, nil
}

// FurtherSessions reads the number of further sessions recommended: a
// whole number from 0 to MaxFurther.
func FurtherSessions(text string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil || n < 0 || n > MaxFurther {
		return 0, fmt.Errorf("expected a whole number from 0 to %d", MaxFurther)
	}
	return n, nil
}
