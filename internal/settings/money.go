package settings

import (
	"fmt"
	"strconv"
	"strings"

	"partnercoach/around/fees"
)

// dollar is a hundred cents.
const dollar = 100

// maxDollars bounds a fee (fees.MaxCents): anything above it is a slip of
// the keyboard.
const maxDollars = fees.MaxCents / dollar

// plain formats an amount of cents as a settings file writes it: "25", or
// "25.50" when there are cents. (fees.FormatCents writes it for people.)
func plain(cents int) string {
	if cents%dollar == 0 {
		return strconv.Itoa(cents / dollar)
	}
	return fmt.Sprintf("%d.%02d", cents/dollar, cents%dollar)
}

// ParseAmount reads an amount in dollars written as 25, 25.5, 25.50, $25
// or $25.50, and returns it in cents. It refuses negative amounts,
// fractions of a cent and amounts of a million dollars or more.
func ParseAmount(s string) (int, error) {
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
	c := int(d) * dollar
	if frac != "" {
		f, _ := strconv.Atoi((frac + "0")[:2])
		c += f
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
