//go:build linux

package e2e

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// clockTicks is the unit of the CPU times in /proc/PID/stat: USER_HZ,
// which Linux fixes at 100 a second for user space.
const clockTicks = 100

// Usage is what the kernel says a process has used: its CPU time (user and
// system, to the nanosecond where the kernel keeps scheduler statistics,
// otherwise in 10 ms ticks), how many times its threads were switched out (each wake-up
// costs at least one), and its memory, resident in all, resident private
// (RssAnon) and the peak resident (VmHWM), in bytes.
type Usage struct {
	CPU                     time.Duration
	Switches                int64
	Resident, Private, Peak int64
}

// ReadUsage reads a process's usage from /proc.
func ReadUsage(pid int) (Usage, error) {
	var u Usage
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return u, err
	}
	// The fields after the command name, which is in parentheses and may
	// hold spaces: utime and stime are the 12th and 13th of them.
	s := string(stat)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return u, fmt.Errorf("/proc/%d/stat: %d fields after the name, want at least 13", pid, len(fields))
	}
	utime, err1 := strconv.ParseInt(fields[11], 10, 64)
	stime, err2 := strconv.ParseInt(fields[12], 10, 64)
	if err1 != nil || err2 != nil {
		return u, fmt.Errorf("/proc/%d/stat: bad CPU times %q %q", pid, fields[11], fields[12])
	}
	u.CPU = time.Duration(utime+stime) * time.Second / clockTicks
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return u, err
	}
	for _, line := range strings.Split(string(status), "\n") {
		name, value, _ := strings.Cut(line, ":")
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			continue
		}
		switch name {
		case "VmRSS":
			u.Resident = kb << 10
		case "RssAnon":
			u.Private = kb << 10
		case "VmHWM":
			u.Peak = kb << 10
		}
	}
	if ns, ok := runTime(pid); ok {
		u.CPU = ns
	}
	u.Switches, err = contextSwitches(pid)
	return u, err
}

// runTime sums the time every thread of a process has spent on a CPU, from
// the first field of each thread's /proc/PID/task/TID/schedstat, which the
// kernel keeps in nanoseconds. It reports false when a thread's figure
// cannot be read (a kernel without scheduler statistics), so that the
// caller keeps the coarser ticks of /proc/PID/stat. A thread that has ended
// takes its time with it; Go programs keep their threads.
func runTime(pid int) (time.Duration, bool) {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return 0, false
	}
	var total time.Duration
	for _, task := range tasks {
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, task.Name()))
		if err != nil {
			return 0, false
		}
		fields := strings.Fields(string(stat))
		if len(fields) == 0 {
			return 0, false
		}
		ns, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			return 0, false
		}
		total += time.Duration(ns)
	}
	return total, true
}

// contextSwitches sums the voluntary and involuntary context switches of
// every thread of a process.
func contextSwitches(pid int) (int64, error) {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return 0, err
	}
	var n int64
	for _, task := range tasks {
		status, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/status", pid, task.Name()))
		if err != nil {
			continue // the thread has gone
		}
		for _, line := range strings.Split(string(status), "\n") {
			name, value, _ := strings.Cut(line, ":")
			if name == "voluntary_ctxt_switches" || name == "nonvoluntary_ctxt_switches" {
				v, _ := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
				n += v
			}
		}
	}
	return n, nil
}

// PipeOutput copies everything the program writes to the terminal from now
// on into path, through tmux's pipe-pane.
func (term *Term) PipeOutput(path string) {
	term.t.Helper()
	term.run("pipe-pane", "-o", "-t", term.pane, "cat >> '"+path+"'")
}

// WaitForTextNow polls the screen as fast as tmux answers (a few
// milliseconds a poll) until it contains substr, and returns the instant
// it was first seen. It is for measuring how soon something shows.
func (term *Term) WaitForTextNow(timeout time.Duration, substr string) (time.Time, error) {
	deadline := time.Now().Add(timeout)
	for {
		screen, err := term.tmux("capture-pane", "-p", "-t", term.pane)
		now := time.Now()
		if err != nil {
			return now, err
		}
		if strings.Contains(screen, substr) {
			return now, nil
		}
		if now.After(deadline) {
			return now, fmt.Errorf("%q not on screen after %v; last screen:\n%s", substr, timeout, screen)
		}
	}
}
