package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba"
)

// repaired is src with each byte that is not UTF-8 replaced by U+FFFD,
// the text -fix-utf8 extracts.
func repaired(src string) string {
	var b strings.Builder
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(src[i : i+n])
		}
		i += n
	}
	return b.String()
}

// checkSpans decodes one JSON document of the output and checks, as a
// consumer in another language would, that every object with start and
// end (in code points) lies in src and selects its text, that every split
// lies in src, and that mentions and dates come in order without
// overlapping. It returns the decoded document.
func checkSpans(t *testing.T, src string, line []byte) map[string]any {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(line, &doc), "%.200s", line)
	runes := []rune(src)
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			st, ok1 := v["start"].(float64)
			en, ok2 := v["end"].(float64)
			if ok1 && ok2 {
				a, e := int(st), int(en)
				require.True(t, 0 <= a && a <= e && e <= len(runes), "%s: [%d,%d) out of [0,%d]", path, a, e, len(runes))
				if text, ok := v["text"].(string); ok {
					require.Equal(t, string(runes[a:e]), text, "%s: [%d,%d)", path, a, e)
				}
			}
			if at, ok := v["at"].(float64); ok {
				require.True(t, 0 <= at && int(at) <= len(runes), "%s: split at %v", path, at)
			}
			for k, x := range v {
				walk(path+"."+k, x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s[%d]", path, i), x)
			}
		}
	}
	walk("", doc)
	for _, list := range []string{"mentions", "dates"} {
		end := 0
		items, _ := doc[list].([]any)
		for i, x := range items {
			m := x.(map[string]any)
			a, e := int(m["start"].(float64)), int(m["end"].(float64))
			require.True(t, a >= end && a < e, "%s[%d] [%d,%d) after %d", list, i, a, e, end)
			end = e
		}
	}
	return doc
}

// jsonLines splits jsonl output into its lines.
func jsonLines(t *testing.T, out string) [][]byte {
	t.Helper()
	var lines [][]byte
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<28)
	for sc.Scan() {
		lines = append(lines, append([]byte(nil), sc.Bytes()...))
	}
	require.NoError(t, sc.Err())
	return lines
}

const sentence = "قال الرئيس السوري بشار الأسد في دمشق يوم ٢٨ حزيران ٢٠١٧ إن الحكومة ستجتمع."

// adversarialFiles are article files that have broken text tools. A
// blank one fails with "empty input"; one that is not UTF-8 fails unless
// -fix-utf8; every other one gives a document whose spans hold.
var adversarialFiles = []struct{ name, text string }{
	{"empty", ""},
	{"spaces", " \n\t\r\n\u00a0\u2028"},
	{"invisible only", "\u200f\u200c\ufeff"},
	{"diacritics only", strings.Repeat("\u064e\u064b\u0651\u0652", 100)},
	{"tatweel only", strings.Repeat("\u0640", 300)},
	{"invalid UTF-8", sentence + "\xff\xfe\xd9 \xc0\x80 " + sentence},
	{"cut at the end", sentence + "\xd9"},
	{"NUL bytes", strings.ReplaceAll(sentence, " ", "\x00") + "\x00"},
	{"BOM", "\ufeff" + sentence + "\n\n" + sentence},
	{"CRLF", "عنوان الخبر\r\n\r\n" + sentence + "\r\n" + sentence + "\r\n"},
	{"lone CR", "عنوان الخبر\r\r" + sentence + "\r" + sentence + "\r"},
	{"bidi and zero-width", strings.ReplaceAll(strings.ReplaceAll(sentence, " ", " \u200f"), "الأسد", "ال\u200cأ\ufeffسد")},
	{"long number", "٩٩٩٩٩٩٩٩٩٩٩٩ أيلول"},
	{"impossible dates", "في ٣١/٠٢/٢٠١٧ وفي ٣٠/١٣/١٤٣٦هـ وفي العام 0 والعام 99999 و٩٩٩٩٩ م و1 كانون الثاني 0000"},
	{"emoji", "🇸🇾 " + sentence + " 👨‍👩‍👧 \U0010ffff"},
}

