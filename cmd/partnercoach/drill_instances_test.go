//go:build linux

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"partnercoach/internal/e2e"
)

// The newcomers the instances drill starts with, and how many payment
// notices and contacts it records for each, all at once.
var (
	drillNewcomers = []string{"P1", "P2", "P3", "P4"}
	drillAdds      = 24
	drillDates     = 5
)

// newcomerStorm returns the command lines of the concurrent newcomer
// commands: drillAdds new names, and drillDates payment notices and as many
// contacts, on distinct days, for each of drillNewcomers.
func newcomerStorm() [][]string {
	var cmds [][]string
	for i := 1; i <= drillAdds; i++ {
		cmds = append(cmds, []string{"newcomer", "add", fmt.Sprintf("N%02d", i), "--assigned", "2026-09-01"})
	}
	for _, name := range drillNewcomers {
		for d := 1; d <= drillDates; d++ {
			cmds = append(cmds,
				[]string{"newcomer", "paid", name, "--date", fmt.Sprintf("2026-10-%02d", d)},
				[]string{"newcomer", "contacted", name, "--date", fmt.Sprintf("2026-10-%02d", 10+d)})
		}
	}
	return cmds
}

// runAll runs every command line at once, each as its own process, and
// returns the failures.
func runAll(bin string, env []string, cmds [][]string) []string {
	var mu sync.Mutex
	var failed []string
	var wg sync.WaitGroup
	for _, args := range cmds {
		wg.Go(func() {
			if stderr, code := runQuiet(bin, env, args...); code != 0 {
				mu.Lock()
				failed = append(failed, fmt.Sprintf("%v: exit %d: %s", args, code, stderr))
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return failed
}

// TestDrillTwoInstances starts two sessions at once (one gets the live
// session, the other is turned away naming it), then runs 64 newcomer
// commands at once, each its own process on the same newcomer list, while
// the live session is used and ended with its coach log written. After, the
// newcomer list and every record parse, and nothing is lost: every name,
// every payment notice and contact, the session's record.
func TestDrillTwoInstances(t *testing.T) {
	e2e.Drill(t)
	e2e.Require(t, "tmux")
	begun := time.Now()
	dir := t.TempDir()
	env := homeEnv(dir)
	bin := e2e.BuildBinary(t)
	for i, name := range drillNewcomers {
		mustRun(t, env, "newcomer", "add", name, "--assigned", "2026-09-0"+strconv.Itoa(i+1))
	}
	live := twoRunsAtOnce(t, env, bin)

	cmds := newcomerStorm()
	var failed []string
	done := make(chan struct{})
	stormStart := time.Now()
	go func() {
		failed = runAll(bin, env, cmds)
		close(done)
	}()
	for range 3 {
		live.Send("x", "Down")
	}
	live.Send("N")
	live.SendLiteral("during the storm")
	live.Send("Enter")
	live.WaitForText(3*time.Second, "during the storm")
	finishSession(t, live, true)
	<-done
	storm := time.Since(stormStart)
	for _, f := range failed {
		t.Error(f)
	}
	names := checkNewcomerFile(t, dir)
	records := checkRecords(t, dir, 1)
	t.Logf("two instances: 2 runs at once (1 live, 1 turned away), %d newcomer processes at once with a live session "+
		"in %.2f s, %d failed; newcomers.json parses with %d names (want %d), %d records parse (want 1); "+
		"test wall time %.1f s", len(cmds), storm.Seconds(), len(failed), names,
		len(drillNewcomers)+drillAdds, records, time.Since(begun).Seconds())
}

// twoRunsAtOnce starts two sessions for the newcomer P1 at the same moment:
// one must open the session, the other must stop with status 1 saying that
// another process has it. It returns the terminal of the live one.
func twoRunsAtOnce(t *testing.T, env []string, bin string) *e2e.Term {
	t.Helper()
	args := []string{bin, "run", "first", "--newcomer", "P1", "--no-notify", "--silent"}
	terms := make([]*e2e.Term, 2)
	var wg sync.WaitGroup
	for i := range terms {
		wg.Go(func() { terms[i] = e2e.StartTerm(t, 100, 30, env, args...) })
	}
	wg.Wait()
	live, other := terms[0], terms[1]
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(live.Screen(), "step 1 of 11"); {
		if time.Now().After(deadline) {
			t.Fatalf("neither run opened the session:\n%s\n%s", terms[0].Screen(), terms[1].Screen())
		}
		live, other = other, live
		time.Sleep(25 * time.Millisecond)
	}
	if code := other.WaitExit(5 * time.Second); code != 1 {
		t.Fatalf("the second run: exit status %d, want 1:\n%s", code, other.ScreenAfterExit())
	}
	// The loser names the winner's process, even when it looked in the
	// moment between the winner taking the lock and writing session.pid.
	named := "another partnercoach (process " + strconv.Itoa(live.PID()) + ") has the live session open"
	if s := other.ScreenAfterExit(); !strings.Contains(s, named) {
		t.Fatalf("the second run said:\n%s\nwant %q", s, named)
	}
	return live
}

// newcomerFile is the part of newcomers.json the drill counts.
type newcomerFile struct {
	Format    int `json:"format"`
	Newcomers []struct {
		Name     string   `json:"name"`
		Payments []string `json:"payment_notices"`
		Contacts []string `json:"contacts"`
	} `json:"newcomers"`
}

// checkNewcomerFile parses newcomers.json strictly and checks that every
// name, payment notice and contact of the drill is in it, and that nothing
// was moved aside. It returns the number of newcomers.
func checkNewcomerFile(t *testing.T, dir string) int {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "data", "partnercoach", "newcomers.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f newcomerFile
	if err := json.Unmarshal(data, &f); err != nil || f.Format != 3 {
		t.Fatalf("newcomers.json does not parse (%v, format %d):\n%s", err, f.Format, data)
	}
	seen := map[string]int{}
	for i, n := range f.Newcomers {
		seen[n.Name] = i
	}
	for i := 1; i <= drillAdds; i++ {
		if _, ok := seen[fmt.Sprintf("N%02d", i)]; !ok {
			t.Errorf("newcomer N%02d was lost", i)
		}
	}
	for _, name := range drillNewcomers {
		i, ok := seen[name]
		if !ok {
			t.Errorf("newcomer %s was lost", name)
			continue
		}
		n := f.Newcomers[i]
		if len(n.Payments) != drillDates || len(n.Contacts) != drillDates {
			t.Errorf("%s has %d payment notices and %d contacts, want %d each: %v %v",
				name, len(n.Payments), len(n.Contacts), drillDates, n.Payments, n.Contacts)
		}
	}
	if len(f.Newcomers) != len(drillNewcomers)+drillAdds {
		t.Errorf("%d newcomers, want %d", len(f.Newcomers), len(drillNewcomers)+drillAdds)
	}
	return len(f.Newcomers)
}

// checkRecords parses every record as JSON, checks that there are want of
// them and none moved aside, that partnercoach log lists them all, and
// that no autosave is left. It returns the number of records.
func checkRecords(t *testing.T, dir string, want int) int {
	t.Helper()
	records := filepath.Join(dir, "data", "partnercoach", "records")
	files, _ := filepath.Glob(filepath.Join(records, "*.json"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		var rec map[string]any
		if err == nil {
			err = json.Unmarshal(data, &rec)
		}
		if err != nil || rec["id"] != strings.TrimSuffix(filepath.Base(file), ".json") {
			t.Errorf("record %s does not parse (%v):\n%s", file, err, data)
		}
	}
	if len(files) != want {
		t.Errorf("%d records, want %d", len(files), want)
	}
	if moved, _ := os.ReadDir(filepath.Join(records, "damaged")); len(moved) > 0 {
		t.Errorf("%d files were moved aside as damaged", len(moved))
	}
	out := mustRun(t, homeEnv(dir), "log")
	if lines := strings.Count(strings.TrimSpace(out), "\n"); lines != want || !slices.ContainsFunc(files, func(f string) bool {
		return strings.Contains(out, strings.TrimSuffix(filepath.Base(f), ".json"))
	}) {
		t.Errorf("log does not list the %d records:\n%s", want, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "state", "partnercoach", "session.json")); !os.IsNotExist(err) {
		t.Errorf("the autosave is still there after the coach log was written: %v", err)
	}
	return len(files)
}
