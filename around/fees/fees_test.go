package fees

import "testing"

func TestFormatCents(t *testing.T) {
	for cents, want := range map[int]string{0: "$0.00", 2500: "$25.00", 7505: "$75.05", 123456: "$1234.56", -50: "-$0.50"} {
		if got := FormatCents(cents); got != want {
			t.Errorf("FormatCents(%d) = %q, want %q", cents, got, want)
		}
	}
}
