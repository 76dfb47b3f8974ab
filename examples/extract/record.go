package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/jsonword"
)

// A record is one line of -in jsonl input.
type record struct {
	Text    string `json:"text"`
	Path    string `json:"path"`
	RefDate string `json:"ref_date"`
}

// decodeRecord decodes one line of -in jsonl input as json.Unmarshal
// would into a record (the fields it fills even when it fails, and its
// error). Plain lines — an object whose keys are text, path and ref_date
// at most once each, with string values — are read by a small scanner in
// one pass; anything else (other keys, other values, surrogate escapes,
// bytes that are not UTF-8, bad JSON) goes to encoding/json.
func decodeRecord(line []byte) (record, error) {
	rec, _, err := decodeLine(line)
	return rec, err
}

// decodeLine is decodeRecord, and reports whether the line was plain:
// then it is valid UTF-8 (scanRecord declines any other byte), which
// encoding/json does not check.
func decodeLine(line []byte) (rec record, plain bool, err error) {
	if rec, ok := scanRecord(line); ok {
		return rec, true, nil
	}
	err = json.Unmarshal(line, &rec)
	return rec, false, err
}

// scanRecord reads a plain line; ok is false when the line is not one.
func scanRecord(line []byte) (rec record, ok bool) {
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return rec, false
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		return rec, skipSpace(line, i+1) == len(line)
	}
	var seen [3]bool
	for {
		// A key: one of the three, written plainly.
		if i >= len(line) || line[i] != '"' {
			return rec, false
		}
		end := i + 1
		for end < len(line) && line[end] != '"' && line[end] != '\\' {
			end++
		}
		if end >= len(line) || line[end] != '"' {
			return rec, false
		}
		var field *string
		k := 0
		switch string(line[i+1 : end]) {
		case "text":
			field, k = &rec.Text, 0
		case "path":
			field, k = &rec.Path, 1
		case "ref_date":
			field, k = &rec.RefDate, 2
		default:
			return rec, false
		}
		if seen[k] {
			return rec, false
		}
		seen[k] = true
		i = skipSpace(line, end+1)
		if i >= len(line) || line[i] != ':' {
			return rec, false
		}
		i = skipSpace(line, i+1)
		s, next, ok := scanString(line, i)
		if !ok {
			return rec, false
		}
		*field = s
		i = skipSpace(line, next)
		if i >= len(line) {
			return rec, false
		}
		switch line[i] {
		case ',':
			i = skipSpace(line, i+1)
		case '}':
			return rec, skipSpace(line, i+1) == len(line)
		default:
			return rec, false
		}
	}
}

// skipSpace returns the offset of the first byte at or after i that is
// not JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanString reads the JSON string starting at b[i] ('"') and returns its
// value and the offset after its closing quote, in one pass that checks
// the bytes and copies the runs between escapes. It declines (ok false)
// what encoding/json would change or reject: a byte that is not UTF-8, a
// control byte, a surrogate escape, a bad escape, a missing quote.
func scanString(b []byte, i int) (s string, next int, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return "", 0, false
	}
	i++
	start := i
	var sb strings.Builder // used from the first escape on
	slow := i              // below slow, read a character at a time
	for i < len(b) {
		if i >= slow {
			// Eight bytes at a time up to a word that needs a closer
			// look; then that word a character at a time (so that text
			// of three-byte characters does not test every word twice).
			i += jsonword.Decodable(b[i:])
			slow = i + 8
			if i >= len(b) {
				break
			}
		}
		c := b[i]
		switch {
		case c == '"':
			if sb.Cap() == 0 {
				return string(b[start:i]), i + 1, true
			}
			sb.Write(b[start:i])
			return sb.String(), i + 1, true
		case c == '\\':
			if i+1 >= len(b) {
				return "", 0, false
			}
			if sb.Cap() == 0 {
				// The value is no longer than the rest of the line.
				sb.Grow(len(b) - start)
			}
			sb.Write(b[start:i])
			switch e := b[i+1]; e {
			case '"', '\\', '/':
				sb.WriteByte(e)
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				r, ok := hex4(b, i+2)
				if !ok || (r >= 0xD800 && r < 0xE000) {
					return "", 0, false
				}
				sb.WriteRune(r)
				i += 4
			default:
				return "", 0, false
			}
			i += 2
			start = i
		case c < ' ':
			return "", 0, false
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80:
			// Arabic letters are two bytes: take a well-formed pair
			// without decoding it.
			i += 2
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return "", 0, false
			}
			i += size
		}
	}
	return "", 0, false
}

// hex4 reads the four hexadecimal digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// unpairedSurrogate returns the offset in line of the first \u escape,
// in any JSON string of it, that is half of a UTF-16 surrogate pair
// without its other half (\ud800 not followed by \udc00-\udfff, or a
// lone \udc00): encoding/json decodes it as U+FFFD. line is JSON that
// encoding/json accepted.
func unpairedSurrogate(line []byte) (int, bool) {
	in := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '"':
			in = !in
		case c == '\\' && in:
			if i+1 < len(line) && line[i+1] == 'u' {
				r, ok := hex4(line, i+2)
				if ok && r >= 0xD800 && r < 0xE000 {
					if r >= 0xDC00 {
						return i, true
					}
					if i+7 >= len(line) || line[i+6] != '\\' || line[i+7] != 'u' {
						return i, true
					}
					if lo, ok := hex4(line, i+8); !ok || lo < 0xDC00 || lo >= 0xE000 {
						return i, true
					}
					i += 6 // the low half; the loop steps over its backslash
				}
			}
			i++ // the escaped byte
		}
	}
	return 0, false
}

// textProblem says why a record whose text decoded as "" has no text
// field to read, in the words a user checks their JSONL by: the field is
// missing or null. It returns nil for a present empty string (the
// extractor's ErrEmpty reports that). line decoded without error.
func textProblem(line []byte) error {
	var probe struct {
		Text json.RawMessage `json:"text"`
	}
	if json.Unmarshal(line, &probe) != nil {
		return nil
	}
	switch {
	case probe.Text == nil:
		return errNoText
	case string(probe.Text) == "null":
		return fmt.Errorf("%w: it is null", errTextType)
	}
	return nil
}

var (
	errNoText   = errors.New(`the record has no "text" field`)
	errTextType = errors.New(`the record's "text" is not a string`)
)

// fieldTypeError rewrites encoding/json's error for a record field of
// another type than string ("json: cannot unmarshal number into Go
// struct field record.text of type string") as the field and the JSON
// type it holds; other errors are returned as they are.
func fieldTypeError(err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Field == "" {
		return err
	}
	kind, _, _ := strings.Cut(te.Value, " ") // "number 5" -> "number"
	if te.Field == "text" {
		return fmt.Errorf("%w: it is a JSON %s", errTextType, kind)
	}
	return fmt.Errorf("the record's %q is a JSON %s, not a string", te.Field, kind)
}
