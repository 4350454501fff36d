//go:build race

package redrawcheck

// sequences is how many random sequences of frames the test draws: fewer
// under the race detector, which makes drawing them about ten times slower
// (.ci/run also draws all 400 without it).
const sequences = 40
