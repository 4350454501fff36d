package settings

import "testing"

func TestParseAmount(t *testing.T) {
	good := []struct {
		in   string
		want int
	}{
		{"25", 2500}, {"25.00", 2500}, {"25.5", 2550}, {"25.50", 2550}, {"$25", 2500},
		{"$25.50", 2550}, {" $7.05 ", 705}, {"0", 0}, {"0.01", 1}, {"999999.99", 99999999},
	}
	for _, tc := range good {
		if got, err := ParseAmount(tc.in); err != nil || got != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	bad := []struct{ in, want string }{
		{"-5", `expected an amount of at least 0, got "-5"`},
		{"-$5", `expected an amount of at least 0, got "-$5"`},
		{"$-5", `expected an amount of at least 0, got "$-5"`},
		{"25.505", `expected at most two decimals (whole cents), got "25.505"`},
		{"25.500", `expected at most two decimals (whole cents), got "25.500"`},
		{"1000000", `expected an amount below $1000000, got "1000000"`},
		{"99999999999999999999", `expected an amount below $1000000, got "99999999999999999999"`},
		{"", `expected an amount in dollars such as 25 or $25.50, got ""`},
		{"$", `expected an amount in dollars such as 25 or $25.50, got "$"`},
		{"25.", `expected an amount in dollars such as 25 or $25.50, got "25."`},
		{".5", `expected an amount in dollars such as 25 or $25.50, got ".5"`},
		{"1,000", `expected an amount in dollars such as 25 or $25.50, got "1,000"`},
		{"€25", `expected an amount in dollars such as 25 or $25.50, got "€25"`},
		{"25 dollars", `expected an amount in dollars such as 25 or $25.50, got "25 dollars"`},
		{"0x19", `expected an amount in dollars such as 25 or $25.50, got "0x19"`},
		{"+25", `expected an amount in dollars such as 25 or $25.50, got "+25"`},
	}
	for _, tc := range bad {
		if got, err := ParseAmount(tc.in); err == nil || err.Error() != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want the error %q", tc.in, got, err, tc.want)
		}
	}
}

// TestPlainIsReadBack: an amount written as a settings file writes it is
// read back as the same amount.
func TestPlainIsReadBack(t *testing.T) {
	for _, cents := range []int{0, 5, 2500, 2550, 99999999} {
		if got, err := ParseAmount(plain(cents)); err != nil || got != cents {
			t.Errorf("ParseAmount(plain(%d)) = %d, %v", cents, got, err)
		}
	}
}
