//go:build race

package redrawcheck

// sequences is how many random sequences of frames the test draws: fewer
// under the race detector, which makes drawing them about ten times slower.
const sequences = 80