// TestAdversarialFiles runs the command on each adversarial file, with
// and without -fix-utf8, one worker and two, and checks the exit status,
// the error and the spans of the output against the input text.
func TestAdversarialFiles(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range adversarialFiles {
		path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".txt")
		require.NoError(t, os.WriteFile(path, []byte(tc.text), 0o644))
		for _, fix := range []bool{false, true} {
			args := []string{"-quiet", "-format", "jsonl", "-workers", "1"}
			if fix {
				args = append(args, "-fix-utf8")
			}
			out, errs, code := runCLI(t, "", append(args, path)...)
			src := tc.text
			valid := utf8.ValidString(src)
			if fix {
				src = repaired(src)
			}
			switch {
			case !valid && !fix:
				assert.Equal(t, 1, code, tc.name)
				assert.Contains(t, errs, "naba: input is not valid UTF-8 (first bad byte at offset", tc.name)
				assert.Empty(t, out, tc.name)
			case strings.TrimSpace(strings.Trim(src, "\u200f\u200c\ufeff\u00a0\u2028")) == "":
				assert.Equal(t, 1, code, tc.name)
				assert.Contains(t, errs, path+": naba: empty input", tc.name)
				assert.Empty(t, out, tc.name)
			default:
				require.Equal(t, 0, code, "%s: %s", tc.name, errs)
				lines := jsonLines(t, out)
				require.Len(t, lines, 1, tc.name)
				checkSpans(t, src, lines[0])
			}
			out2, errs2, code2 := runCLI(t, "", append(args[:len(args):len(args)], "-workers", "2", path)...)
			assert.Equal(t, []any{out, errs, code}, []any{out2, errs2, code2}, "%s: two workers", tc.name)
		}
	}
}

// TestAdversarialJSONL feeds -in jsonl a stream with a bad line, an empty
// line, a missing field, a bad date, a byte order mark, CRLF ends, bytes
// that are not UTF-8 and a last line without its end: each bad record is
// reported with its place and the others go on.
func TestAdversarialJSONL(t *testing.T) {
	rec := func(text, path string) string {
		b, err := json.Marshal(record{Text: text, Path: path})
		require.NoError(t, err)
		return string(b)
	}
	bad := "{\"text\": \"" + sentence + " \xff\xfe\""
	in := "\ufeff" + rec(sentence, "bom") + "\r\n" +
		"\r\n" +
		"   \n" +
		`{"text": "broken` + "\n" +
		`{"path": "no-text"}` + "\n" +
		`{"text": "نص", "path": "bad-date", "ref_date": "2017-02-30"}` + "\n" +
		`{"text": 7, "path": "number"}` + "\n" +
		bad + ", \"path\": \"not-utf8\"}\n" +
		`{"Text": "` + sentence + `", "extra": [1, {"a": null}]}` + "\n" +
		rec(sentence+"\u200f\x00", "controls") + "\n" +
		`{"text": null, "path": "null"}` + "\n" +
		`{"text": "", "path": "empty"}` + "\n" +
		`{"text": ["x"]}` + "\n" +
		`{"text": "نص \ud800 عن دمشق", "path": "high"}` + "\n" +
		` {"text": "\udc00x"}` + "\n" +
		`{"text": "\ud83d\ud83d\ude00"}` + "\n" +
		`{"text": "ok", "other": "\\ud800 \udfff"}` + "\n" +
		`{"text": "` + sentence + ` \ud83d\ude00 \\ud800", "path": "pair"}` + "\n" +
		rec(sentence, "last")
	out, errs, code := runCLI(t, in, "-quiet", "-in", "jsonl", "-format", "jsonl", "-")
	assert.Equal(t, 1, code)
	for _, want := range []string{
		"extract: stdin:4: unexpected end of JSON input\n",
		"extract: no-text: stdin:5: the record has no \"text\" field\n",
		`extract: bad-date: stdin:6: ref_date "2017-02-30": want YYYY-MM-DD, from 0001-01-02 on` + "\n",
		"extract: number: stdin:7: the record's \"text\" is not a string: it is a JSON number\n",
		fmt.Sprintf("extract: not-utf8: stdin:8: naba: input is not valid UTF-8 (first bad byte at offset %d of the line)\n", len(bad)-3),
		"extract: null: stdin:11: the record's \"text\" is not a string: it is null\n",
		"extract: empty: naba: empty input\n",
		"extract: stdin:13: the record's \"text\" is not a string: it is a JSON array\n",
		"extract: high: stdin:14: naba: input is not valid UTF-8 (unpaired surrogate escape \\ud800 at offset 15 of the line)\n",
		"extract: stdin:15: naba: input is not valid UTF-8 (unpaired surrogate escape \\udc00 at offset 11 of the line)\n",
		"extract: stdin:16: naba: input is not valid UTF-8 (unpaired surrogate escape \\ud83d at offset 10 of the line)\n",
		"extract: stdin:17: naba: input is not valid UTF-8 (unpaired surrogate escape \\udfff at offset 33 of the line)\n",
		"extract: 5 ok, 12 failed\n",
	} {
		assert.Contains(t, errs, want)
	}
	texts := map[string]string{"bom": sentence, "stdin:9": sentence, "controls": sentence + "\u200f\x00", "last": sentence,
		"pair": sentence + " 😀 \\ud800"}
	var paths []string
	for _, line := range jsonLines(t, out) {
		var doc struct{ Doc struct{ Path string } }
		require.NoError(t, json.Unmarshal(line, &doc))
		paths = append(paths, doc.Doc.Path)
		checkSpans(t, texts[doc.Doc.Path], line)
	}
	assert.Equal(t, []string{"bom", "stdin:9", "controls", "pair", "last"}, paths)

	// With -fix-utf8 the bad bytes become U+FFFD, one each, as in a file.
	out, errs, code = runCLI(t, "{\"text\": \"نص \xff\xfe عن دمشق\", \"path\": \"p\"}", "-quiet", "-fix-utf8", "-in", "jsonl", "-format", "jsonl", "-")
	require.Equal(t, 0, code, errs)
	lines := jsonLines(t, out)
	require.Len(t, lines, 1)
	checkSpans(t, "نص \ufffd\ufffd عن دمشق", lines[0])
	assert.Contains(t, string(lines[0]), `"text":"دمشق","form":"دمشق","start":9,"end":13`)

	// With -fix-utf8 half a surrogate pair becomes U+FFFD, as encoding/json
	// decodes it.
	out, errs, code = runCLI(t, `{"text": "نص \ud800 عن دمشق\udc00", "path": "p"}`, "-quiet", "-fix-utf8", "-in", "jsonl", "-format", "jsonl", "-")
	require.Equal(t, 0, code, errs)
	lines = jsonLines(t, out)
	require.Len(t, lines, 1)
	checkSpans(t, "نص \ufffd عن دمشق\ufffd", lines[0])
	assert.Contains(t, string(lines[0]), `"text":"دمشق","form":"دمشق","start":8,"end":12`)
}

