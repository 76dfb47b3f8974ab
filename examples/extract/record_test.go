package main

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkRecord checks that decodeRecord reads line exactly as
// json.Unmarshal does: the same fields and the same error.
func checkRecord(t testing.TB, line string) (fast bool) {
	t.Helper()
	var want record
	werr := json.Unmarshal([]byte(line), &want)
	got, err := decodeRecord([]byte(line))
	if got != want || (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
		t.Fatalf("%q: got %+v, %v; json.Unmarshal gives %+v, %v", line, got, err, want, werr)
	}
	_, fast = scanRecord([]byte(line))
	if fast && werr != nil {
		t.Fatalf("%q: the scanner accepted what json.Unmarshal rejects: %v", line, werr)
	}
	if fast && !utf8.ValidString(line) {
		t.Fatalf("%q: the scanner accepted bytes that are not UTF-8 (decodeLine relies on it)", line)
	}
	if werr == nil {
		checkSurrogates(t, line)
		if at, bad := unpairedSurrogate([]byte(line)); fast && bad {
			t.Fatalf("%q: the scanner accepted half a surrogate pair at %d (jsonlSource.next relies on it)", line, at)
		}
	}
	return fast
}

// checkSurrogates checks unpairedSurrogate against encoding/json on a
// line it accepts: the line's strings (keys and values of every field,
// read or not) decode to U+FFFD where it finds half a surrogate pair, and
// to none when it finds none (unless the line holds U+FFFD itself or
// bytes that are not UTF-8).
func checkSurrogates(t testing.TB, line string) {
	t.Helper()
	at, bad := unpairedSurrogate([]byte(line))
	if bad && (at+6 > len(line) || line[at] != '\\' || line[at+1] != 'u') {
		t.Fatalf("%q: unpairedSurrogate points at %d, not at a \\u escape", line, at)
	}
	if !utf8.ValidString(line) || strings.Contains(line, "\ufffd") || strings.Contains(strings.ToLower(line), `\ufffd`) {
		return
	}
	var v any
	if json.Unmarshal([]byte(line), &v) != nil {
		return
	}
	if replaced := holdsReplacement(v); replaced != bad {
		t.Fatalf("%q: unpairedSurrogate says %v (at %d), encoding/json decodes U+FFFD: %v", line, bad, at, replaced)
	}
}

// holdsReplacement reports whether a decoded JSON value holds U+FFFD in
// a string or a key.
func holdsReplacement(v any) bool {
	switch v := v.(type) {
	case string:
		return strings.ContainsRune(v, utf8.RuneError)
	case []any:
		for _, e := range v {
			if holdsReplacement(e) {
				return true
			}
		}
	case map[string]any:
		for k, e := range v {
			if strings.ContainsRune(k, utf8.RuneError) || holdsReplacement(e) {
				return true
			}
		}
	}
	return false
}

// recordLines are lines of -in jsonl input; the first plainLines take the
// fast path.
const plainLines = 13

