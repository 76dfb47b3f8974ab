package dates

import (
	"bufio"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZProbe(t *testing.T) {
	f, err := os.Open("/tmp/d2probe/in.txt")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	p := MustNew(Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := sc.Text()
		var out string
		for _, d := range p.Find(s) {
			out += fmt.Sprintf(" «%s» %s|", d.Text, d.ISO())
		}
		fmt.Printf("%s\n    =>%s\n", s, out)
	}
}
