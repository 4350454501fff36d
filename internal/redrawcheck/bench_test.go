package redrawcheck

import (
	"fmt"
	"io"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// countdown builds n frames of a 100×30 screen of styled lines in which,
// as in a running turn, only the time left and the title line change. With
// wide, every line of the box holds wide characters (漢字, 🙂), which the
// terminal renderer repaints every frame whether they changed or not; without,
// the lines are ASCII and box drawing, as partnercoach's own screens are.
func countdown(n int, wide bool) []tea.View {
	point := "talking point with 漢字 and 🙂 that does not change during the turn"
	if !wide {
		point = "talking point · one that does not change during the turn ─ ░ █"
	}
	text := lipgloss.NewStyle().Foreground(lipgloss.Color("#88ccff"))
	box := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Width(96)
	body := make([]string, 20)
	for i := range body {
		body[i] = text.Render(fmt.Sprintf("%2d · %s", i, point))
	}
	views := make([]tea.View, n)
	for i := range views {
		left := 900 - i
		head := lipgloss.NewStyle().Bold(true).Render(fmt.Sprintf("My turn · %d:%02d left", left/60, left%60))
		v := tea.NewView(head + "\n" + box.Render(strings.Join(body, "\n")) + "\n" + text.Render("n next · p back · space pause"))
		v.AltScreen = true
		v.WindowTitle = fmt.Sprintf("%d:%02d", left/60, left%60)
		views[i] = v
	}
	return views
}

// benchmarkCountdown draws a minute of countdown frames and reports the
// time a frame takes.
func benchmarkCountdown(b *testing.B, full, wide bool) {
	views := countdown(60, wide)
	for b.Loop() {
		if _, err := tea.DrawFrames(io.Discard, 100, 30, ansi.WcWidth, views, full, func(int, *uv.Buffer) {}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(views))/1000, "ms/frame")
}

// BenchmarkCountdownFullFrames draws every frame in full, as v2.0.10 does.
func BenchmarkCountdownFullFrames(b *testing.B) { benchmarkCountdown(b, true, false) }

// BenchmarkCountdownChangedLines draws only the lines that changed.
func BenchmarkCountdownChangedLines(b *testing.B) { benchmarkCountdown(b, false, false) }

// BenchmarkCountdownWideFullFrames draws every frame of the countdown with
// wide characters in full.
func BenchmarkCountdownWideFullFrames(b *testing.B) { benchmarkCountdown(b, true, true) }

// BenchmarkCountdownWideChangedLines draws only the lines that changed of
// the countdown with wide characters.
func BenchmarkCountdownWideChangedLines(b *testing.B) { benchmarkCountdown(b, false, true) }
