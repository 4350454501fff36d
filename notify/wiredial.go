//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The bus itself, to which a connection says hello.
const (
	busName      = "org.freedesktop.DBus"
	busObject    = busPath("/org/freedesktop/DBus")
	busInterface = "org.freedesktop.DBus"
	// maxAuthLine is the longest line of the bus's that the
	// authentication reads (an OK with its GUID takes 35 bytes).
	maxAuthLine = 512
)

// openBus connects to the first of sockets that answers, authenticates
// and says hello, giving up at deadline, and starts reading replies.
func openBus(sockets []busSocket, deadline time.Time) (*wireConn, error) {
	var errs []error
	for _, s := range sockets {
		sock, err := dialSocket(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c, err := handshake(sock, deadline)
		if err != nil {
			sock.Close()
			errs = append(errs, fmt.Errorf("%s: %w", s, err))
			continue
		}
		go c.read()
		return c, nil
	}
	return nil, errors.Join(errs...)
}

// dialSocket connects to s over a socket made here rather than by package
// net, whose dialling would link some 100 KB more into the program. The
// socket does not block: a bus whose queue of connections is full refuses
// this one at once (EAGAIN) instead of holding it up. Its *os.File reads
// and writes through the runtime's poller, with deadlines.
func dialSocket(s busSocket) (socket, error) {
	name := s.name
	if s.abstract {
		name = "@" + name
	} else if strings.HasPrefix(name, "@") {
		name = "./" + name // a path, not Linux's abstract namespace
	}
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, os.NewSyscallError("socket", err)
	}
	if err := syscall.Connect(fd, &syscall.SockaddrUnix{Name: name}); err != nil {
		syscall.Close(fd)
		return nil, fmt.Errorf("connect to %s: %w", s, err)
	}
	return os.NewFile(uintptr(fd), s.String()), nil
}

// handshake authenticates on sock and says hello, all by deadline, and
// returns the connection, its reader not yet started.
func handshake(sock socket, deadline time.Time) (*wireConn, error) {
	if err := sock.SetDeadline(deadline); err != nil {
		return nil, err
	}
	in := bufio.NewReader(sock)
	if err := authenticate(sock, in); err != nil {
		return nil, err
	}
	c := newWireConn(sock, in)
	if err := c.hello(); err != nil {
		return nil, err
	}
	return c, sock.SetDeadline(time.Time{})
}

// authenticate sends the NUL byte that starts the conversation, and asks
// to be taken for the user the process runs as (the EXTERNAL mechanism,
// which the bus checks against the socket's peer); once the bus says OK,
// BEGIN ends the conversation.
func authenticate(w io.Writer, in *bufio.Reader) error {
	uid := hex.EncodeToString([]byte(strconv.Itoa(os.Getuid())))
	if _, err := io.WriteString(w, "\x00AUTH EXTERNAL "+uid+"\r\n"); err != nil {
		return err
	}
	line, err := readAuthLine(in)
	if err != nil {
		return err
	}
	verb, rest, _ := strings.Cut(line, " ")
	switch {
	case verb == "OK" && rest != "":
		_, err = io.WriteString(w, "BEGIN\r\n")
		return err
	case verb == "REJECTED":
		return fmt.Errorf("the bus refused EXTERNAL authentication (it takes %q)", rest)
	}
	return fmt.Errorf("the bus answered %q to AUTH EXTERNAL", line)
}

// readAuthLine reads one line of the bus's, ended by CR LF, of at most
// maxAuthLine bytes.
func readAuthLine(in *bufio.Reader) (string, error) {
	line := make([]byte, 0, 64)
	for len(line) < maxAuthLine {
		c, err := in.ReadByte()
		if err != nil {
			return "", err
		}
		if c == '\n' {
			if len(line) == 0 || line[len(line)-1] != '\r' {
				return "", fmt.Errorf("the bus answered %q, a line not ended by CR LF", line)
			}
			return string(line[:len(line)-1]), nil
		}
		line = append(line, c)
	}
	return "", fmt.Errorf("the bus answered with a line over %d bytes", maxAuthLine)
}

// hello says hello to the bus, as a connection must before any other
// call, and waits for the answer, dropping any other message before it.
func (c *wireConn) hello() error {
	c.serial = 1
	msg, err := encodeCall(c.serial, busName, busObject, busInterface, "Hello", nil)
	if err != nil {
		return err
	}
	if _, err := c.sock.Write(msg); err != nil {
		return err
	}
	for {
		m, err := readMessage(c.in)
		if err != nil {
			return unexpectedEOF(err)
		}
		if (m.kind == msgMethodReturn || m.kind == msgError) && m.replySerial == c.serial {
			_, callErr, err := m.reply()
			return errors.Join(callErr, err)
		}
	}
}
