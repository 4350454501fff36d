package settings

import (
	"fmt"
	"strconv"
	"strings"
)

// Cents is an amount of money in cents, so that sums are exact.
type Cents int64

// Dollar is a hundred cents.
const Dollar Cents = 100

// maxDollars bounds a fee: anything above it is a slip of the keyboard.
const maxDollars = 1_000_000

// String formats the amount for people, such as "$25.00".
func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/Dollar, c%Dollar)
}

// plain formats the amount as a settings file writes it: "25", or "25.50"
// when there are cents.
func (c Cents) plain() string {
	if c%Dollar == 0 {
		return strconv.FormatInt(int64(c/Dollar), 10)
	}
	return fmt.Sprintf("%d.%02d", c/Dollar, c%Dollar)
}

// ParseAmount reads an amount in dollars written as 25, 25.5, 25.50, $25
// or $25.50. It refuses negative amounts, fractions of a cent and amounts
// of a million dollars or more.
func ParseAmount(s string) (Cents, error) {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "$-") {
		return 0, fmt.Errorf("expected an amount of at least 0, got %q", shorten(s))
	}
	t = strings.TrimPrefix(t, "$")
	whole, frac, dot := strings.Cut(t, ".")
	switch {
	case !digits(whole) || (dot && !digits(frac)):
		return 0, fmt.Errorf("expected an amount in dollars such as 25 or $25.50, got %q", shorten(s))
	case len(frac) > 2:
		return 0, fmt.Errorf("expected at most two decimals (whole cents), got %q", shorten(s))
	}
	d, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || d >= maxDollars {
		return 0, fmt.Errorf("expected an amount below $%d, got %q", maxDollars, shorten(s))
	}
	c := Cents(d) * Dollar
	if frac != "" {
		f, _ := strconv.Atoi((frac + "0")[:2])
		c += Cents(f)
	}
	return c, nil
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
