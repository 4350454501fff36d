package script

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// FuzzLoad feeds Load the built-in scripts, the example of the docs, the
// broken scripts, a script Encode wrote with hostile texts, and what the
// fuzzer makes of them. No input may crash it or keep it long; a refusal
// must place every problem in the file; a script it accepts must add up
// and read back the same once written out by Encode.
// go test -run=^$ -fuzz=FuzzLoad -fuzztime=60s -fuzzminimizetime=5s ./script
// (without a short -fuzzminimizetime the fuzzer spends up to a minute
// shrinking each new input, and seems to stall on two shared cores).
func FuzzLoad(f *testing.F) {
	for _, name := range BuiltinNames() {
		src, err := BuiltinSource(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "broken", "*.yaml"))
	for _, file := range append(files, exampleFile) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(Encode(hostileScript("say \"hi\" \\ # a: - *b &c !d %e 007 1e3 ~ \u2028\u202e🙂 ")))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		s, err := Load("fuzz.yaml", data)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("Load took %s on %d bytes", d, len(data))
		}
		if err != nil {
			checkRefusal(t, s, err)
			return
		}
		checkAccepted(t, s)
	})
}

// checkRefusal checks that a refusal is a list of placed problems.
func checkRefusal(t *testing.T, s *Script, err error) {
	var ps Problems
	if !errors.As(err, &ps) || len(ps) == 0 || s != nil {
		t.Fatalf("refused with %T %v and script %v; want Problems and no script", err, err, s)
	}
	for _, p := range ps {
		if p.File != "fuzz.yaml" || p.Line < 1 || p.Col < 1 || p.Msg == "" {
			t.Errorf("problem without a place or a message: %#v", p)
		}
	}
}

// checkAccepted checks a script Load accepted: its times add up, and it
// reads back the same once written out by Encode.
func checkAccepted(t *testing.T, s *Script) {
	if s == nil || s.Planned() != s.Length.D() || len(s.Steps) == 0 {
		t.Fatalf("accepted a script that does not add up: %#v", s)
	}
	out := Encode(s)
	again, err := Load("fuzz.yaml", out)
	if err != nil {
		t.Fatalf("the script written out does not load: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(s, again) {
		t.Fatalf("the script written out reads back differently:\n%s\n got %#v\nwant %#v", out, again, s)
	}
}
