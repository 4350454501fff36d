package english

import "testing"

func TestPlural(t *testing.T) {
	tests := []struct {
		n      int
		plural string
	}{
		{0, "notes"},
		{1, "note"},
		{2, "notes"},
		{-1, "notes"},
	}
	for _, tt := range tests {
		if got := Plural(tt.n, "note", "notes"); got != tt.plural {
			t.Errorf("Plural(%d) = %q, want %q", tt.n, got, tt.plural)
		}
	}
}

func TestDigitsAndWords(t *testing.T) {
	tests := []struct {
		seconds       int64
		digits, words string
	}{
		{0, "0:00", "0 seconds"},
		{1, "0:01", "1 second"},
		{45, "0:45", "45 seconds"},
		{60, "1:00", "1 minute"},
		{90, "1:30", "1 minute 30 seconds"},
		{372, "6:12", "6 minutes 12 seconds"},
		{3599, "59:59", "59 minutes 59 seconds"},
		{3600, "1:00:00", "1 hour"},
		{3723, "1:02:03", "1 hour 2 minutes 3 seconds"},
		{3900, "1:05:00", "1 hour 5 minutes"},
		{7201, "2:00:01", "2 hours 1 second"},
		{-90, "1:30", "1 minute 30 seconds"}, // by its size
	}
	for _, tt := range tests {
		if got := Digits(tt.seconds); got != tt.digits {
			t.Errorf("Digits(%d) = %q, want %q", tt.seconds, got, tt.digits)
		}
		if got := Words(tt.seconds); got != tt.words {
			t.Errorf("Words(%d) = %q, want %q", tt.seconds, got, tt.words)
		}
	}
}
