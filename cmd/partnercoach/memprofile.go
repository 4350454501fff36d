//go:build memprofile

package main

// This file is built only with -tags memprofile, to see what partnercoach
// keeps in memory (BENCHMARKS.md, issue 21): with PARTNERCOACH_MEMPROFILE
// set to a path, every allocation from main's start is sampled (or one in
// PARTNERCOACH_MEMPROFILE_RATE bytes; 0 samples none, leaving the memory
// as it is without profiling), and each SIGUSR1 writes a heap profile
// there (after a collection) for `go tool pprof` and the runtime's account
// of its memory beside it (PATH.txt); SIGUSR2 writes the account alone,
// without a collection. Release builds hold none of it.

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
)

// init starts the profiling before main runs (the imported packages have
// initialised by then, before the sampling rate is set).
func init() { startMemProfile() }

// startMemProfile samples every allocation and writes a heap profile on
// each SIGUSR1 (the account alone on each SIGUSR2), when
// PARTNERCOACH_MEMPROFILE names a file.
func startMemProfile() {
	path := os.Getenv("PARTNERCOACH_MEMPROFILE")
	if path == "" {
		return
	}
	runtime.MemProfileRate = 1
	if r, err := strconv.Atoi(os.Getenv("PARTNERCOACH_MEMPROFILE_RATE")); err == nil {
		runtime.MemProfileRate = r // 0 for the runtime's account alone, undisturbed
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR1, syscall.SIGUSR2)
	go func() {
		for s := range sig {
			if s == syscall.SIGUSR2 { // the account alone, as it stands
				writeMemStats(path + ".txt")
				continue
			}
			runtime.GC()
			writeMemStats(path + ".txt") // before the profile's own buffers
			if f, err := os.Create(path); err == nil {
				_ = pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
		}
	}()
}

// writeMemStats writes the runtime's account of its memory, in KiB, to a
// file: the heap in use, idle and given back, the stacks, and the
// runtime's own structures.
func writeMemStats(path string) {
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	for _, v := range []struct {
		name string
		n    uint64
	}{
		{"HeapAlloc", s.HeapAlloc}, {"HeapInuse", s.HeapInuse}, {"HeapIdle", s.HeapIdle},
		{"HeapReleased", s.HeapReleased}, {"StackInuse", s.StackInuse}, {"MSpanInuse", s.MSpanInuse},
		{"MCacheInuse", s.MCacheInuse}, {"GCSys", s.GCSys}, {"OtherSys", s.OtherSys},
		{"BuckHashSys", s.BuckHashSys}, {"Sys", s.Sys}, {"NextGC", s.NextGC},
	} {
		fmt.Fprintf(f, "%-13s %8d KiB\n", v.name, v.n/1024)
	}
	fmt.Fprintf(f, "collections   %8d\ngoroutines    %8d\n", s.NumGC, runtime.NumGoroutine())
	var samples []metrics.Sample
	for _, d := range metrics.All() {
		if strings.HasPrefix(d.Name, "/memory/classes/") {
			samples = append(samples, metrics.Sample{Name: d.Name})
		}
	}
	metrics.Read(samples)
	for _, m := range samples {
		fmt.Fprintf(f, "%-48s %8d KiB\n", m.Name, m.Value.Uint64()/1024)
	}
}
