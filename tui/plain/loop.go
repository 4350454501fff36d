package plain

import (
	"bufio"
	"context"
	"errors"
	"io"
	"sync"
	"time"

	"partnercoach/app"
)

// maxLine is the longest line taken; the rest of a longer line is dropped.
const maxLine = 16 << 10

// recheck is the longest the loop sleeps while a turn runs. Timers run on
// the monotonic clock, which stands still while the machine sleeps; waking
// now and then lets a turn that ended during a suspend be said soon after.
const recheck = time.Minute

// drainTimeout bounds how long quitting waits for saves still running.
const drainTimeout = 5 * time.Second

// Run runs the accessible front end on in and out until the coach quits,
// the input ends or ctx is done (ctrl+c). It sleeps until a line comes or
// something falls due in a running turn: it never wakes on a tick.
// Autosaves, the record and desktop notifications run off the loop, so
// that neither a slow disk nor a frozen notification server holds up the
// coach's typing; quitting waits for the saves still running. The error
// is app.ErrUnsaved's when the session's last save failed.
func Run(ctx context.Context, cfg app.Config, in io.Reader, out io.Writer, opts Options) error {
	fe := newFrontEnd(cfg, out, opts)
	results := make(chan func(), 16)
	stop := make(chan struct{})
	var jobs sync.WaitGroup
	fe.spawn = func(job func() func()) {
		jobs.Go(func() {
			done := job()
			select {
			case results <- done:
			case <-stop:
			}
		})
	}
	lines := make(chan string)
	go readLines(in, lines, stop)

	fe.begin()
	for !fe.done {
		wait(ctx, fe, lines, results)
	}
	close(stop)
	drain(&jobs)
	if fe.out.err != nil {
		return fe.out.err
	}
	return fe.core.ExitError()
}

// wait sleeps until one thing happens and hands it to the front end: a
// line, the end of the input, an instant falling due, the outcome of a
// job, or ctx being done.
func wait(ctx context.Context, fe *frontEnd, lines <-chan string, results <-chan func()) {
	var due <-chan time.Time
	if at, ok := fe.nextWake(); ok {
		d := fe.clock.Wait(at.Sub(fe.clock.Now()))
		t := time.NewTimer(min(max(d, time.Millisecond), recheck))
		defer t.Stop()
		due = t.C
	}
	select {
	case l, ok := <-lines:
		if !ok {
			fe.eof()
			return
		}
		fe.line(l)
	case <-due:
		fe.wake()
	case done := <-results:
		done()
	case <-ctx.Done():
		fe.interrupt()
	}
}

// drain waits, for a bounded time, for the jobs still running: the last
// autosave must reach the disk before the program exits.
func drain(jobs *sync.WaitGroup) {
	finished := make(chan struct{})
	go func() {
		jobs.Wait()
		close(finished)
	}()
	t := time.NewTimer(drainTimeout)
	defer t.Stop()
	select {
	case <-finished:
	case <-t.C:
	}
}

// readLines sends each line of in, without its line break, until the
// input ends or stop is closed; then it closes lines. A line longer than
// maxLine is cut there.
func readLines(in io.Reader, lines chan<- string, stop <-chan struct{}) {
	defer close(lines)
	r := bufio.NewReaderSize(in, 4096)
	for {
		text, err := readLine(r)
		if err != nil && text == "" {
			return
		}
		select {
		case lines <- text:
		case <-stop:
			return
		}
		if err != nil {
			return
		}
	}
}

// readLine reads one line, dropping its line break (and a carriage return
// before it) and whatever goes past maxLine. The error is io.EOF at the
// end of the input, with the text of a last line that had no line break.
func readLine(r *bufio.Reader) (string, error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf) < maxLine {
			buf = append(buf, chunk[:min(len(chunk), maxLine-len(buf))]...)
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil:
			return trimEOL(buf), err
		}
		return trimEOL(buf), nil
	}
}

// trimEOL drops the line break at the end of a line.
func trimEOL(b []byte) string {
	n := len(b)
	if n > 0 && b[n-1] == '\n' {
		n--
	}
	if n > 0 && b[n-1] == '\r' {
		n--
	}
	return string(b[:n])
}
