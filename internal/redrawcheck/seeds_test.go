//go:build !race

package redrawcheck

// sequences is how many random sequences of frames the test draws.
const sequences = 400
