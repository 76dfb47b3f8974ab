package normalize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// reference is a plain rune-by-rune implementation of the documented
// normalization, written for clarity rather than speed, against which the
// table-driven byte loop is checked. It spells out presentation forms with
// norm.NFKC directly rather than through the generated tables.
func reference(n *Normalizer, s string) string {
	o := n.opts
	in := []rune(s) // each invalid byte becomes U+FFFD
	var out []rune
	emit := func(r rune) {
		switch {
		case r == 0x0640 || r == 0x061C:
			return
		case r >= 0x0653 && r <= 0x0655:
			if len(out) > 0 {
				if c := compose(out[len(out)-1], r); c != 0 {
					out[len(out)-1] = n.fold(c)
					return
				}
			}
			if !o.Diacritics {
				out = append(out, r)
			}
			return
		case o.Diacritics && isDiacritic(r):
			return
		}
		if r >= 0x600 && r <= 0x6FF {
			r = n.fold(r)
		}
		out = append(out, r)
	}
	for i, r := range in {
		switch {
		case r == 0x200B || r == 0x200C:
			if len(out) > 0 && !isSpaceLike(out[len(out)-1]) && i+1 < len(in) && !isSpaceLike(in[i+1]) {
				out = append(out, ' ')
			}
		case strings.ContainsRune("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", r):
			out = append(out, ' ')
		case strings.ContainsRune("\u00ad\u180e\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff", r):
		case (r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFE) && r != 0xFDFC:
			exp := norm.NFKC.String(string(r))
			if rest := []rune(exp); len(rest) > 1 && (rest[0] == ' ' || rest[0] == 0x640) && allMarks(rest[1:]) {
				exp = string(rest[1:])
			}
			phrase := strings.Contains(exp, " ")
			if phrase && len(out) > 0 && isWordRune(out[len(out)-1]) {
				out = append(out, ' ')
			}
			for _, er := range exp {
				emit(er)
			}
			if phrase && i+1 < len(in) && isWordRune(in[i+1]) {
				out = append(out, ' ')
			}
		case o.Quotes && strings.ContainsRune("“”„‟«»‹›″", r):
			out = append(out, '"')
		case o.Quotes && strings.ContainsRune("‘’‚‛′", r):
			out = append(out, '\'')
		case o.Quotes && strings.ContainsRune("‐‑‒–—―−", r):
			out = append(out, '-')
		default:
			emit(r)
		}
	}
	return string(out)
}

func allMarks(rs []rune) bool {
	for _, r := range rs {
		if !(r >= 0x064B && r <= 0x065F || r == 0x0670) {
			return false
		}
	}
	return true
}

var optionSets = map[string]Options{
	"display":    Display,
	"search":     Search,
	"diacritics": {Diacritics: true},
	"letters":    {Alef: true, AlefMaksura: true, TehMarbuta: true, Hamza: true, Persian: true},
	"symbols":    {Digits: true, Punctuation: true, Quotes: true},
}

func TestReferenceOnHandPickedText(t *testing.T) {
	inputs := []string{
		"أَحْمَدُ فِي المَدْرَسَةِ عَلَى ٢٠١٧، «نعم»",
		"\ufeffنص\u200bآخر\u00a0هنا \u200c\u200cx\u200c",
		"ا\u0654 اـ\u0654 و\u200f\u0654 ﷺﷲ﷼ ﻻ\ufe76 \ufc60 \xff\xe2\x80",
		"کتاب فارسی گل پل چای ژاله ۀ ھ ے ۓ\u0654",
	}
	for name, o := range optionSets {
		n := MustNew(o)
		for _, s := range inputs {
			assert.Equal(t, reference(n, s), n.String(s), "%s: %q", name, s)
		}
	}
}

// randomText returns k texts of up to max bytes, glued together from
// fragments that exercise every branch of the loops (letters that change,
// marks, controls, presentation forms, stray and truncated UTF-8 bytes),
// long enough for the loops that read seven bytes at a time.
func randomText(seed uint64, k, max int) []string {
	frags := []string{"ا", "أ", "إ", "آ", "ة", "ى", "ؤ", "ئ", "ب", "ت", "ل", "م", "ن", "ه", "و", "ي", " ", " ", "\n",
		"،", "٢", "٠", "۴", "\u064e", "\u0651", "\u0654", "\u0653", "\u0670", "ـ", "\u200c", "\u200b", "ﻻ", "ﷺ",
		"«", "»", "a", "Z", "1", ".", "?", "؟", "…", "\xff", "\xd8", "\xd9\x20", "\x91", "ک", "ی", "ۀ", "ہ",
		"\u06d6", "\u08f0", "http://x.y/z ", "a@b.co ", "#وسم ", "@u_1 ", "2,5", "٢٫٥", "\ufeff", "\u00a0", "é",
		"д", "\u2028", "د.", "م.", "\"", "(", ")", "!", "\t", "\r\n"}
	r := rand.New(rand.NewPCG(seed, 2))
	out := make([]string, k)
	for i := range out {
		var sb strings.Builder
		for n := r.IntN(max); sb.Len() < n; {
			if r.IntN(8) == 0 {
				sb.WriteByte(byte(r.IntN(256)))
				continue
			}
			sb.WriteString(frags[r.IntN(len(frags))])
		}
		out[i] = sb.String()
	}
	return out
}

func TestReferenceOnRandomText(t *testing.T) {
	texts := randomText(1, 400, 600)
	for name, o := range optionSets {
		n := MustNew(o)
		for _, s := range texts {
			want := reference(n, s)
			if got := n.String(s); got != want {
				t.Fatalf("%s: %q: fast path %q differs from the reference %q at byte %d", name, s, got, want, firstDiff(got, want))
			}
			if got := string(n.AppendString([]byte("x"), s)); got != "x"+want {
				t.Fatalf("%s: %q: AppendString differs from the reference at byte %d", name, s, firstDiff(got, "x"+want))
			}
			if got := streamString(t, n, s, 61, 64); got != want {
				t.Fatalf("%s: %q: transformer differs from the reference at byte %d", name, s, firstDiff(got, want))
			}
			checkMap(t, n, s)
		}
	}
}

// TestDifferentialNews checks the fast path against the reference on every
// article of the shared news corpus, as written and fully diacritized.
func TestDifferentialNews(t *testing.T) {
	files := newsFiles(t)
	for name, o := range optionSets {
		n := MustNew(o)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			for _, s := range []string{string(b), diacritize(string(b))} {
				want := reference(n, s)
				if got := n.String(s); got != want {
					t.Errorf("%s: %s: fast path differs from the reference at byte %d", name, filepath.Base(f), firstDiff(got, want))
				}
				if got := streamString(t, n, s, 4093, 4096); got != want {
					t.Errorf("%s: %s: transformer differs from the reference at byte %d", name, filepath.Base(f), firstDiff(got, want))
				}
			}
		}
	}
}

func newsFiles(t testing.TB) []string {
	dir := shared.Path(t, "corpus", "news")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return files
}

func firstDiff(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// diacritize adds a haraka after every Arabic letter (and a shadda with a
// fatha after every fifth), the density of fully vocalized text.
func diacritize(s string) string {
	marks := []string{"\u064e", "\u064f", "\u0650", "\u0652", "\u064e\u0651", "\u064b"}
	var b strings.Builder
	k := 0
	for _, r := range s {
		b.WriteRune(r)
		if r >= 0x0621 && r <= 0x064A && r != 0x0640 {
			b.WriteString(marks[k%len(marks)])
			k++
		}
	}
	return b.String()
}