// TestJSONLLongLine: a line longer than the limit fails alone, with its
// place; the lines before and after are read.
func TestJSONLLongLine(t *testing.T) {
	for _, limit := range []int{10, 100, 1000, 100000} {
		long := `{"text": "` + strings.Repeat("ب", limit) + `"}`
		in := `{"text": "أ"}` + "\n" + long + "\n" + `{"text": "ج"}` + "\n" + long
		// read returns each record's text, or its path and error, with
		// lines limited to max bytes.
		read := func(max int) []string {
			src := newJSONLSource(strings.NewReader(in), "in", time.Time{}, false)
			src.max = max
			var got []string
			for {
				j, ok, err := src.next()
				require.NoError(t, err)
				if !ok {
					return got
				}
				if text, err := j.read(); err != nil {
					got = append(got, j.path+": "+err.Error())
				} else {
					got = append(got, text)
				}
			}
		}
		assert.Equal(t, []string{"أ", "in:2: line longer than 0 MiB: skipped", "ج", "in:4: line longer than 0 MiB: skipped"}, read(len(long)-1), "limit %d", limit)
		// The end of line is counted: one byte more and every line is read.
		b := strings.Repeat("ب", limit)
		assert.Equal(t, []string{"أ", b, "ج", b}, read(len(long)+1), "limit %d", limit)
	}
}

