package e2e_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"partnercoach/internal/e2e"
	"partnercoach/session"
)

// raceID is the record the race tests change from two processes at once.
const raceID = "2025-01-02-1200"

// outcome is what one of two processes started at once said and did.
type outcome struct {
	out, stderr string
	code        int
}

// together starts the built binary once for each list of arguments, all at
// once, and returns what each said.
func together(t *testing.T, env []string, runs ...[]string) []outcome {
	t.Helper()
	cmds := make([]*exec.Cmd, len(runs))
	outs := make([]*bytes.Buffer, len(runs))
	errs := make([]*bytes.Buffer, len(runs))
	for i, args := range runs {
		cmds[i] = exec.Command(e2e.BuildBinary(t), args...)
		outs[i], errs[i] = &bytes.Buffer{}, &bytes.Buffer{}
		cmds[i].Env, cmds[i].Stdout, cmds[i].Stderr = env, outs[i], errs[i]
	}
	var wg sync.WaitGroup
	results := make([]outcome, len(runs))
	for i, c := range cmds {
		wg.Go(func() {
			err := c.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Error(err)
			}
			results[i] = outcome{outs[i].String(), errs[i].String(), code}
		})
	}
	wg.Wait()
	return results
}

// readRaceRecord reads the race record as it is on disk, and whether it is
// there.
func readRaceRecord(t *testing.T, records string) (session.Record, bool) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(records, raceID+".json"))
	if os.IsNotExist(err) {
		return session.Record{}, false
	}
	var rec session.Record
	if err != nil || json.Unmarshal(data, &rec) != nil {
		t.Fatalf("reading the record: %v\n%s", err, data)
	}
	return rec, true
}

// twoEditsRounds runs two "log edit" of one record at once, one changing
// its outcome and one its number, rounds times, and returns how many
// rounds lost a change that both runs said they made.
func twoEditsRounds(t *testing.T, rounds int) int {
	dir := t.TempDir()
	env := e2e.HomeEnv(dir)
	records := filepath.Join(dir, "data", "partnercoach", "records")
	os.MkdirAll(records, 0o700)
	lost := 0
	for range rounds {
		writeRecord(t, records, heldRecord(raceID, "Amy Early", 1))
		r := together(t, env, []string{"log", "edit", raceID, "--outcome", "no-show"}, []string{"log", "edit", raceID, "--number", "3"})
		for _, o := range r {
			if o.code != 0 || !strings.HasPrefix(o.out, "Changed record "+raceID) {
				t.Fatalf("log edit: exit %d, said %q, %q", o.code, o.out, o.stderr)
			}
		}
		if rec, _ := readRaceRecord(t, records); rec.Outcome != session.NoShow || rec.Number != 3 {
			lost++
		}
	}
	return lost
}

// forgetAndEditRounds runs "newcomer forget" and "log edit" of her record
// at once, rounds times, and returns how many rounds brought the
// forgotten record back, and how many saw forget fail or the edit fail
// other than by finding no record (its write cut from under it).
func forgetAndEditRounds(t *testing.T, rounds int) (back, failed int) {
	dir := t.TempDir()
	env := e2e.HomeEnv(dir)
	records := filepath.Join(dir, "data", "partnercoach", "records")
	os.MkdirAll(records, 0o700)
	for range rounds {
		writeRecord(t, records, heldRecord(raceID, forgotten, 1))
		r := together(t, env, []string{"newcomer", "forget", forgotten, "--yes"}, []string{"log", "edit", raceID, "--number", "2"})
		if r[0].code != 0 {
			failed++
			t.Logf("forget: exit %d, said %q", r[0].code, r[0].stderr)
		}
		if r[1].code != 0 && !strings.Contains(r[1].stderr, `no record has the id "`+raceID+`"`) {
			failed++
			t.Logf("log edit: exit %d, said %q", r[1].code, r[1].stderr)
		}
		if _, there := readRaceRecord(t, records); there {
			back++
			os.Remove(filepath.Join(records, raceID+".json"))
		}
	}
	return back, failed
}

// TestTwoEditsLoseNothing is a few rounds of TestDrillTwoEditsLoseNothing,
// for the default run.
func TestTwoEditsLoseNothing(t *testing.T) {
	t.Parallel()
	if lost := twoEditsRounds(t, 3); lost > 0 {
		t.Errorf("two log edit at once lost a change in %d of 3 rounds, both saying \"Changed record\"", lost)
	}
}

// TestForgetAndEditAtOnce is a few rounds of
// TestDrillForgetAndEditAtOnce, for the default run.
func TestForgetAndEditAtOnce(t *testing.T) {
	t.Parallel()
	if back, failed := forgetAndEditRounds(t, 3); back+failed > 0 {
		t.Errorf("of 3 rounds, log edit brought a forgotten record back in %d, and forget or the edit failed in %d", back, failed)
	}
}

// TestDrillTwoEditsLoseNothing runs two "log edit" of one record at once,
// 60 rounds: under the data lock, neither change is ever lost. On the code
// before, one was lost in about half the rounds.
func TestDrillTwoEditsLoseNothing(t *testing.T) {
	e2e.Drill(t)
	const rounds = 60
	lost := twoEditsRounds(t, rounds)
	t.Logf("%d rounds, %d lost a change", rounds, lost)
	if lost > 0 {
		t.Errorf("two log edit at once lost a change in %d of %d rounds, both saying \"Changed record\"", lost, rounds)
	}
}

// TestDrillForgetAndEditAtOnce runs "newcomer forget" and "log edit" of the
// newcomer's record at once, 60 rounds: the record never comes back. On
// the code before, it came back in about half the rounds.
func TestDrillForgetAndEditAtOnce(t *testing.T) {
	e2e.Drill(t)
	const rounds = 60
	back, failed := forgetAndEditRounds(t, rounds)
	t.Logf("%d rounds, %d brought the record back, %d saw forget or the edit fail", rounds, back, failed)
	if back+failed > 0 {
		t.Errorf("of %d rounds, log edit brought a forgotten record back in %d, and forget or the edit failed in %d", rounds, back, failed)
	}
}
