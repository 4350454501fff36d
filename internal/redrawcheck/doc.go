// Package redrawcheck holds the test that the patched Bubble Tea renderer,
// which draws only the lines of a frame that changed, shows on a terminal
// exactly what drawing every frame in full shows (see third_party/README.md).
// It has no code of its own.
package redrawcheck
