package autosave

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"partnercoach/around/records"
	"partnercoach/internal/jsonfile"
	"partnercoach/internal/paths"
	"partnercoach/internal/safefile"
	"partnercoach/session"
)

// Path is the autosave of the live session, rewritten after every
// change while a session runs and removed once its record is written.
func Path() string { return filepath.Join(paths.StateDir(), "session.json") }

// lockPath and pidPath guard the live session against a second process.
func lockPath() string { return filepath.Join(paths.StateDir(), "session.lock") }
func pidPath() string  { return filepath.Join(paths.StateDir(), "session.pid") }

// HeldError reports that another process has the live session open.
type HeldError struct {
	// PID is the other process, or zero if it could not be read.
	PID int
}

// Error implements error.
func (e *HeldError) Error() string {
	who := "another partnercoach"
	if e.PID > 0 {
		who = fmt.Sprintf("another partnercoach (process %d)", e.PID)
	}
	return who + " has the live session open; switch to its window, or quit it there first"
}

// Live is the lock on the live session and the writer of its autosave.
// Only one process at a time holds it.
type Live struct {
	unlock  func() error
	mu      sync.Mutex
	written uint64
	// leftovers are the temporary files of writes cut short that opening
	// removed.
	leftovers []string
}

// Open takes the lock on the live session. If another process holds
// it, the error is a *HeldError naming that process.
func Open() (*Live, error) {
	if err := paths.Ensure(paths.StateDir()); err != nil {
		return nil, err
	}
	unlock, ok, err := safefile.TryLock(lockPath())
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &HeldError{PID: holderPID()}
	}
	pid := []byte(strconv.Itoa(os.Getpid()) + "\n")
	if err := safefile.WriteFile(pidPath(), pid); err != nil {
		unlock()
		return nil, err
	}
	l := &Live{unlock: unlock}
	l.leftovers, err = cleanLiveTemps()
	if err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

// cleanLiveTemps removes the temporary files that writes of the autosave,
// of the process id and of records left behind when a process was killed
// mid-write. It is called with the lock on the live session held.
func cleanLiveTemps() ([]string, error) {
	live, err := safefile.CleanTemps(paths.StateDir(), filepath.Base(Path()), filepath.Base(pidPath()))
	recs, rerr := records.CleanTemps(time.Now())
	return append(live, recs...), errors.Join(err, rerr)
}

// Leftovers are the temporary files of writes cut short (by a kill or a
// power cut) that Open found and removed.
func (l *Live) Leftovers() []string { return l.leftovers }

// holderWait is how long a process turned away waits for the lock's
// holder to write its process id, which it does just after taking the
// lock.
const holderWait = 500 * time.Millisecond

// holderPID returns the process id of the lock's holder, waiting up to
// holderWait for it to be written; zero if it never is. An id left behind
// by a process that has gone is not taken for the holder's.
func holderPID() int {
	deadline := time.Now().Add(holderWait)
	for {
		if pid := readPID(); pid > 0 && alive(pid) {
			return pid
		}
		if time.Now().After(deadline) {
			return 0
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// alive reports whether a process with the id runs. On Windows, finding
// it is the test.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	if runtime.GOOS == "windows" {
		return true
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, os.ErrPermission)
}

// readPID reads the process id of the holder of the lock, or zero.
func readPID() int {
	b, err := safefile.Read(pidPath())
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}

// Close releases the lock. The autosave stays, for a later resume.
func (l *Live) Close() error {
	os.Remove(pidPath())
	return l.unlock()
}

// Autosave writes a snapshot of the live session atomically (write, fsync,
// rename). Saves may arrive out of order from concurrent commands: one
// whose sequence number is not above the last written is dropped, so an
// older state never overwrites a newer one.
func (l *Live) Autosave(seq uint64, snap session.Snapshot) error {
	data, err := jsonfile.Encode(snap)
	if err != nil {
		return fmt.Errorf("cannot encode the autosave: %w", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if seq <= l.written {
		return nil
	}
	if err := safefile.WriteFile(Path(), data); err != nil {
		return err
	}
	l.written = seq
	return nil
}

// Finish writes the record of the ended session under a new id, then
// removes the autosave. If the record cannot be written, the autosave
// stays, so that nothing is lost. If the record is written but the
// autosave cannot be removed, the id comes back with the error: the
// record is kept, and writing it again would log the session twice.
func (l *Live) Finish(rec session.Record) (string, error) {
	rec.ID = "" // a new one
	id, err := records.Save(rec)
	if err != nil {
		return "", err
	}
	return id, l.Remove()
}

// Discard removes the autosave of a session the coach chose not to keep,
// and any temporary file of a write of it.
func (l *Live) Discard(last uint64) error {
	if err := l.remove(last); err != nil {
		return err
	}
	_, err := safefile.CleanTemps(paths.StateDir(), filepath.Base(Path()))
	return err
}

// Remove deletes the autosave, once the session's record is written or
// the coach has discarded it.
func (l *Live) Remove() error { return l.remove(^uint64(0)) }

// remove deletes the autosave; no save numbered up to last may bring it
// back. An autosave that could not be removed is still there, and the
// saves after it are still written: one dropped then would be taken
// for one on disk.
func (l *Live) remove(last uint64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	err := os.Remove(Path())
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is said once, here
		}
		return fmt.Errorf("cannot remove %s: %w", Path(), err)
	}
	l.written = max(l.written, last)
	return nil
}

// Unfinished is a session found in the autosave.
type Unfinished struct {
	Session *session.Session
	// Saved is when it was last saved: the snapshot's saved time, which
	// is the wall clock's, real even in a rehearsal.
	Saved time.Time
	// Rehearsal is whether it is a rehearsal, which is never logged.
	Rehearsal bool
}

// staleAfter is how old an unfinished session may be and still come back
// by itself.
const staleAfter = 24 * time.Hour

// ComesBackAtOnce is the one rule of an unfinished session found as the
// program opens at now, on the wall clock: one saved within the last day
// comes back at once, and so does a rehearsal, however old, on its own
// clock; an older session in real time is offered, not forced.
func (u *Unfinished) ComesBackAtOnce(now time.Time) bool {
	return u.Rehearsal || now.Sub(u.Saved) < staleAfter
}

// Load reads the autosave, if there is one, and brings the session
// back. It returns nil and no error when there is none. An autosave that
// cannot be read or does not fit its script is moved aside, never
// overwritten, and the error says what was wrong and where it went.
func Load() (*Unfinished, error) {
	u, damaged, err := read()
	if damaged {
		return nil, moveLiveAside(err)
	}
	return u, err
}

// read reads the autosave and brings the session back, changing
// nothing: nil and no error when there is none. damaged reports an
// autosave that is there but cannot be brought back (Load moves it
// aside); err alone, one that could not be read.
func read() (u *Unfinished, damaged bool, err error) {
	data, err := safefile.Read(Path())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("cannot read the autosave: %w", err)
	}
	snap, p := decodeSnapshot(Path(), data)
	if p != nil {
		return nil, true, p
	}
	ses, err := session.Restore(snap)
	if err != nil {
		return nil, true, restoreProblem(Path(), data, err)
	}
	return &Unfinished{Session: ses, Saved: snap.Saved, Rehearsal: snap.Rehearsal != nil && snap.Rehearsal.On()}, false, nil
}

