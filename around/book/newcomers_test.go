package book

import (
	"errors"
	"path/filepath"

	"partnercoach/around/records"
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"
	"partnercoach/internal/safefile"

	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// namesOf lists the names in a newcomer list.
func namesOf(list []Newcomer) []string {
	var out []string
	for _, n := range list {
		out = append(out, n.Name)
	}
	return out
}

// mustList reads the newcomer list, failing on any problem.
func mustList(t *testing.T) []Newcomer {
	t.Helper()
	list, problems, err := ListNewcomers()
	if err != nil || len(problems) > 0 {
		t.Fatalf("ListNewcomers: %v, %v", problems, err)
	}
	return list
}

func TestAddNewcomerRefusesADuplicateInAnyCase(t *testing.T) {
	filetest.PrivateData(t)
	if _, err := AddNewcomer("  Alice Example ", NewDate(2026, 11, 20)); err != nil {
		t.Fatal(err)
	}
	_, err := AddNewcomer("alice EXAMPLE", NewDate(2026, 11, 21))
	if err == nil || err.Error() != `"alice EXAMPLE" is already a newcomer (as "Alice Example", assigned 2026-11-20)` {
		t.Fatalf("duplicate: %v", err)
	}
	if _, err := AddNewcomer(" ", NewDate(2026, 11, 21)); err == nil {
		t.Fatal("an empty name was accepted")
	}
	list := mustList(t)
	if !slices.Equal(namesOf(list), []string{"Alice Example"}) || list[0].Assigned != NewDate(2026, 11, 20) {
		t.Fatalf("list %+v", list)
	}
	if info, err := os.Stat(listPath()); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("newcomer file: %v, %v", info, err)
	}
}

