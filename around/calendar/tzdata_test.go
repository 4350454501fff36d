package calendar

// The zone database of Go goes into the test binary, so that these tests
// pass on a machine without the system's; the system's is still read
// first where there is one, as the program reads it.
import _ "time/tzdata"
