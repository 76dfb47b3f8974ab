package main

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTMLFormat(t *testing.T) {
	out, errs, code := runCLI(t, "", "-format", "html", sample, sample)
	require.Equal(t, 0, code, errs)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"))
	assert.Equal(t, 2, strings.Count(out, "<article "), "one page, one article per document")
	assert.True(t, strings.HasSuffix(out, "</html>\n"))
}

func TestFinalCount(t *testing.T) {
	_, errs, code := runCLI(t, "", "-format", "jsonl", sample, "no/such.txt", sample)
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	assert.Equal(t, "extract: 2 ok, 1 failed", lines[len(lines)-1])

	_, errs, code = runCLI(t, "", "-quiet", sample)
	assert.Equal(t, 0, code)
	assert.Empty(t, errs, "-quiet: nothing on stderr when all went well")
	_, errs, _ = runCLI(t, "", "-quiet", "no/such.txt")
	assert.Contains(t, errs, "no/such.txt")
	assert.Contains(t, errs, "extract: 0 ok, 1 failed", "a failure is never quiet")
}

func TestOutputDir(t *testing.T) {
	in := t.TempDir()
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(in, "sub"), 0o755))
	for _, p := range []string{"a.txt", "sub/b.txt", "sub/bad.txt"} {
		data := src
		if p == "sub/bad.txt" {
			data = []byte("\xff\xfe")
		}
		require.NoError(t, os.WriteFile(filepath.Join(in, p), data, 0o644))
	}
	out := filepath.Join(t.TempDir(), "out")
	stdout, errs, code := runCLI(t, "", "-o", out, in, sample, sample)
	assert.Equal(t, 1, code, "sub/bad.txt failed")
	assert.Empty(t, stdout)
	assert.Contains(t, errs, "bad.txt: naba: input is not valid UTF-8")
	assert.Contains(t, errs, "extract: 4 ok, 1 failed")
	assert.ElementsMatch(t, []string{"a.json", "sub/b.json", "article_ticker.json", "article_ticker-2.json"}, files(t, out),
		"the tree under a directory argument is kept; a name used twice gets a suffix; no temporary file is left")
	b, err := os.ReadFile(filepath.Join(out, "sub/b.json"))
	require.NoError(t, err)
	assert.Contains(t, string(b), `"path": "`+filepath.Join(in, "sub/b.txt")+`"`)

	// Other formats get their extension.
	out2 := t.TempDir()
	_, errs, code = runCLI(t, "", "-o", out2, "-format", "html", sample)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, []string{"article_ticker.html"}, files(t, out2))

	// JSONL records are named after their path, never outside DIR.
	out3 := t.TempDir()
	recs := `{"text": "عنوان\n\nنص.", "path": "../../etc/x.txt"}
{"text": "عنوان\n\nنص."}
`
	_, errs, code = runCLI(t, recs, "-o", out3, "-in", "jsonl", "-")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, []string{"stdin_2.json", "x.json"}, files(t, out3))
}

func TestOutputDirWriteFailure(t *testing.T) {
	out := t.TempDir()
	// A directory where the output file should go: that one document
	// fails, the others are written.
	require.NoError(t, os.Mkdir(filepath.Join(out, "article_ticker.json"), 0o755))
	other := filepath.Join(t.TempDir(), "other.txt")
	require.NoError(t, os.WriteFile(other, []byte("عنوان\n\nنص."), 0o644))
	_, errs, code := runCLI(t, "", "-o", out, sample, other)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, sample+": rename")
	assert.Contains(t, errs, "extract: 1 ok, 1 failed")
	assert.ElementsMatch(t, []string{"other.json"}, files(t, out))
}

// files lists the regular files under dir, relative to it.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	require.NoError(t, filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			r, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(r))
		}
		return err
	}))
	sort.Strings(out)
	return out
}

func TestHelpAndVersion(t *testing.T) {
	_, errs, code := runCLI(t, "", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, errs, "usage: extract")
	assert.Contains(t, errs, "examples:")
	assert.Contains(t, errs, "-format html page.txt > page.html")
	for _, f := range []string{"-workers", "-quiet", "-o DIR", "-version", "html|json|jsonl"} {
		assert.Contains(t, errs, f)
	}
	out, _, code := runCLI(t, "", "-version")
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "extract (github.com/nabanlp/naba) "), out)
}

func TestProgress(t *testing.T) {
	var b strings.Builder
	assert.False(t, isTerminal(&b))
	f, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "/dev/null is a character device, not a terminal")

	// What the bar shows, drawn into a buffer: the count, the rate, the
	// message of a failure on a line of its own, nothing left at the end.
	r := &reporter{w: &b, bar: newProgress(&b, 3)}
	r.done()
	r.failed("a.txt", errors.New("unreadable"))
	r.done()
	r.finish()
	out := b.String()
	assert.Regexp(t, `^\rextract +33% \|.*\| \(1/3, [0-9.]+ docs/s\) \[`, out) // redrawn at most every 100 ms
	assert.Contains(t, out, "\rextract: a.txt: unreadable\n", "the bar erased, then the message")
	assert.True(t, strings.HasSuffix(out, "extract: 2 ok, 1 failed\n"), "%q", out)
	before, _, _ := strings.Cut(out, "extract: 2 ok")
	assert.True(t, strings.HasSuffix(strings.TrimRight(before, " "), "\r"), "the bar is erased before the count: %q", out)

	b.Reset()
	r = &reporter{w: &b, bar: newProgress(&b, -1)} // a JSONL stream
	r.done()
	r.done()
	r.finish()
	assert.Regexp(t, `extract \(1/-, [0-9.]+ docs/s\)`, b.String())
}