func TestPaymentsAndContactsAreKeptSortedOnce(t *testing.T) {
	filetest.PrivateData(t)
	AddNewcomer("AB", NewDate(2026, 11, 1))
	for _, d := range []int{20, 5, 20} {
		if _, err := RecordPayment("ab", OnDay(NewDate(2026, 11, d))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := RecordContact("AB", OnDay(NewDate(2026, 11, 2))); err != nil {
		t.Fatal(err)
	}
	n := mustList(t)[0]
	if !slices.Equal(n.PaymentNotices, []Moment{OnDay(NewDate(2026, 11, 5)), OnDay(NewDate(2026, 11, 20))}) ||
		!slices.Equal(n.Contacts, []Moment{OnDay(NewDate(2026, 11, 2))}) {
		t.Fatalf("entry %+v", n)
	}
	_, err := RecordContact("CD", OnDay(NewDate(2026, 11, 2)))
	if err == nil || !strings.Contains(err.Error(), `no newcomer is called "CD"`) {
		t.Fatalf("unknown newcomer: %v", err)
	}
}

func TestConcurrentAddsLoseNothing(t *testing.T) {
	filetest.PrivateData(t)
	var wg sync.WaitGroup
	errs := make(chan error, 30)
	for i := range 30 {
		wg.Go(func() {
			errs <- addTillDone(fmt.Sprintf("N%02d", i))
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := len(mustList(t)); got != 30 {
		t.Fatalf("%d newcomers after 30 concurrent adds", got)
	}
}

// helperEnv names the variable that makes TestHelperAddNewcomers add
// newcomers with the prefix it holds; it is set only in child processes.
const helperEnv = "PARTNERCOACH_STORE_HELPER_PREFIX"

func TestTwoProcessesAddingLoseNothing(t *testing.T) {
	data := filetest.PrivateData(t)
	var cmds []*exec.Cmd
	for _, prefix := range []string{"A", "B", "C"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperAddNewcomers$")
		cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+data, helperEnv+"="+prefix)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("helper process: %v", err)
		}
	}
	if got := len(mustList(t)); got != 60 {
		t.Fatalf("%d newcomers after three processes added 20 each", got)
	}
}

// TestHelperAddNewcomers is run by TestTwoProcessesAddingLoseNothing in
// child processes; on its own it does nothing.
func TestHelperAddNewcomers(t *testing.T) {
	prefix := os.Getenv(helperEnv)
	if prefix == "" {
		t.Skip("runs only as a child of TestTwoProcessesAddingLoseNothing")
	}
	for i := range 20 {
		if err := addTillDone(fmt.Sprintf("%s%02d", prefix, i)); err != nil {
			t.Fatal(err)
		}
	}
}

// addTillDone adds a newcomer as a coach would: when another partnercoach
// held the data lock for the whole wait (on a loaded machine, behind
// tens of others), it tries again, as the message asks. Any other error
// ends it.
func addTillDone(name string) error {
	for {
		_, err := AddNewcomer(name, NewDate(2026, 11, 1))
		if !errors.Is(err, safefile.ErrBusy) {
			return err
		}
	}
}

func TestLockIsReleased(t *testing.T) {
	filetest.PrivateData(t)
	start := time.Now()
	for i := range 3 {
		if _, err := AddNewcomer(fmt.Sprint(i), NewDate(2026, 11, 1)); err != nil {
			t.Fatal(err)
		}
	}
	if time.Since(start) > 10*time.Second { // the data lock's wait
		t.Fatal("a change waited for a lock that should have been free")
	}
}

func TestDamagedNewcomerListIsMovedAside(t *testing.T) {
	tests := []struct {
		name, content string
		line, col     int
		msg           string
	}{
		{"syntax", "{\n  \"format\": 1,\n  \"newcomers\": [\n    {\"name\": \"AB\", \"assigned\": 2026-11-20}\n  ]\n}\n", 4, 36, "invalid character '-' after object key:value pair"},
		{"bad date", "{\n  \"format\": 1,\n  \"newcomers\": [\n    {\"name\": \"AB\", \"assigned\": \"20 Nov\"}\n  ]\n}\n", 4, 20, `assigned: expected a date such as 2026-11-22, got "20 Nov"`},
		{"twice", "{\n  \"format\": 1,\n  \"newcomers\": [\n    {\"name\": \"AB\", \"assigned\": \"2026-11-20\"},\n    {\"name\": \"ab\", \"assigned\": \"2026-11-21\"}\n  ]\n}\n", 5, 6, `"ab" is listed twice`},
		{"format", "{\n  \"format\": 4,\n  \"newcomers\": []\n}\n", 2, 3, "format is 4; this partnercoach reads newcomer lists of format 3"},
		{"bad notice", "{\n  \"format\": 3,\n  \"newcomers\": [\n    {\"name\": \"AB\", \"assigned\": \"2026-11-20\", \"payment_notices\": [\"2026-11-21 14:05\"]}\n  ]\n}\n", 4, 66,
			`payment_notices: expected a day such as 2026-11-22 or a time such as 2026-11-22T14:05:00+01:00, got "2026-11-21 14:05"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			filetest.PrivateData(t)
			if err := safefile.WriteFile(listPath(), []byte(tc.content)); err != nil {
				t.Fatal(err)
			}
			list, problems, err := ListNewcomers()
			if err != nil || len(list) != 0 || len(problems) != 1 {
				t.Fatalf("list %v, problems %v, err %v", list, problems, err)
			}
			p := problems[0]
			if p.Path != listPath() || p.Line != tc.line || p.Col != tc.col || !strings.HasPrefix(p.Msg, tc.msg) {
				t.Fatalf("problem %d:%d: %s, want %d:%d: %s", p.Line, p.Col, p.Msg, tc.line, tc.col, tc.msg)
			}
			recordtest.AssertMovedAside(t, p, tc.content, records.DamagedDir())
			if _, err := AddNewcomer("CD", NewDate(2026, 11, 22)); err != nil {
				t.Fatalf("adding after the damaged list was moved: %v", err)
			}
		})
	}
}

// A name kept before the rule refused hidden characters is still read: the
// list is not moved aside for it, and it prints escaped.
func TestANameKeptBeforeTheRuleIsStillListed(t *testing.T) {
	filetest.PrivateData(t)
	if err := os.MkdirAll(filepath.Dir(listPath()), 0o700); err != nil {
		t.Fatal(err)
	}
	data := `{"format": 1, "newcomers": [{"name": "\u200b", "assigned": "2026-11-20"}, {"name": "AB", "assigned": "2026-11-21"}]}`
	if err := os.WriteFile(listPath(), []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	list, problems, err := ListNewcomers()
	if err != nil || len(problems) != 0 || len(list) != 2 || list[0].Name != "\u200b" {
		t.Fatalf("ListNewcomers = %+v, %v, %v", list, problems, err)
	}
}