var recordLines = []string{
	`{}`, ` { } `, `{"text": "قال", "path": "a/b.txt"}`, `{"path":"p","text":"t","ref_date":"2017-07-10"}`,
	`{"text": "line\nbreak \"quoted\" back\\slash \/ \b\f\r\t"}`, `{"text": "\u0645\u0635\u0631 \u00e9 \u2028 \u0000 \uFFFD \u20AC"}`,
	"{\t\"text\"\r\n:\n\"x\"\t}", `{"text": ""}`, `{"text": "🇸🇾 ﷲ"}`,
	`{"ref_date": "10/07/2017"}`, `{"text": "\\"}`, `{"text": "\\\"\""}`,
	`{"text": "\\ud800"}`, // an escaped backslash, not a surrogate
	// Declined by the scanner, read by encoding/json.
	`{"Text": "upper"}`, `{"TEXT": "upper", "text": "lower"}`, `{"text": "a", "text": "b"}`, `{"text": "a", "other": 1}`,
	`{"text": null}`, `{"text": 5}`, `{"text": "a", "path": 5}`, `{"path": "p", "text": ["x"]}`, `{"t\u0065xt": "escaped key"}`,
	`{"text": "\ud83c\uddf8"}`, `{"text": "\ud800"}`, `{"text": "\udc00x"}`, "{\"text\": \"bad \xff\xfe utf8\"}", "{\"text\": \"cut \xd9\"}",
	"{\"text\": \"ctrl \x01\"}", `{"text": "bad \x escape"}`, `{"text": "\u12"}`, `{"text": "\u12G4"}`, `{"text": "open`, `{"text": "a"`,
	`{"text": "a",}`, `{"text": "a"} x`, `{"text": "a"}{}`, `[]`, `"text"`, `{"text" "a"}`, `{text: "a"}`, `{,}`, `{"text": "a" "path": "b"}`,
	"\ufeff{\"text\": \"bom\"}", `{"text": "a"}` + "\u00a0",
	// Surrogate escapes: pairs, halves, and what only looks like one.
	`{"text": "\ud83d\ud83d\ude00"}`, `{"text": "\ud83d\u0041"}`, `{"text": "\uDBFF\uDFFF \uD800\uDC00"}`,
	`{"text": "x", "other": "\udfff"}`, `{"\udfff": 1, "text": "x"}`, `{"text": "\ud800\\udc00"}`, `{"text": "a\ud800", "path": "\\"}`,
	`{"text": "\ud800\n\udc00"}`, `{"text": "\ud800\u"}`, `{"text": "x", "o": ["\ud800"]}`, `{"text": "\ud800`,
}

// TestDecodeRecord compares decodeRecord with json.Unmarshal on crafted
// lines and on the news corpus written as JSONL both by encoding/json
// (which escapes <, >, & and U+2028) and as Python's json.dumps writes it
// (ensure_ascii=False), and checks that those plain lines take the fast
// path.
func TestDecodeRecord(t *testing.T) {
	for i, line := range recordLines {
		fast := checkRecord(t, line)
		assert.Equal(t, i < plainLines, fast, "%q: fast path", line)
	}
	assert.True(t, checkRecord(t, `{"path": "0/a.txt", "text": "سطر\nسطر \"ثان\""}`))
	t.Run("news", func(t *testing.T) {
		for _, a := range shared.News(t) {
			b, err := json.Marshal(record{Text: a.Text, Path: a.Name})
			require.NoError(t, err)
			assert.True(t, checkRecord(t, string(b)), a.Name)
			py := `{"path": "` + a.Name + `", "text": ` + pythonQuote(a.Text) + `}`
			assert.True(t, checkRecord(t, py), a.Name)
		}
	})
}

// pythonQuote quotes s as Python's json.dumps(s, ensure_ascii=False).
func pythonQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < ' ':
			b.WriteString(`\u00`)
			b.WriteByte("0123456789abcdef"[r>>4])
			b.WriteByte("0123456789abcdef"[r&15])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// FuzzDecodeRecord: any line is read exactly as json.Unmarshal reads it,
// and a record written by encoding/json takes the fast path.
func FuzzDecodeRecord(f *testing.F) {
	for _, line := range recordLines {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		checkRecord(t, line)
		b, err := json.Marshal(record{Text: line, Path: line, RefDate: line})
		if err != nil {
			t.Fatal(err)
		}
		checkRecord(t, string(b))
	})
}

// BenchmarkDecodeRecord reads the news corpus's articles as JSONL lines
// (written by Python's json.dumps, as scripts/speed.sh writes them), by
// decodeRecord and by json.Unmarshal; bytes are the lines'.
func BenchmarkDecodeRecord(b *testing.B) {
	var lines [][]byte
	size := 0
	for _, a := range shared.News(b) {
		line := []byte(`{"path": "0/` + a.Name + `", "text": ` + pythonQuote(a.Text) + `}`)
		lines = append(lines, line)
		size += len(line)
	}
	b.Run("scan", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, l := range lines {
				_, _ = decodeRecord(l)
			}
		}
	})
	b.Run("unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, l := range lines {
				var rec record
				_ = json.Unmarshal(l, &rec)
			}
		}
	})
}
