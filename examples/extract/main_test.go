package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nabanlp/naba"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

const sample = "../../testdata/article_ticker.txt"

func TestJSONOneFile(t *testing.T) {
	out, errs, code := runCLI(t, "", "-ref-date", "2019-03-14", sample)
	require.Equal(t, 0, code, errs)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	d := doc["doc"].(map[string]any)
	assert.Equal(t, sample, d["path"])
	assert.Equal(t, "2019-03-14", d["ref_date"])
	assert.NotEmpty(t, doc["sections"])
}

func TestJSONLDirectory(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	for _, p := range []string{"b.txt", "a.txt", "sub/c.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, p), src, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "skip.md"), src, 0o644))
	out, errs, code := runCLI(t, "", "-workers", "3", dir)
	require.Equal(t, 0, code, errs)
	var paths []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var doc struct {
			Doc struct{ Path string } `json:"doc"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &doc))
		paths = append(paths, filepath.ToSlash(strings.TrimPrefix(doc.Doc.Path, dir+"/")))
	}
	assert.Equal(t, []string{"a.txt", "b.txt", "sub/c.txt"}, paths)
}

func TestStdinAndJSONLInput(t *testing.T) {
	out, errs, code := runCLI(t, "عنوان\n\nنص الخبر.\n", "-format", "jsonl", "-")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, 1, strings.Count(out, "\n"))

	in := `{"text": "عنوان أول\n\nنص.", "path": "one", "ref_date": "2020-01-02"}
{"text": "", "path": "empty"}
{"text": "عنوان ثان\n\nنص آخر."}
`
	out, errs, code = runCLI(t, in, "-in", "jsonl", "-")
	assert.Equal(t, 1, code) // the empty document failed
	assert.Contains(t, errs, "empty: naba: empty input")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `"ref_date":"2020-01-02"`)
	assert.Contains(t, lines[1], `"path":"stdin:3"`)
}

func TestFormats(t *testing.T) {
	for _, f := range []string{"json", "jsonl", "conll", "text"} {
		out, errs, code := runCLI(t, "", "-format", f, sample)
		require.Equal(t, 0, code, "%s: %s", f, errs)
		assert.NotEmpty(t, out, f)
	}
	out, _, _ := runCLI(t, "", "-format", "conll", sample)
	assert.Contains(t, out, "تعيين\tO\tticker\n")
	out, _, _ = runCLI(t, "", "-format", "json", sample, sample)
	var docs []any
	require.NoError(t, json.Unmarshal([]byte(out), &docs))
	assert.Len(t, docs, 2)
}

func TestErrors(t *testing.T) {
	out, errs, code := runCLI(t, "", "-format", "jsonl", "no/such/file.txt", sample)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "extract: no/such/file.txt: open no/such/file.txt: no such file or directory")
	assert.Equal(t, 1, strings.Count(out, "\n"), "the other file goes on")
	_, errs, code = runCLI(t, "", "-format", "yaml", sample)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "-format")
	_, errs, code = runCLI(t, "", "-ref-date", "10/07/2017", sample)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "YYYY-MM-DD")
	_, _, code = runCLI(t, "")
	assert.Equal(t, 2, code)

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("نص \xff"), 0o644))
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("عنوان\n\nنص."), 0o644))
	out, errs, code = runCLI(t, "", "-format", "jsonl", bad, good)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "bad.txt: naba: input is not valid UTF-8")
	assert.Equal(t, 1, strings.Count(out, "\n"))
	out, errs, code = runCLI(t, "", "-format", "jsonl", "-fix-utf8", bad)
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"kind":"paragraph","start":0,"end":4`) // نص + space + U+FFFD
}

// TestWorkersAgree checks that one worker (extraction on the reading
// goroutine) and several give the same output, failures and exit status,
// in input order.
func TestWorkersAgree(t *testing.T) {
	var in strings.Builder
	for i := range 12 {
		switch i % 4 {
		case 1:
			in.WriteString(`{"text": "", "path": "empty"}` + "\n")
		case 2:
			in.WriteString(`{"text": "عنوان", "ref_date": "10/07/2017"}` + "\n{not json}\n")
		default:
			fmt.Fprintf(&in, `{"text": "عنوان %d\n\nقال الرئيس في دمشق يوم %d حزيران الماضي.", "path": "doc%d"}`+"\n", i, i+1, i)
		}
	}
	for _, format := range []string{"jsonl", "json", "text"} {
		out1, errs1, code1 := runCLI(t, in.String(), "-in", "jsonl", "-format", format, "-workers", "1", "-")
		require.Equal(t, 1, code1)
		assert.Contains(t, errs1, "extract: 6 ok, 9 failed")
		assert.Contains(t, errs1, "extract: stdin:4: invalid character")
		for _, w := range []string{"2", "3"} {
			out, errs, code := runCLI(t, in.String(), "-in", "jsonl", "-format", format, "-workers", w, "-")
			assert.Equal(t, code1, code, "%s -workers %s", format, w)
			assert.Equal(t, out1, out, "%s -workers %s", format, w)
			assert.Equal(t, errs1, errs, "%s -workers %s", format, w)
		}
	}
}

// TestJSONFormatIndent checks that -format json writes exactly what
// json.MarshalIndent writes for each document, alone and in an array.
func TestJSONFormatIndent(t *testing.T) {
	var docs []*naba.Document
	var want [][]byte
	for _, name := range []string{"article_ticker.txt", "article_hijri.txt", "article_layouts.txt", "article_related.txt"} {
		src, err := os.ReadFile(filepath.Join("../../testdata", name))
		require.NoError(t, err)
		doc, err := naba.Extract(context.Background(), string(src), naba.ExtractOptions{Path: name + " <&> \u2028"})
		require.NoError(t, err)
		b, err := json.MarshalIndent(doc, "", "  ")
		require.NoError(t, err)
		docs, want = append(docs, doc), append(want, b)
	}
	for n := 0; n <= len(docs); n++ {
		var out bytes.Buffer
		f := &jsonFormat{}
		require.NoError(t, f.Begin(&out))
		for _, d := range docs[:n] {
			require.NoError(t, f.Write(&out, d))
		}
		require.NoError(t, f.End(&out))
		var exp string
		switch n {
		case 0:
			exp = "[]\n"
		case 1:
			exp = string(want[0]) + "\n"
		default:
			exp = "[\n" + string(bytes.Join(want[:n], []byte(",\n"))) + "\n]\n"
		}
		assert.Equal(t, exp, out.String(), "%d documents", n)
	}
}
