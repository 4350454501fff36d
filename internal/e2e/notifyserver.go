//go:build linux

package e2e

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// startTimeout bounds each step of starting the notification server.
const startTimeout = 5 * time.Second

// busConfig is a private session bus: one unix socket, no service
// directories (so nothing is ever auto-started), and a short reply timeout so
// that a call to a frozen server fails fast. %s is the socket path.
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%s</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
  <limit name="reply_timeout">3000</limit>
</busconfig>
`

// dunstConfig keeps dunst away from the developer's own configuration and
// quiet about missing icon themes.
const dunstConfig = `[global]
    icon_position = off
`

// notifyMatch is the dbus-monitor match rule for sent notifications.
const notifyMatch = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"

// NotifyServer is a headless desktop notification server: Xvfb, a private
// D-Bus session bus and dunst, with dbus-monitor recording every Notify call.
type NotifyServer struct {
	// Address is the private session bus address, for DBUS_SESSION_BUS_ADDRESS.
	Address string
	// Display is the Xvfb display, such as ":90", for DISPLAY.
	Display string

	t       testing.TB
	dir     string
	procs   []*process
	dunst   *process
	monitor *SyncBuffer
}

// Notification is one Notify call seen on the bus.
type Notification struct {
	Time    time.Time // when the bus carried the call, as dbus-monitor stamped it
	AppName string
	// Replaces is the id of the notification this one takes the place
	// of (replaces_id), 0 for none.
	Replaces uint32
	Summary  string
	Body     string
	Hints    string // the hints dictionary as dbus-monitor printed it
}

// StartNotifyServer starts a notification server for the test and registers
// a cleanup that stops every process it started, in reverse order.
func StartNotifyServer(t testing.TB) *NotifyServer {
	t.Helper()
	Require(t, "Xvfb", "dbus-daemon", "dbus-send", "dbus-monitor", "dunst")
	dir, err := os.MkdirTemp("", "pc-notify-") // short: it holds a unix socket
	if err != nil {
		t.Fatal(err)
	}
	ns := &NotifyServer{t: t, dir: dir, monitor: &SyncBuffer{}}
	t.Cleanup(ns.stop)
	start := time.Now()
	for _, step := range []func() error{ns.startX, ns.startBus, ns.startDunst, ns.startMonitor} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("notification server on %s ready in %v", ns.Display, time.Since(start).Round(time.Millisecond))
	return ns
}

// Env returns the variables a program needs to reach the server.
func (ns *NotifyServer) Env() []string {
	return []string{"DBUS_SESSION_BUS_ADDRESS=" + ns.Address, "DISPLAY=" + ns.Display}
}

// Displayed counts the notifications dunst shows now (dunstctl count
// displayed).
func (ns *NotifyServer) Displayed() int {
	ns.t.Helper()
	cmd := exec.Command("dunstctl", "count", "displayed")
	cmd.Env = append(os.Environ(), "DBUS_SESSION_BUS_ADDRESS="+ns.Address)
	out, err := cmd.Output()
	if err != nil {
		ns.t.Fatalf("dunstctl count displayed: %v", err)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		ns.t.Fatalf("dunstctl count displayed said %q", out)
	}
	return n
}

// Freeze stops dunst with SIGSTOP, so that calls to it go unanswered.
func (ns *NotifyServer) Freeze() { ns.signalDunst(syscall.SIGSTOP) }

// Thaw lets a frozen dunst run again with SIGCONT.
func (ns *NotifyServer) Thaw() { ns.signalDunst(syscall.SIGCONT) }

func (ns *NotifyServer) signalDunst(sig syscall.Signal) {
	ns.t.Helper()
	if err := ns.dunst.cmd.Process.Signal(sig); err != nil {
		ns.t.Fatalf("signalling dunst: %v", err)
	}
}

// Notifications returns every notification sent so far, oldest first.
func (ns *NotifyServer) Notifications() []Notification {
	return parseNotifications(ns.monitor.String())
}

// WaitNotification polls every 50 ms until a notification matches and
// returns it. After timeout it returns an error listing what did arrive.
func (ns *NotifyServer) WaitNotification(timeout time.Duration, match func(Notification) bool) (Notification, error) {
	deadline := time.Now().Add(timeout)
	for {
		seen := ns.Notifications()
		for _, n := range seen {
			if match(n) {
				return n, nil
			}
		}
		if time.Now().After(deadline) {
			return Notification{}, fmt.Errorf("no matching notification after %v; saw %d: %+v",
				timeout, len(seen), seen)
		}
		time.Sleep(pollInterval)
	}
}

// errDisplayBusy means another X server holds the display Xvfb was given.
var errDisplayBusy = errors.New("display in use")

// startX starts Xvfb on the first free display from :90 up. Xvfb writes the
// display number to fd 3 (-displayfd) once it accepts connections.
func (ns *NotifyServer) startX() error {
	for n := 90; n < 190; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		display, err := ns.tryX(n)
		if err == nil {
			ns.Display = display
			return nil
		}
		if !errors.Is(err, errDisplayBusy) {
			return err
		}
	}
	return errors.New("no free display for Xvfb between :90 and :189")
}

// tryX starts Xvfb on display n and waits until it is ready.
func (ns *NotifyServer) tryX(n int) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", err
	}
	defer r.Close()
	cmd := exec.Command("Xvfb", fmt.Sprintf(":%d", n), "-displayfd", "3",
		"-nolisten", "tcp", "-screen", "0", "1280x800x24")
	cmd.ExtraFiles = []*os.File{w}
	p, err := ns.spawn(cmd, syscall.SIGTERM) // SIGTERM lets Xvfb remove its lock file
	w.Close()
	if err != nil {
		return "", err
	}
	line, err := readLine(r, p)
	if err != nil && p.exited(time.Second) {
		stderr := p.stderr.String()
		if strings.Contains(stderr, "listening sockets") || strings.Contains(stderr, "already active") {
			return "", errDisplayBusy
		}
	}
	if err != nil {
		return "", err
	}
	return ":" + line, nil
}

// startBus starts a private session bus and reads its address from fd 3.
func (ns *NotifyServer) startBus() error {
	conf := filepath.Join(ns.dir, "bus.conf")
	socket := filepath.Join(ns.dir, "bus")
	if err := os.WriteFile(conf, fmt.Appendf(nil, busConfig, socket), 0o644); err != nil {
		return err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return err
	}
	defer r.Close()
	cmd := exec.Command("dbus-daemon", "--config-file="+conf, "--nofork", "--print-address=3")
	cmd.ExtraFiles = []*os.File{w}
	p, err := ns.spawn(cmd, syscall.SIGKILL)
	w.Close()
	if err != nil {
		return err
	}
	ns.Address, err = readLine(r, p)
	return err
}

// startDunst starts dunst with an environment of its own, away from the
// developer's home, and waits until it owns org.freedesktop.Notifications.
func (ns *NotifyServer) startDunst() error {
	conf := filepath.Join(ns.dir, "dunstrc")
	if err := os.WriteFile(conf, []byte(dunstConfig), 0o644); err != nil {
		return err
	}
	cmd := exec.Command("dunst", "-config", conf)
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + ns.dir,
		"XDG_CONFIG_HOME=" + filepath.Join(ns.dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(ns.dir, "data"),
		"XDG_CACHE_HOME=" + filepath.Join(ns.dir, "cache"),
		"DISPLAY=" + ns.Display,
		"DBUS_SESSION_BUS_ADDRESS=" + ns.Address,
	}
	p, err := ns.spawn(cmd, syscall.SIGKILL) // SIGKILL also ends a frozen dunst
	if err != nil {
		return err
	}
	ns.dunst = p
	return poll(p, "dunst to own org.freedesktop.Notifications", func() bool {
		out, _ := exec.Command("dbus-send", "--bus="+ns.Address, "--print-reply",
			"--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
			"org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.Notifications").Output()
		return bytes.Contains(out, []byte("boolean true"))
	})
}

// startMonitor starts dbus-monitor on the Notify calls and waits until it
// has become a monitor: the bus then takes its name away (NameLost).
func (ns *NotifyServer) startMonitor() error {
	cmd := exec.Command("dbus-monitor", "--address", ns.Address, notifyMatch)
	cmd.Stdout = ns.monitor
	p, err := ns.spawn(cmd, syscall.SIGKILL)
	if err != nil {
		return err
	}
	return poll(p, "dbus-monitor to start monitoring", func() bool {
		return strings.Contains(ns.monitor.String(), "member=NameLost")
	})
}

// process is one program the server started, kept so that it can be stopped
// by its own pid.
type process struct {
	name   string
	cmd    *exec.Cmd
	stderr *SyncBuffer
	done   chan struct{} // closed once the process has been reaped
}

// spawn starts cmd, keeps it for stop, and reaps it when it exits. The kernel
// sends deathSig to it should the test process die without cleaning up.
func (ns *NotifyServer) spawn(cmd *exec.Cmd, deathSig syscall.Signal) (*process, error) {
	p := &process{name: filepath.Base(cmd.Path), cmd: cmd, stderr: &SyncBuffer{}, done: make(chan struct{})}
	cmd.Stderr = p.stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: deathSig}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", p.name, err)
	}
	ns.procs = append(ns.procs, p)
	go func() {
		cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// exited reports whether the process has exited, waiting up to wait for it.
func (p *process) exited(wait time.Duration) bool {
	select {
	case <-p.done:
		return true
	case <-time.After(wait):
		return false
	}
}

// stop ends the process with SIGTERM (and SIGCONT, in case it is frozen),
// then SIGKILL if it is still there after three seconds, and reaps it.
func (p *process) stop() {
	p.cmd.Process.Signal(syscall.SIGTERM)
	p.cmd.Process.Signal(syscall.SIGCONT)
	if !p.exited(3 * time.Second) {
		p.cmd.Process.Kill()
		<-p.done
	}
}

// stop stops every process in the reverse order of starting and removes the
// server's directory. If the test failed, it logs what each process said.
func (ns *NotifyServer) stop() {
	for i := len(ns.procs) - 1; i >= 0; i-- {
		p := ns.procs[i]
		p.stop()
		if ns.t.Failed() && p.stderr.String() != "" {
			ns.t.Logf("%s's stderr:\n%s", p.name, p.stderr)
		}
	}
	os.RemoveAll(ns.dir)
}

// poll checks ready every 20 ms until it is true, failing if p exits first or
// startTimeout passes; what names the wait in the error.
func poll(p *process, what string, ready func() bool) error {
	deadline := time.Now().Add(startTimeout)
	for !ready() {
		if p.exited(20 * time.Millisecond) {
			return fmt.Errorf("%s exited while waiting for %s; its stderr:\n%s", p.name, what, p.stderr)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("gave up waiting for %s after %v; %s's stderr:\n%s",
				what, startTimeout, p.name, p.stderr)
		}
	}
	return nil
}

// readLine reads the first line p writes to r, without its newline. It fails
// if p closes r first or startTimeout passes.
func readLine(r *os.File, p *process) (string, error) {
	type result struct {
		line string
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		line, err := bufio.NewReader(r).ReadString('\n')
		ch <- result{strings.TrimSpace(line), err}
	}()
	select {
	case res := <-ch:
		if res.err != nil && res.line == "" {
			return "", fmt.Errorf("%s wrote nothing on fd 3 (%v); its stderr:\n%s",
				p.name, res.err, p.stderr)
		}
		return res.line, nil
	case <-time.After(startTimeout):
		return "", fmt.Errorf("%s not ready after %v; its stderr:\n%s", p.name, startTimeout, p.stderr)
	}
}

// SyncBuffer is a bytes.Buffer that a process may write while a test reads
// it: the standard output or error of a command a test started.
type SyncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write implements io.Writer.
func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns everything written so far.
func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// SessionBusProcesses returns the pids of the running dbus-daemon and
// dbus-launch processes (zombies excluded), found through /proc. A test takes
// it before and after to prove that no session bus was left behind.
func SessionBusProcesses() ([]int, error) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil, err
	}
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		comm, err := os.ReadFile(filepath.Join("/proc", e.Name(), "comm"))
		if err != nil {
			continue // it has exited meanwhile
		}
		switch strings.TrimSpace(string(comm)) {
		case "dbus-daemon", "dbus-launch":
			if !isZombie(pid) {
				pids = append(pids, pid)
			}
		}
	}
	return pids, nil
}

// Prefixes of the lines dbus-monitor prints for the arguments of a Notify
// call (app_name, replaces_id, app_icon, summary, body, actions, hints,
// expire_timeout). Strings are printed raw: quotes and newlines in them are
// not escaped, so a string ends at a closing quote followed by the line the
// next argument must start with.
const (
	argString = `   string "`
	argUint32 = "   uint32 "
	argArray  = "   array ["
	argEnd    = "   ]"
	argInt32  = "   int32 "
)

