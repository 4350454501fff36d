package store

// TempOf reports whether a folder entry called name is a temporary file of
// an atomic write (WriteFile, WriteOutput) of the file called target in
// the same folder: one a kill left behind, for a command that writes
// outside the store, such as calendar export, to clean up.
func TempOf(name, target string) bool { return tempOf(name, target) }
