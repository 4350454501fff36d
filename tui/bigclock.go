package tui

import (
	"strings"
	"sync"
)

// glyphs are the characters of the large countdown at its smallest, three
// cells wide and three rows high, drawn with half blocks: each is a
// picture five pixels high, two pixels to a row. The larger sizes are
// drawn from the same pictures.
var glyphs = map[rune][3]string{
	'0': {"█▀█", "█ █", "▀▀▀"},
	'1': {" ▀█", "  █", "  ▀"},
	'2': {"▀▀█", "█▀▀", "▀▀▀"},
	'3': {"▀▀█", " ▀█", "▀▀▀"},
	'4': {"█ █", "▀▀█", "  ▀"},
	'5': {"█▀▀", "▀▀█", "▀▀▀"},
	'6': {"█▀▀", "█▀█", "▀▀▀"},
	'7': {"▀▀█", "  █", "  ▀"},
	'8': {"█▀█", "█▀█", "▀▀▀"},
	'9': {"█▀█", "▀▀█", "▀▀▀"},
	':': {" ", "▀", "▀"},
	'+': {"   ", "▄█▄", " ▀ "},
}

// clockSize is a size of the large countdown: how many cells wide each
// pixel of a glyph is, and how many half rows high.
type clockSize struct{ wide, high int }

// clockSizes are the sizes of the large countdown, smallest first: three
// rows, five rows and eight rows high.
var clockSizes = []clockSize{{1, 1}, {2, 2}, {3, 3}}

// rows is how many rows of text a glyph takes at this size.
func (z clockSize) rows() int { return (5*z.high + 1) / 2 }

// pixels turns a glyph into its picture: five rows of pixels.
func pixels(g [3]string) [5][]bool {
	var px [5][]bool
	for row, line := range g {
		for _, r := range line {
			top, bottom := r == '▀' || r == '█', r == '▄' || r == '█'
			px[2*row] = append(px[2*row], top)
			if 2*row+1 < 5 {
				px[2*row+1] = append(px[2*row+1], bottom)
			}
		}
	}
	return px
}

// bigTextSized draws s (digits, colons and a plus sign) in large glyphs
// of a size, a pixel's width apart. Characters it has no glyph for are
// left out. Each row is the glyphs' rows side by side (sizedGlyphs).
func bigTextSized(s string, z clockSize) string {
	drawn := sizedGlyphs()[z]
	gap := strings.Repeat(" ", z.wide)
	var b strings.Builder
	for row := range z.rows() {
		if row > 0 {
			b.WriteByte('\n')
		}
		first := true
		for _, r := range s {
			g, ok := drawn[r]
			if !ok {
				continue
			}
			if !first {
				b.WriteString(gap)
			}
			first = false
			b.WriteString(g[row])
		}
	}
	return b.String()
}

// sizedGlyphs holds every glyph drawn at every size, row by row, drawn
// the first time a clock is: a clock redrawn every second need not draw
// its glyphs again.
var sizedGlyphs = sync.OnceValue(func() map[clockSize]map[rune][]string {
	all := make(map[clockSize]map[rune][]string, len(clockSizes))
	for _, z := range clockSizes {
		all[z] = make(map[rune][]string, len(glyphs))
		for r, g := range glyphs {
			all[z][r] = drawGlyph(g, z)
		}
	}
	return all
})

// drawGlyph draws one glyph at a size, as rows of half blocks.
func drawGlyph(g [3]string, z clockSize) []string {
	half := 5 * z.high                 // half rows of the picture, scaled
	pic := make([][]bool, half+half%2) // one bool a half row and cell
	px := pixels(g)
	for y := range half {
		for _, on := range px[y/z.high] {
			for range z.wide {
				pic[y] = append(pic[y], on)
			}
		}
	}
	if half%2 == 1 {
		pic[half] = make([]bool, len(pic[0]))
	}
	rows := make([]string, len(pic)/2)
	for i := range rows {
		rows[i] = halfBlocks(pic[2*i], pic[2*i+1])
	}
	return rows
}

// halfBlocks draws two rows of pixels as one row of half blocks.
func halfBlocks(top, bottom []bool) string {
	var b strings.Builder
	for x := range top {
		switch {
		case top[x] && bottom[x]:
			b.WriteRune('█')
		case top[x]:
			b.WriteRune('▀')
		case bottom[x]:
			b.WriteRune('▄')
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}