// decodeSnapshot decodes an autosave read from path strictly and checks it
// by the rules of checkSnapshot, putting right the times it can.
func decodeSnapshot(path string, data []byte) (session.Snapshot, *jsonfile.Problem) {
	var snap session.Snapshot
	if err := jsonfile.Decode(path, data, &snap); err != nil {
		return session.Snapshot{}, jsonfile.AsProblem(path, err)
	}
	if snap.Format != session.SnapshotFormat {
		k, ok := jsonfile.ScanKeys(data).Named("format", 1)
		is := fmt.Sprintf("format is %d", snap.Format)
		if !ok {
			is = "format is missing"
		}
		return session.Snapshot{}, jsonfile.ProblemAt(path, data, jsonfile.Offset(k, ok),
			fmt.Sprintf("%s; this partnercoach reads autosaves of format %d", is, session.SnapshotFormat))
	}
	if bad := checkSnapshot(&snap); bad != nil {
		return session.Snapshot{}, snapshotProblem(path, data, bad)
	}
	return snap, nil
}

// snapshotProblem places what checkSnapshot found wrong: at the key of a
// step's turn it names, or else at its top-level key. A running turn's
// deadline written as the zero time (year 1) is named as the file holds
// it, not as missing.
func snapshotProblem(path string, data []byte, bad *invalid) *jsonfile.Problem {
	keys := jsonfile.ScanKeys(data)
	k, ok := keys.Named(bad.key, 1)
	if bad.step != "" {
		if tk, found := turnKey(keys, bad.step, bad.field); found {
			k, ok = tk, true
			if bad.field == "deadline" && tk.IsString && strings.HasSuffix(bad.msg, "has no deadline") {
				bad.msg = fmt.Sprintf("steps.%s.turn.deadline is %s, the zero time: expected a time %s",
					bad.step, tk.Value, records.Years())
			}
		}
	}
	return jsonfile.ProblemAt(path, data, jsonfile.Offset(k, ok), bad.msg)
}

// restoreProblem places an autosave that does not fit its script at the
// key the problem is under: a step's own key, named by its path in the
// file (steps.welcome), or the top-level key; at the file alone when it
// names none.
func restoreProblem(path string, data []byte, err error) error {
	var re *session.RestoreError
	if !errors.As(err, &re) {
		return fmt.Errorf("%s: %w", path, err)
	}
	keys := jsonfile.ScanKeys(data)
	k, ok := keys.Named(re.Key, 1)
	msg := re.Error()
	if re.Step != "" {
		for _, sk := range keys {
			if sk.Depth == 2 && sk.Name == re.Step && sk.At > k.At {
				k, ok = sk, true
				msg = keys.PathOf(sk) + ": " + re.Err.Error()
				break
			}
		}
	}
	return jsonfile.ProblemAt(path, data, jsonfile.Offset(k, ok), msg)
}

// turnKey finds, in an autosave's keys, the key called field in the turn
// of the step with the given id: the step's key under "steps" (depth 2),
// then the first key of that name in its turn (depth 4) before the next
// step's.
func turnKey(keys jsonfile.Keys, step, field string) (jsonfile.Key, bool) {
	in := false
	for _, k := range keys {
		switch {
		case k.Depth == 2:
			in = k.Name == step
		case in && k.Depth == 4 && k.Name == field:
			return k, true
		}
	}
	return jsonfile.Key{}, false
}

// moveLiveAside moves a damaged autosave to a name of its own beside it,
// never over another file, and says so.
func moveLiveAside(cause error) error {
	stamp := time.Now().Format("20060102T150405")
	to, err := safefile.MoveNoReplace(Path(), func(n int) string {
		return fmt.Sprintf("%s.damaged-%s-%d", Path(), stamp, n)
	})
	if err != nil {
		return fmt.Errorf("%v; it could not be moved aside: %w", cause, err)
	}
	return fmt.Errorf("%v; it was moved aside to %s", cause, to)
}
