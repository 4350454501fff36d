package main

// Windows has no zone database of the kind Go reads, so the Windows build
// carries Go's own copy; elsewhere the system's is used, which its updates
// keep current (see around/book/zonedb.go).
import _ "time/tzdata"
