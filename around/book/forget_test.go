package book_test

// These tests forget a newcomer: newcomer forget deletes their entry of
// the book with all it holds.

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/forget"
	"partnercoach/internal/filetest"
	"partnercoach/internal/paths"
)

func TestForgetRemovesAppointments(t *testing.T) {
	filetest.PrivateData(t)
	now := time.Date(2027, 3, 20, 10, 0, 0, 0, time.UTC)
	for _, name := range []string{"Alice Example", "CD"} {
		if _, err := book.AddNewcomer(name, book.DateOf(now)); err != nil {
			t.Fatal(err)
		}
		if _, _, err := book.Schedule(name, now.Add(48*time.Hour), "Europe/Berlin", now); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := forget.Newcomer("alice example"); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(paths.DataDir(), "newcomers.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "Alice") || strings.Count(string(data), `"at"`) != 1 {
		t.Errorf("after forget the list holds:\n%s", data)
	}
}

func TestSetCallKeepsItWithTheEntryAndForgetDeletesIt(t *testing.T) {
	filetest.PrivateData(t)
	book.AddNewcomer("Alice", book.NewDate(2026, 11, 1))
	book.AddNewcomer("Carol", book.NewDate(2026, 11, 2))
	kept, _, err := book.SetCall("alice", func(c book.Call) book.Call { c.Phone = "+1 212 555 0100"; return c })
	if err != nil || kept != (book.Call{Phone: "+1 212 555 0100"}) {
		t.Fatalf("set the phone: %+v, %v", kept, err)
	}
	// A second change keeps what it does not touch.
	kept, _, err = book.SetCall("Alice", func(c book.Call) book.Call { c.Handle, c.Caller = "Zoom: 98765", book.ByNewcomer; return c })
	if err != nil || kept != (book.Call{Phone: "+1 212 555 0100", Handle: "Zoom: 98765", Caller: book.ByNewcomer}) {
		t.Fatalf("set the handle: %+v, %v", kept, err)
	}
	// A change the rule refuses changes nothing.
	if _, _, err := book.SetCall("Alice", func(c book.Call) book.Call { c.Phone = "call me"; return c }); err == nil {
		t.Fatal("a phone of words was kept")
	}
	if _, _, err := book.SetCall("Bob", func(c book.Call) book.Call { return c }); err == nil {
		t.Fatal("a call was kept for someone not listed")
	}
	list, _, err := book.ListNewcomers()
	if err != nil {
		t.Fatal(err)
	}
	if list[0].Call != kept || !list[1].Call.IsZero() {
		t.Fatalf("list %+v", list)
	}
	if _, _, err := forget.Newcomer("Alice"); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(paths.DataDir(), "newcomers.json"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("555")) || bytes.Contains(data, []byte("98765")) || !bytes.Contains(data, []byte("Carol")) {
		t.Errorf("the newcomer list after forget:\n%s", data)
	}
}
