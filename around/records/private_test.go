package records

import (
	"partnercoach/around/records/recordtest"
	"partnercoach/internal/filetest"

	"os"
	"testing"
)

// TestDamagedCopiesArePrivate: a damaged record of mode 0666 in folders
// of mode 0777 is moved aside as 0600 in 0700 folders. On the code before,
// it kept 0666, and the records folder 0777.
func TestDamagedCopiesArePrivate(t *testing.T) {
	filetest.PrivateData(t)
	path := recordtest.WriteIn(t, Dir(), "r1.json", `{"format": 1, "newcomer": "AB", "notes": [`)
	os.MkdirAll(DamagedDir(), 0o700)
	for _, d := range []string{Dir(), DamagedDir()} {
		os.Chmod(d, 0o777)
	}
	os.Chmod(path, 0o666)
	_, problems := List()
	if len(problems) != 1 || problems[0].MovedTo == "" {
		t.Fatalf("problems %v", problems)
	}
	mode := func(p string) os.FileMode {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return info.Mode().Perm()
	}
	if m := mode(problems[0].MovedTo); m != 0o600 {
		t.Errorf("the damaged copy is %04o, want 0600", m)
	}
	for _, d := range []string{Dir(), DamagedDir()} {
		if m := mode(d); m != 0o700 {
			t.Errorf("%s is %04o, want 0700", d, m)
		}
	}
}
