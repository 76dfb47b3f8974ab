package dates

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestZZDump(t *testing.T) {
	out, err := os.Create(os.Getenv("DUMP_OUT"))
	if err != nil {
		t.Skip()
	}
	defer out.Close()
	p := MustNew(Options{Reference: time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)})
	files, _ := filepath.Glob("/work/shared/corpus/news/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for _, line := range strings.Split(string(b), "\n") {
			for _, d := range p.Find(line) {
				fmt.Fprintf(out, "%s\t«%s»\t%s\t%q\n", filepath.Base(f), d.Text, d.ISO(), line[max(0, d.Start-60):min(len(line), d.End+40)])
			}
		}
	}
	fh, _ := os.Open("/work/shared/data/anercorp/train.txt")
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	var words []string
	flush := func() {
		s := strings.Join(words, " ")
		for _, d := range p.Find(s) {
			fmt.Fprintf(out, "aner\t«%s»\t%s\t%q\n", d.Text, d.ISO(), s[max(0, d.Start-60):min(len(s), d.End+40)])
		}
		words = words[:0]
	}
	for sc.Scan() {
		l := sc.Text()
		if l == "" {
			flush()
			continue
		}
		if k := strings.LastIndexByte(l, ' '); k > 0 {
			words = append(words, l[:k])
		}
	}
	flush()
}