// TestFlagCombinations runs every -in and -format of -h, with one worker
// and two: each gives output and exit status 0 on good input; -in jsonl
// wants one stream; an unknown -in or -format is a usage error.
func TestFlagCombinations(t *testing.T) {
	jsonl := `{"text": "` + sentence + `", "path": "a"}` + "\n" + `{"text": "عنوان\n\n` + sentence + `", "path": "b"}` + "\n"
	for _, in := range []string{"text", "jsonl"} {
		for _, format := range formatNames() {
			for _, w := range []string{"1", "2"} {
				args := []string{"-quiet", "-in", in, "-format", format, "-workers", w}
				stdin := sentence
				if in == "jsonl" {
					stdin = jsonl
				}
				out, errs, code := runCLI(t, stdin, append(args, "-")...)
				assert.Equal(t, 0, code, "%v: %s", args, errs)
				assert.Empty(t, errs, "%v", args)
				assert.NotEmpty(t, out, "%v", args)
			}
		}
	}
	_, errs, code := runCLI(t, "", "-in", "jsonl", "-", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "-in jsonl reads one stream")
	_, errs, code = runCLI(t, "", "-in", "xml", "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `-in "xml": want text or jsonl`)
	_, errs, code = runCLI(t, "", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, errs, "usage: extract")
}

// TestRefDateRange: a reference date before year 1, or Go's zero time
// 0001-01-01 (which the library reads as no date), is refused with the
// range, on the command line and in a record; the first and last days
// that can be written with four digits are read.
func TestRefDateRange(t *testing.T) {
	for _, d := range []string{"0000-01-01", "0001-01-01"} {
		_, errs, code := runCLI(t, sentence, "-ref-date", d, "-")
		assert.Equal(t, 2, code, d)
		assert.Contains(t, errs, `extract: -ref-date "`+d+`": want YYYY-MM-DD, from 0001-01-02 on`)
		_, errs, code = runCLI(t, `{"text": "نص", "ref_date": "`+d+`"}`, "-in", "jsonl", "-")
		assert.Equal(t, 1, code, d)
		assert.Contains(t, errs, `extract: stdin:1: ref_date "`+d+`": want YYYY-MM-DD, from 0001-01-02 on`)
	}
	for _, d := range []string{"0001-01-02", "9999-12-31"} {
		out, errs, code := runCLI(t, "عنوان\n\nقال الوزير أمس إن العام المقبل وغدا والشهر الماضي.", "-format", "jsonl", "-ref-date", d, "-")
		require.Equal(t, 0, code, errs)
		doc := checkSpans(t, "عنوان\n\nقال الوزير أمس إن العام المقبل وغدا والشهر الماضي.", []byte(out))
		assert.Equal(t, d, doc["doc"].(map[string]any)["ref_date"])
		for _, x := range doc["dates"].([]any) {
			v, _ := x.(map[string]any)["value"].(string)
			assert.Regexp(t, `^(|\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?)$`, v, "a value out of the years 1-9999 is left unresolved")
		}
	}
}

// TestCoNLLPathOneLine: a record's path with line breaks or tabs stays on
// the "# path" line of -format conll, so that every other line is a
// token, its tag and its area.
func TestCoNLLPathOneLine(t *testing.T) {
	out, errs, code := runCLI(t, `{"text": "قال الرئيس في دمشق.", "path": "a\nb\r\tc"}`, "-in", "jsonl", "-format", "conll", "-")
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n\n"), "\n")
	assert.Equal(t, "# a b  c", lines[0])
	for _, l := range lines[1:] {
		assert.Len(t, strings.Split(l, "\t"), 3, "%q", l)
	}
}

// FuzzFormats writes the document of any text, under any path, in every
// output format: no panic; json and jsonl valid JSON whose spans select
// their text in code points; conll lines all "token TAB tag TAB area"
// after the "# path" line, with blank lines between sentences; text and
// html not empty.
func FuzzFormats(f *testing.F) {
	for _, tc := range adversarialFiles {
		f.Add(tc.text, "a.txt")
	}
	f.Add(sentence, "a\nb\tc\r")
	x, err := naba.New(naba.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, path string) {
		doc, err := x.Extract(context.Background(), text, naba.ExtractOptions{Path: path, ReplaceInvalidUTF8: true})
		if err != nil {
			return
		}
		for _, name := range formatNames() {
			var b bytes.Buffer
			fm := formatters[name]()
			require.NoError(t, fm.Begin(&b))
			require.NoError(t, fm.Write(&b, doc))
			require.NoError(t, fm.End(&b))
			out := b.String()
			require.NotEmpty(t, out, name)
			switch name {
			case "json", "jsonl":
				checkSpans(t, doc.Source(), b.Bytes())
			case "conll":
				lines := strings.Split(out, "\n")
				require.True(t, strings.HasPrefix(lines[0], "# "), "%q", lines[0])
				require.Equal(t, "", lines[len(lines)-1], "ends with a line break")
				for _, l := range lines[1 : len(lines)-1] {
					if l != "" {
						require.Len(t, strings.Split(l, "\t"), 3, "%q", l)
					}
				}
			}
		}
	})
}

