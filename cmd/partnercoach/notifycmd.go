package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"partnercoach/internal/settings"
	"partnercoach/internal/textsafe"
	"partnercoach/notify"
)

// appName is the name partnercoach's notifications are sent under.
const appName = "partnercoach"

// newNotifyCmd builds "partnercoach notify" and its subcommand "test".
func newNotifyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "notify",
		Short: "Check the desktop notifications before the call",
	}
	var sound bool
	test := &cobra.Command{
		Use:   "test",
		Short: "Send a test notification and say what you will see during the call",
		Long: "Send a test notification to the desktop, as partnercoach does at each alert of a " +
			"turn (a segment's end, the warning, the end), and say what you will see during the call; when it cannot be " +
			"shown, say why and what to do. The exit status is 1 when it could not be sent.",
		Example: "  partnercoach notify test\n  partnercoach notify test --sound",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := settings.Load()
			if err != nil {
				// The test goes on: it is about the desktop, not the file.
				fmt.Fprintf(cmd.ErrOrStderr(), "partnercoach: %v\n", err)
			}
			d := notify.NewDesktop(appName)
			defer d.Close()
			o := testOptions{sound: sound}
			if err == nil {
				o.off, o.callSound = !s.Notify, s.Sound && !s.Silent
			}
			return notifyTest(cmd.Context(), d, o, cmd.OutOrStdout())
		},
	}
	test.Flags().BoolVar(&sound, "sound", false,
		"ask the desktop to play its notification sound with the test (without it, the test is silent)")
	cmd.AddCommand(test)
	return cmd
}

// testNotification is the notification the test sends.
var testNotification = notify.Notification{
	Title: "Test notification",
	Body:  "During the call, each alert of a turn comes like this: a segment's end, the warning, the end.",
}

// The paragraphs of what notifyTest says.
const (
	seenSilent = "If you see it, this is what comes during the call: at each alert of a turn " +
		"(a segment's end, the warning, the end), a notification like it, %s, " +
		"beside the alert in partnercoach's window. 'partnercoach notify test --sound' tries " +
		"one with sound."
	seenSound = "If you see it and heard the sound, this is what comes at the end of each " +
		"turn during a call when you ask for sound (--sound, or sound: true in the settings), " +
		"with the terminal bell; the other alerts (a segment's end, the warning) come silently " +
		"all the same. Without asking for sound (the default), every notification comes " +
		"silently and nothing rings."
	notSeen = "If you do not see it, your desktop may be set to do not disturb, or it shows " +
		"notifications on another screen; you can also " + rely
	settingsOff = "Note: your settings file turns desktop notifications off (notify: false), " +
		"so during the call the alerts come only in partnercoach's window, unless you run the " +
		"session with --notify ('partnercoach config path' says where the file is)."
	rely = "rely on the alerts in partnercoach's window: they come all the same, at each " +
		"alert of a turn. Nothing rings unless you ask for sound (see " +
		"'partnercoach run --help')."
	// soundOn and soundOnBell say what a call brings when the settings
	// ask for sound: with notifications, and (soundOnBell) without them.
	soundOn = "Note: your settings file asks for sound (sound: true), so during the call " +
		"the end of each turn rings the terminal bell and its notification asks the desktop " +
		"for a sound, unless you run the session with --silent."
	soundOnBell = "Note: your settings file asks for sound (sound: true), so during the call " +
		"the terminal bell rings at each alert of a turn, unless you run the session with --silent."
)

// testOptions are what the coach asked of the test.
type testOptions struct {
	sound     bool // ask for the desktop's sound
	off       bool // the settings file turns notifications off
	callSound bool // the settings file asks for sound during the call
}

// notifyTest sends the test notification through n and tells w what the
// coach will see during the call, or why it could not be shown and what to
// do. It returns an error, for exit status 1, when it could not be sent.
func notifyTest(ctx context.Context, n notify.Notifier, o testOptions, w io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	note := testNotification
	note.Sound = o.sound
	var said []string
	err := n.Notify(ctx, note)
	switch {
	case err != nil:
		said = []string{"The test notification could not be shown: " + failure(err), whatToDo(err)}
	case o.sound:
		said = []string{fmt.Sprintf("Sent a test notification, with a sound: %q.", note.Title), seenSound, notSeen}
	default:
		how := "without sound"
		if o.callSound {
			how = "without sound but at the end of a turn (see the note below)"
		}
		said = []string{fmt.Sprintf("Sent a test notification, without sound: %q.", note.Title),
			fmt.Sprintf(seenSilent, how), notSeen}
	}
	if o.off {
		said = append(said, settingsOff)
	}
	switch {
	case o.callSound && (o.off || err != nil):
		said = append(said, soundOnBell)
	case o.callSound:
		said = append(said, soundOn)
	}
	paragraphs(w, said...)
	if err != nil {
		return fmt.Errorf("notify test: %s", notify.Reason(err))
	}
	return nil
}

// paragraphs writes each text to w wrapped at spaces to 78 columns, with a
// blank line between them. (A wrap that also breaks at hyphens would cut
// "--help" in two.)
func paragraphs(w io.Writer, texts ...string) {
	for i, t := range texts {
		if i > 0 {
			fmt.Fprintln(w)
		}
		line := ""
		for _, word := range strings.Fields(t) {
			if line != "" && len(line)+1+len(word) > 78 {
				fmt.Fprintln(w, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		fmt.Fprintln(w, line)
	}
}

// failure says in plain words why the notification could not be shown.
func failure(err error) string {
	switch {
	case errors.Is(err, notify.ErrNoBus):
		return "there is no D-Bus session bus" + busDetail(err) + ". partnercoach looks for one in " +
			"DBUS_SESSION_BUS_ADDRESS and in the runtime folder, and never starts one; " +
			"this happens over ssh, on a console without a desktop, and in some containers."
	case errors.Is(err, notify.ErrNoServer):
		return "no notification server is running on the session bus."
	case errors.Is(err, notify.ErrTimeout):
		return fmt.Sprintf("the notification server did not answer within %v; it may be stuck. "+
			"During the call, a server that does not answer never holds partnercoach up: each "+
			"notification gives up after %v.", notify.Deadline, notify.Deadline)
	case errors.Is(err, notify.ErrUnsupported):
		return "this system has no desktop notifications that partnercoach can send."
	}
	return fmt.Sprintf("the desktop refused it (%s).", notify.Reason(err))
}

// busDetail is what the attempt to reach the bus said beyond "no D-Bus
// session bus" (an address it cannot use, a socket that is not there, a
// bus that refused the login), in brackets, or "" when it said nothing
// more.
func busDetail(err error) string {
	detail, ok := strings.CutPrefix(err.Error(), notify.ErrNoBus.Error()+": ")
	if !ok || detail == "" {
		return ""
	}
	return " (" + textsafe.Line(detail) + ")"
}

// whatToDo says what the coach can do about a failure.
func whatToDo(err error) string {
	again := "then run 'partnercoach notify test' again; or " + rely
	switch {
	case errors.Is(err, notify.ErrNoBus):
		return "What to do: run partnercoach in a terminal of your desktop session, " + again
	case errors.Is(err, notify.ErrNoServer):
		return "What to do: start a notification server (your desktop's own, or a daemon " +
			"such as dunst or mako), " + again
	case errors.Is(err, notify.ErrTimeout):
		return "What to do: restart the notification server (or log out and back in), " + again
	}
	return "What to do: " + rely
}