// parseNotifications reads the Notify calls out of dbus-monitor's output.
// A call still being written is left out until it is complete.
func parseNotifications(out string) []Notification {
	lines := strings.Split(out, "\n")
	lines = lines[:len(lines)-1] // the last line is not complete yet
	var list []Notification
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "method call time=") || !strings.HasSuffix(lines[i], "member=Notify") {
			continue
		}
		if n, next, ok := parseNotify(lines, i); ok {
			list = append(list, n)
			i = next - 1
		}
	}
	return list
}

// parseNotify parses the call whose header is lines[i] and returns the index
// of the line after it.
func parseNotify(lines []string, i int) (Notification, int, bool) {
	r := &argReader{lines: lines, j: i + 1, ok: true}
	n := Notification{Time: monitorTime(lines[i])}
	n.AppName = r.str(argUint32)
	n.Replaces = r.uint32()
	r.str(argString) // app_icon
	n.Summary = r.str(argString)
	n.Body = r.str(argArray)
	r.block(argArray) // actions
	n.Hints = r.block(argInt32)
	r.skip(argInt32) // expire_timeout
	return n, r.j, r.ok
}

// argReader walks the argument lines of one call; ok turns false, for good,
// when a line is not what the call's signature says comes next, which is also
// the case when the call has not been printed in full yet.
type argReader struct {
	lines []string
	j     int
	ok    bool
}

