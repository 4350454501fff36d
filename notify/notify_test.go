package notify

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func TestReason(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{ErrNoBus, "no D-Bus session bus"},
		{fmt.Errorf("%w: dial unix /x: connect: no such file", ErrNoBus), "no D-Bus session bus"},
		{ErrNoServer, "no notification server"},
		{ErrTimeout, "the notification server did not answer"},
		{fmt.Errorf("sending: %w", ErrBusy), "the notification server is still busy"},
		{ErrUnsupported, "not supported on this system"},
		{context.Canceled, "cancelled"},
		{errors.New("first line\nsecond line"), "first line"},
		{errors.New("server says \x1b]0;owned\a"), `server says \x1b]0;owned\x07`},
	}
	for _, tt := range tests {
		if got := Reason(tt.err); got != tt.want {
			t.Errorf("Reason(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// recorder is a platform that keeps what it was given.
type recorder struct {
	got    []Notification
	warmed int
	closed int
}

func (r *recorder) Notify(_ context.Context, n Notification) error {
	r.got = append(r.got, n)
	return nil
}
func (r *recorder) Warm()        { r.warmed++ }
func (r *recorder) close() error { r.closed++; return nil }

func TestDesktopCleansText(t *testing.T) {
	r := &recorder{}
	d := &Desktop{impl: r}
	n := Notification{Title: "Turn\x1b[2J\nends", Body: "line 1\r\nline 2\x07", Urgent: true, Sound: true}
	if err := d.Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	want := Notification{Title: `Turn\x1b[2J ends`, Body: "line 1\nline 2\\x07", Urgent: true, Sound: true}
	if len(r.got) != 1 || r.got[0] != want {
		t.Errorf("sent %+v, want %+v", r.got, want)
	}
	d.Warm()
	if err := d.Close(); err != nil || r.warmed != 1 || r.closed != 1 {
		t.Errorf("Warm and Close reached the platform %d and %d times (%v), want once each", r.warmed, r.closed, err)
	}
}

func TestDesktopCancelledContextSendsNothing(t *testing.T) {
	r := &recorder{}
	d := &Desktop{impl: r}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := d.Notify(ctx, Notification{Title: "t"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Notify with a cancelled context = %v, want context.Canceled", err)
	}
	if len(r.got) != 0 {
		t.Errorf("sent %d notifications with a cancelled context", len(r.got))
	}
}

func TestNewDesktopIsReady(t *testing.T) {
	d := NewDesktop("partnercoach-test")
	if d == nil || d.impl == nil {
		t.Fatal("NewDesktop returned no notifier")
	}
	if err := d.Close(); err != nil {
		t.Errorf("Close before any notification = %v, want nil", err)
	}
}
