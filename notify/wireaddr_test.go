//go:build linux || (freebsd && cgo) || netbsd || openbsd

package notify

import (
	"bufio"
	"net"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParseBusAddress(t *testing.T) {
	tests := []struct {
		addr string
		want []busSocket
	}{
		{"unix:path=/run/user/1000/bus", []busSocket{{"/run/user/1000/bus", false}}},
		{"unix:path=/tmp/a%20b%2cc%3D%25,guid=0123", []busSocket{{"/tmp/a b,c=%", false}}},
		{"unix:guid=0123,abstract=/tmp/dbus-XYZ", []busSocket{{"/tmp/dbus-XYZ", true}}},
		{"tcp:host=localhost,port=1;unix:path=/a;;autolaunch:;unix:path=/b",
			[]busSocket{{"/a", false}, {"/b", false}}},
	}
	for _, tt := range tests {
		got, err := parseBusAddress(tt.addr)
		if runtime.GOOS != "linux" && strings.Contains(tt.addr, "abstract=") {
			if err == nil {
				t.Errorf("%q off Linux: %v, want an error", tt.addr, got)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseBusAddress(%q) = %v, %v; want %v", tt.addr, got, err, tt.want)
		}
	}
}

func TestParseBusAddressRefuses(t *testing.T) {
	tests := []struct{ addr, says string }{
		{"", "holds no address"},
		{";", "holds no address"},
		{"tcp:host=localhost,port=4000", "not a Unix socket"},
		{"unixexec:path=/bin/sh", "not a Unix socket"},
		{"autolaunch:", "not a Unix socket"},
		{"nonce-tcp:host=x;launchd:env=X", "not a Unix socket"},
		{"/run/user/1000/bus", "has no ':'"},
		{"unix:tmpdir=/tmp", "must give one path= or abstract="},
		{"unix:path=/a,abstract=b", "must give one path= or abstract="},
		{"unix:path=", "names no socket"},
		{"unix:path=/a%00b", "names no socket"},
		{"unix:path=/a%2", "two hexadecimal digits"},
		{"unix:path=/a%zz", "two hexadecimal digits"},
	}
	for _, tt := range tests {
		got, err := parseBusAddress(tt.addr)
		if err == nil || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("parseBusAddress(%q) = %v, %v; want an error saying %q", tt.addr, got, err, tt.says)
		}
	}
}

func TestEscapeBusValue(t *testing.T) {
	for in, want := range map[string]string{
		"/run/user/1000/bus": "/run/user/1000/bus",
		`a-_/.\*Z9`:          `a-_/.\*Z9`,
		"/tmp/a b,c=d;é%":    "/tmp/a%20b%2cc%3dd%3b%c3%a9%25",
		"":                   "",
		"\x00\x7f\xff":       "%00%7f%ff",
	} {
		got := escapeBusValue(in)
		if got != want {
			t.Errorf("escapeBusValue(%q) = %q, want %q", in, got, want)
		}
		if back, err := unescapeBusValue(got); err != nil || back != in {
			t.Errorf("unescapeBusValue(%q) = %q, %v; want %q", got, back, err, in)
		}
	}
}

// TestWireAbstractSocket connects to a bus in Linux's abstract socket
// namespace.
func TestWireAbstractSocket(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("abstract sockets are Linux's")
	}
	name := "/tmp/partnercoach-test-" + strconv.Itoa(int(time.Now().UnixNano()))
	l, err := net.Listen("unix", "@"+name)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	greeted := make(chan struct{})
	go func() {
		defer close(greeted)
		conn, err := l.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		p := &busPeer{t: t, conn: conn, in: bufio.NewReader(conn)}
		p.greet()
	}()
	conn, err := dialBus("unix:abstract="+escapeBusValue(name)+",guid=0123", 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	<-greeted
	conn.close()
}