// str reads a string argument, which ends where a line ending in a quote is
// followed by a line starting with next.
func (r *argReader) str(next string) string {
	if !r.ok || r.j >= len(r.lines) || !strings.HasPrefix(r.lines[r.j], argString) {
		r.ok = false
		return ""
	}
	text := strings.TrimPrefix(r.lines[r.j], argString)
	for k := r.j; k+1 < len(r.lines); k++ {
		if k > r.j {
			text += "\n" + r.lines[k]
		}
		if strings.HasSuffix(text, `"`) && strings.HasPrefix(r.lines[k+1], next) {
			r.j = k + 1
			return text[:len(text)-1]
		}
	}
	r.ok = false
	return ""
}

// uint32 reads a one-line uint32 argument.
func (r *argReader) uint32() uint32 {
	if !r.ok || r.j >= len(r.lines) || !strings.HasPrefix(r.lines[r.j], argUint32) {
		r.ok = false
		return 0
	}
	v, err := strconv.ParseUint(strings.TrimPrefix(r.lines[r.j], argUint32), 10, 32)
	r.ok = err == nil
	r.j++
	return uint32(v)
}

// skip passes over a one-line argument starting with prefix.
func (r *argReader) skip(prefix string) {
	if !r.ok || r.j >= len(r.lines) || !strings.HasPrefix(r.lines[r.j], prefix) {
		r.ok = false
		return
	}
	r.j++
}

// block reads an array argument, up to the closing line that is followed by
// a line starting with next, and returns it as printed.
func (r *argReader) block(next string) string {
	if !r.ok || r.j >= len(r.lines) || r.lines[r.j] != argArray {
		r.ok = false
		return ""
	}
	for k := r.j; k+1 < len(r.lines); k++ {
		if r.lines[k] == argEnd && strings.HasPrefix(r.lines[k+1], next) {
			text := strings.Join(r.lines[r.j:k+1], "\n")
			r.j = k + 1
			return text
		}
	}
	r.ok = false
	return ""
}

// monitorTime reads the "time=SECONDS.MICROSECONDS" stamp of a header line,
// or returns the zero time if there is none.
func monitorTime(header string) time.Time {
	_, rest, ok := strings.Cut(header, " time=")
	if !ok {
		return time.Time{}
	}
	stamp, _, _ := strings.Cut(rest, " ")
	secText, fracText, _ := strings.Cut(stamp, ".")
	sec, err := strconv.ParseInt(secText, 10, 64)
	if err != nil {
		return time.Time{}
	}
	fracText = (fracText + "000000000")[:9]
	nsec, err := strconv.ParseInt(fracText, 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.Unix(sec, nsec)
}
