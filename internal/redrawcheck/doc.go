// Package redrawcheck holds the test that the patched Bubble Tea renderer,
// which draws only the lines of a frame that changed and compares only the
// rows that changed with the screen, sends a terminal exactly what drawing
// every frame in full sends (see third_party/README.md).
// It has no code of its own.
package redrawcheck
