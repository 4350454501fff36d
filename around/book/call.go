package book

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"partnercoach/internal/jsonfile"
	"partnercoach/internal/textsafe"
)

// Limits of what a coach keeps about the call, in characters.
const (
	maxPhoneLength  = 40
	maxHandleLength = 120
)

// Call is how the session's call is made: who places it, and the phone
// number or call handle it is placed on. It is private: it lives in the
// newcomer's entry of the newcomer list, so that newcomer forget deletes
// it with the entry, and it goes in no calendar, record or export.
type Call struct {
	// Phone is the number the call is placed on, as the coach wrote it.
	Phone string `json:"phone,omitempty"`
	// Handle is a name or address on a calling service, such as
	// "Zoom: 123 456 7890" or "Signal: ann.42".
	Handle string `json:"handle,omitempty"`
	// Caller is who places the call: the coach (also when empty) or the
	// newcomer, who then calls the coach on Phone or Handle.
	Caller Party `json:"caller,omitempty"`
}

// IsZero reports whether nothing is kept about the call.
func (c Call) IsZero() bool { return c == Call{} }

// Known reports whether a number or a handle is kept.
func (c Call) Known() bool { return c.Phone != "" || c.Handle != "" }

// CoachCalls reports whether the coach places the call.
func (c Call) CoachCalls() bool { return c.Caller != ByNewcomer }

// Ways are the phone number and the handle that are kept, the number
// first.
func (c Call) Ways() []string {
	var ways []string
	for _, w := range []string{c.Phone, c.Handle} {
		if w != "" {
			ways = append(ways, w)
		}
	}
	return ways
}

// MaskedPhone is the phone number with all but its last four digits
// hidden, "…0100", for lists that others may see over the coach's
// shoulder; it is "" when no number is kept.
func (c Call) MaskedPhone() string {
	var digits []rune
	for _, r := range c.Phone {
		if r >= '0' && r <= '9' {
			digits = append(digits, r)
		}
	}
	if len(digits) == 0 {
		return ""
	}
	return "…" + string(digits[max(0, len(digits)-4):])
}

// SetCall changes what is kept about the newcomer's call: change gets
// what is kept now and returns what to keep. The result must meet
// checkCall; it is returned as kept.
func SetCall(name string, change func(Call) Call) (Call, []jsonfile.Problem, error) {
	var (
		kept Call
		err  error
	)
	problems, cerr := changeNewcomer(name, func(n *Newcomer) {
		next := change(n.Call)
		if err = checkCall(next); err == nil {
			n.Call, kept = next, next
		}
	})
	if cerr != nil {
		return Call{}, problems, cerr
	}
	return kept, problems, err
}

// checkCall is the rule for what the coach gives about a call: a phone
// number of digits, spaces and + - ( ) . / with at least three digits and
// an extension written "ext" or "x"; a handle of one line of text that
// shows; and a caller who is the coach or the newcomer.
func checkCall(c Call) error {
	if err := checkPhone(c.Phone); err != nil {
		return err
	}
	if err := checkCallText("a call handle", c.Handle, maxHandleLength); err != nil {
		return err
	}
	if c.Handle != "" && !textsafe.Visible(c.Handle) {
		return fmt.Errorf("a call handle needs a character that shows, got %q", c.Handle)
	}
	if c.Handle != "" {
		if _, r, bad := textsafe.FirstHidden(c.Handle); bad {
			return fmt.Errorf("a call handle may not hold %s, which hides or reorders the text beside it: got %q", textsafe.Describe(r), c.Handle)
		}
	}
	return checkCaller(c.Caller)
}

// checkPhone refuses a phone number that is not written with digits and
// the usual separators.
func checkPhone(phone string) error {
	if err := checkCallText("a phone number", phone, maxPhoneLength); err != nil || phone == "" {
		return err
	}
	rest, digits := strings.ToLower(phone), 0
	rest = strings.ReplaceAll(rest, "ext", "")
	for _, r := range rest {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +-()./x", r):
		default:
			return fmt.Errorf("expected a phone number such as +1 212 555 0100 (digits, spaces, + - ( ) . / and ext), got %q: "+
				"a name on a calling service goes in --handle", phone)
		}
	}
	if digits < 3 {
		return fmt.Errorf("expected a phone number with its digits, such as +1 212 555 0100, got %q", phone)
	}
	return nil
}

// checkCallText is the rule a phone number and a handle share, and the
// one they must meet when read from the file: one line of at most most
// characters, UTF-8 without a control character.
func checkCallText(what, s string, most int) error {
	if n := utf8.RuneCountInString(s); n > most {
		return fmt.Errorf("%s may be up to %d characters, got %d", what, most, n)
	}
	if _, r, bad := textsafe.FirstControl(s); bad {
		desc := textsafe.Describe(r)
		if !utf8.ValidString(s) {
			desc = "a byte that is not UTF-8"
		}
		return fmt.Errorf("%s may not hold %s: got %q", what, desc, s)
	}
	if s != strings.TrimFunc(s, unicode.IsSpace) {
		return fmt.Errorf("%s may not start or end with a space: got %q", what, s)
	}
	return nil
}

// checkCaller refuses a caller who is neither party.
func checkCaller(p Party) error {
	if p == "" || p == ByCoach || p == ByNewcomer {
		return nil
	}
	return fmt.Errorf("the caller is the coach or the newcomer, got %q", p)
}

// callProblem is what is wrong with a newcomer's call as read from the
// file, or "". It is the file's rule, looser than checkCall as a name's
// is: a number kept is not refused later for its shape.
func callProblem(n Newcomer) string {
	c := n.Call
	for _, err := range []error{
		checkCallText("a phone number", c.Phone, maxPhoneLength),
		checkCallText("a call handle", c.Handle, maxHandleLength),
		checkCaller(c.Caller),
	} {
		if err != nil {
			return fmt.Sprintf("%q: call: %v", n.Name, err)
		}
	}
	return ""
}