// TestUnreadableEntries walks a directory holding a dangling link and a
// named pipe named *.txt beside two articles, through the directory and
// through a link to it: each bad entry is reported with its path and
// counted as failed, the articles are extracted, and the exit status is
// 1, as for a document that fails. (The old walk stopped the run at the
// first entry it could not read, blocked reading the pipe, and walked
// nothing under a link.) A path with a file where a directory is
// expected fails the same way.
func TestUnreadableEntries(t *testing.T) {
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	root := t.TempDir()
	dir := filepath.Join(root, "d")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), src, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", "c.txt"), src, 0o644))
	require.NoError(t, os.Symlink(filepath.Join(root, "none"), filepath.Join(dir, "dangling.txt")))
	if err := mkfifo(filepath.Join(dir, "pipe.txt")); err != nil {
		t.Logf("no named pipe: %v", err)
	}
	require.NoError(t, os.Symlink("d", filepath.Join(root, "link")))
	for _, arg := range []string{dir, filepath.Join(root, "link")} {
		for _, workers := range []string{"1", "2"} {
			out, errs, code := runCLI(t, "", "-quiet", "-format", "jsonl", "-workers", workers, arg)
			assert.Equal(t, 1, code, errs)
			assert.Len(t, jsonLines(t, out), 2, "%s: a.txt and sub/c.txt", arg)
			assert.Contains(t, out, filepath.Join(arg, "sub", "c.txt"))
			assert.Contains(t, errs, "extract: "+filepath.Join(arg, "dangling.txt")+": open ")
			failed := 1
			if _, err := os.Lstat(filepath.Join(dir, "pipe.txt")); err == nil {
				failed++
				assert.Contains(t, errs, "extract: "+filepath.Join(arg, "pipe.txt")+": not a regular file: a named pipe")
			}
			assert.Contains(t, errs, fmt.Sprintf("extract: 2 ok, %d failed\n", failed))
		}
	}
	notDir := filepath.Join(dir, "a.txt", "b.txt")
	out, errs, code := runCLI(t, "", "-quiet", "-format", "jsonl", notDir, dir+"/sub")
	assert.Equal(t, 1, code)
	assert.Len(t, jsonLines(t, out), 1)
	assert.Contains(t, errs, "extract: "+notDir+": open "+notDir+": not a directory")
	assert.Contains(t, errs, "extract: 1 ok, 1 failed\n")
}

// TestWalkUnreadableDir gives walkArticles a walk that cannot list one
// subdirectory (as filepath.WalkDir does when ReadDir fails: the
// directory's entry, then the same entry with the error) and one that
// cannot read its root: each becomes a failed job in its place among the
// articles, with the walk's error.
func TestWalkUnreadableDir(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.txt", "locked/b.txt", "z.txt"} {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, p), []byte("نص."), 0o644))
	}
	denied := &fs.PathError{Op: "open", Path: filepath.Join(dir, "locked"), Err: fs.ErrPermission}
	walk := func(root string, fn fs.WalkDirFunc) error {
		return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() && d.Name() == "locked" {
				if err := fn(p, d, nil); err != nil {
					return err
				}
				if err := fn(p, d, denied); err != nil {
					return err
				}
				return filepath.SkipDir
			}
			return fn(p, d, err)
		})
	}
	jobs := walkArticles(dir, time.Time{}, walk)
	var paths []string
	for _, j := range jobs {
		paths = append(paths, strings.TrimPrefix(j.path, dir+"/"))
	}
	require.Equal(t, []string{"a.txt", "locked", "z.txt"}, paths)
	_, err := jobs[1].read()
	assert.ErrorIs(t, err, fs.ErrPermission)
	text, err := jobs[2].read()
	assert.NoError(t, err)
	assert.Equal(t, "نص.", text)

	gone := &fs.PathError{Op: "lstat", Path: dir, Err: fs.ErrNotExist}
	jobs = walkArticles(dir, time.Time{}, func(root string, fn fs.WalkDirFunc) error { return fn(root, nil, gone) })
	require.Len(t, jobs, 1)
	assert.Equal(t, dir, jobs[0].path)
	_, err = jobs[0].read()
	assert.ErrorIs(t, err, fs.ErrNotExist)
	jobs = walkArticles(dir, time.Time{}, func(string, fs.WalkDirFunc) error { return gone })
	require.Len(t, jobs, 1)
	_, err = jobs[0].read()
	assert.ErrorIs(t, err, fs.ErrNotExist)
}

