//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

// This file reads D-Bus server addresses (the D-Bus Specification,
// "Server Addresses"), of which the notifier takes only the Unix socket
// kinds a client can connect to: unix:path= and unix:abstract=.

// busSocket is where a bus listens: a file system path, or a name in
// Linux's abstract socket namespace.
type busSocket struct {
	name     string
	abstract bool
}

func (s busSocket) String() string {
	if s.abstract {
		return "abstract socket " + s.name
	}
	return s.name
}

// parseBusAddress returns the sockets of addresses, a list of addresses
// separated by ';', in their order. An address of another transport
// (tcp:, unixexec:, autolaunch: ...) is refused, and so is the whole list
// when it holds no address the notifier can use.
func parseBusAddress(addresses string) ([]busSocket, error) {
	var sockets []busSocket
	var refused []error
	for _, a := range strings.Split(addresses, ";") {
		if a == "" {
			continue
		}
		s, err := parseUnixAddress(a)
		if err != nil {
			refused = append(refused, err)
			continue
		}
		sockets = append(sockets, s)
	}
	if len(sockets) == 0 {
		if len(refused) == 0 {
			return nil, fmt.Errorf("the bus address %q holds no address", addresses)
		}
		return nil, errors.Join(refused...)
	}
	return sockets, nil
}

// parseUnixAddress returns the socket of one address, such as
// "unix:path=/run/user/1000/bus" or "unix:abstract=/tmp/dbus-X,guid=…".
// Keys other than path and abstract are skipped.
func parseUnixAddress(a string) (busSocket, error) {
	transport, params, ok := strings.Cut(a, ":")
	if !ok {
		return busSocket{}, fmt.Errorf("%q is not a D-Bus address: it has no ':'", a)
	}
	if transport != "unix" {
		return busSocket{}, fmt.Errorf("the bus address %q is not a Unix socket (unix:path= or unix:abstract=), the only kind partnercoach connects to", a)
	}
	var s busSocket
	given := 0
	for _, kv := range strings.Split(params, ",") {
		key, value, _ := strings.Cut(kv, "=")
		if key != "path" && key != "abstract" {
			continue
		}
		given++
		name, err := unescapeBusValue(value)
		if err != nil {
			return busSocket{}, fmt.Errorf("the bus address %q: %v", a, err)
		}
		s = busSocket{name: name, abstract: key == "abstract"}
	}
	switch {
	case given != 1:
		return busSocket{}, fmt.Errorf("the bus address %q must give one path= or abstract=", a)
	case s.name == "" || strings.IndexByte(s.name, 0) >= 0:
		return busSocket{}, fmt.Errorf("the bus address %q names no socket", a)
	case s.abstract && runtime.GOOS != "linux":
		return busSocket{}, fmt.Errorf("the bus address %q is an abstract socket, which only Linux has", a)
	}
	return s, nil
}

// unescapeBusValue decodes the %XX escapes of a value in an address.
func unescapeBusValue(v string) (string, error) {
	if strings.IndexByte(v, '%') < 0 {
		return v, nil
	}
	b := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		if v[i] != '%' {
			b = append(b, v[i])
			continue
		}
		if i+2 >= len(v) || fromHex(v[i+1]) < 0 || fromHex(v[i+2]) < 0 {
			return "", fmt.Errorf("%q has a %% not followed by two hexadecimal digits", v)
		}
		b = append(b, byte(fromHex(v[i+1])<<4|fromHex(v[i+2])))
		i += 2
	}
	return string(b), nil
}

// fromHex returns the value of the hexadecimal digit c, or -1.
func fromHex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// escapeBusValue escapes v for a value in an address: every byte but
// [-0-9A-Za-z_/.\*] becomes %xx.
func escapeBusValue(v string) string {
	const digits = "0123456789abcdef"
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-_/.\\*", c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(digits[c>>4])
			b.WriteByte(digits[c&15])
		}
	}
	return b.String()
}
