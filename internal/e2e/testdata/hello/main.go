// Command hello is the small program TestBuild builds in place of
// partnercoach, to check the build of the end-to-end tests cheaply.
package main

import (
	"fmt"
	"runtime/debug"
)

// main prints whether cgo was on for the build.
func main() {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Println("no build information")
		return
	}
	for _, s := range info.Settings {
		if s.Key == "CGO_ENABLED" || s.Key == "-trimpath" {
			fmt.Printf("%s=%s\n", s.Key, s.Value)
		}
	}
}