// TestWalkLinkedDirs walks a tree whose links lead to a sibling directory
// outside it, to a directory inside it, to the tree's root and to an
// ancestor of the root, and a sibling whose own link leads back into the
// tree: the sibling's articles come through the link, every directory is
// walked once (the tree's own paths first), and nothing loops.
func TestWalkLinkedDirs(t *testing.T) {
	top := t.TempDir()
	root := filepath.Join(top, "root")
	files := []string{"root/a.txt", "root/sub/b.txt", "other/c.txt", "other/deep/d.txt", "outside.txt"}
	for _, p := range files {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(top, p)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(top, p), []byte("نص."), 0o644))
	}
	for link, target := range map[string]string{
		"root/sibling":    "../other",       // a sibling of the root
		"root/again":      "sub",            // a directory of the tree
		"root/sub/toroot": "..",             // the root
		"root/sub/top":    "../..",          // an ancestor of the root
		"other/back":      "../root/sub",    // from the sibling back into the tree
		"root/none":       "../nowhere",     // a dangling link, not an article
		"root/z.txt":      "../other/c.txt", // a link to an article
	} {
		require.NoError(t, os.Symlink(target, filepath.Join(top, link)))
	}
	require.NoError(t, os.Symlink("root", filepath.Join(top, "rootlink")))
	for _, tc := range []struct {
		arg  string
		want []string
	}{
		{root, []string{
			"a.txt", "sibling/c.txt", "sibling/deep/d.txt", "sub/b.txt",
			// the ancestor's other entries: outside.txt, and no second root or sibling
			"sub/top/outside.txt", "z.txt",
		}},
		{filepath.Join(top, "rootlink"), []string{
			"a.txt", "sibling/c.txt", "sibling/deep/d.txt", "sub/b.txt", "sub/top/outside.txt", "z.txt",
		}},
		{filepath.Join(top, "other"), []string{
			// back leads to root/sub, whose links lead to the ancestor
			// (top, first in path order: with the root in it) and to the
			// root (toroot: walked by then)
			"back/b.txt", "back/top/outside.txt", "back/top/root/a.txt", "back/top/root/z.txt", "c.txt", "deep/d.txt",
		}},
	} {
		var got []string
		for _, j := range walkArticles(tc.arg, time.Time{}, filepath.WalkDir) {
			got = append(got, strings.TrimPrefix(j.path, tc.arg+string(filepath.Separator)))
			text, err := j.read()
			require.NoError(t, err, j.path)
			assert.Equal(t, "نص.", text)
		}
		assert.Equal(t, tc.want, got, tc.arg)
	}
	// The command line: each article once, none failed.
	out, errs, code := runCLI(t, "", "-quiet", "-format", "jsonl", root)
	assert.Equal(t, 0, code, errs)
	assert.Empty(t, errs)
	assert.Len(t, jsonLines(t, out), 6)
	assert.Contains(t, out, filepath.Join(root, "sibling", "deep", "d.txt"))
}

// TestWalkManyLinkedDirs: a tree of many directories, each with a link
// back to the root and one to the next directory, gives each article
// once (the directories walked are looked up, not scanned: the walk
// stays linear in them).
func TestWalkManyLinkedDirs(t *testing.T) {
	root := t.TempDir()
	const n = 2000
	var want []string
	for i := range n {
		dir := filepath.Join(root, fmt.Sprintf("d%04d", i))
		require.NoError(t, os.Mkdir(dir, 0o755))
		require.NoError(t, os.Symlink("..", filepath.Join(dir, "up")))
		require.NoError(t, os.Symlink(fmt.Sprintf("../d%04d", (i+1)%n), filepath.Join(dir, "next")))
		if i%100 == 0 {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("نص."), 0o644))
			want = append(want, fmt.Sprintf("d%04d/a.txt", i))
		}
	}
	var got []string
	for _, j := range walkArticles(root, time.Time{}, filepath.WalkDir) {
		got = append(got, filepath.ToSlash(strings.TrimPrefix(j.path, root+string(filepath.Separator))))
		_, err := j.read()
		require.NoError(t, err, j.path)
	}
	assert.Equal(t, want, got)
}

// BenchmarkWalkArticles walks a tree of 5,000 empty directories and one
// article.
func BenchmarkWalkArticles(b *testing.B) {
	root := b.TempDir()
	for i := range 5000 {
		require.NoError(b, os.Mkdir(filepath.Join(root, fmt.Sprintf("d%04d", i)), 0o755))
	}
	require.NoError(b, os.WriteFile(filepath.Join(root, "d0000", "a.txt"), []byte("نص."), 0o644))
	b.ReportAllocs()
	for b.Loop() {
		if jobs := walkArticles(root, time.Time{}, filepath.WalkDir); len(jobs) != 1 {
			b.Fatal(len(jobs))
		}
	}
}
