package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInvoiceOfTwoSessions(t *testing.T) {
	env := twoSessions(t, t.TempDir())
	out, stderr, code := runBinaryEnv(t, env, "invoice", "--month", "2025-03")
	want := "Invoice for March 2025\n" +
		"\n" +
		"Date        Newcomer  Session        Fee\n" +
		"2025-03-10  AB        1           $25.00\n" +
		"2025-03-17  AB        2           $50.00\n" +
		"Total                             $75.00\n"
	if code != 0 || stderr != "" || out != want {
		t.Fatalf("exit %d, stderr %q, output:\n%s\nwant:\n%s", code, stderr, out, want)
	}
	out, _, code = runBinaryEnv(t, env, "invoice", "--month", "2025-04")
	if code != 0 || !strings.Contains(out, "No billable sessions this month.") || !strings.Contains(out, "$0.00") {
		t.Fatalf("April: exit %d, output:\n%s", code, out)
	}
}

func TestInvoiceBadMonth(t *testing.T) {
	t.Parallel()
	_, stderr, code := runBinary(t, "invoice", "--month", "03/2025")
	if code != 1 || !strings.HasPrefix(stderr, `partnercoach: --month: expected a month such as 2026-11, got "03/2025"`) {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestInvoiceAndNewcomersUseTheSettings(t *testing.T) {
	dir := t.TempDir()
	env := twoSessions(t, dir)
	conf := filepath.Join(dir, "config", "partnercoach")
	if err := os.MkdirAll(conf, 0o700); err != nil {
		t.Fatal(err)
	}
	yaml := "coach: Jo Coach\nfees:\n  first: 30\n  later: 60\n"
	if err := os.WriteFile(filepath.Join(conf, "settings.yaml"), []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, code := runBinaryEnv(t, env, "invoice", "--month", "2025-03")
	if code != 0 || !strings.Contains(out, "Coach: Jo Coach") || !strings.Contains(out, "$75.00") {
		t.Fatalf("exit %d; the invoice should name the coach and keep the recorded fees:\n%s", code, out)
	}
	out, _, code = runBinaryEnv(t, env, "newcomer", "list")
	if code != 0 || !strings.Contains(out, "3 · followup · $60.00") {
		t.Fatalf("exit %d; the next session should cost the settings' later fee:\n%s", code, out)
	}
}
