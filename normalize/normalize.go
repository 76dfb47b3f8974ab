package normalize

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A Normalizer applies the cleanup and the folds chosen in its Options.
//
// A Normalizer is immutable once built and safe for concurrent use by
// multiple goroutines. The zero value is not usable; build one with New.
type Normalizer struct {
	opts Options
	// block maps every rune of the Arabic block U+0600–U+06FF to its
	// replacement; drop means the rune is removed.
	block [256]rune
}

const drop rune = -1

// New returns a Normalizer for opts.
func New(opts Options) (*Normalizer, error) {
	n := &Normalizer{opts: opts}
	for i := range n.block {
		n.block[i] = 0x600 + rune(i)
	}
	set := func(r, to rune) { n.block[r-0x600] = to }
	set(0x0640, drop) // tatweel
	set(0x061C, drop) // ARABIC LETTER MARK
	if opts.Diacritics {
		for r := rune(0x0610); r <= 0x061A; r++ {
			set(r, drop)
		}
		for r := rune(0x064B); r <= 0x065F; r++ {
			set(r, drop)
		}
		set(0x0670, drop)
		for r := rune(0x06D6); r <= 0x06ED; r++ {
			if r == 0x06DE || r == 0x06E9 { // rub el hizb, place of sajdah: symbols, not marks
				continue
			}
			set(r, drop)
		}
	}
	if opts.Alef {
		for _, r := range []rune{'أ', 'إ', 'آ', 'ٱ', 0x0672, 0x0673} {
			set(r, 'ا')
		}
	}
	if opts.AlefMaksura {
		set('ى', 'ي')
	}
	if opts.TehMarbuta {
		set('ة', 'ه')
	}
	if opts.Hamza {
		set('ؤ', 'و')
		set('ئ', 'ي')
	}
	if opts.Persian {
		set('ک', 'ك')
		set('گ', 'ك')
		set('ی', 'ي')
		set('ې', 'ي')
		set('ۀ', 'ه')
		set('ہ', 'ه')
		set('ە', 'ه')
		set('ڤ', 'ف')
		if opts.TehMarbuta {
			set('ۃ', 'ه')
		} else {
			set('ۃ', 'ة')
		}
		if opts.AlefMaksura {
			set(0x06CD, 'ي') // yeh with tail
		}
	}
	if opts.Digits {
		for d := rune(0); d < 10; d++ {
			set(0x0660+d, '0'+d)
			set(0x06F0+d, '0'+d)
		}
	}
	if opts.Punctuation {
		set('،', ',')
		set('؛', ';')
		set('؟', '?')
		set('٪', '%')
		set('٫', '.')
		set('٬', ',')
		set('۔', '.')
	}
	return n, nil
}

// MustNew is like New but panics on error. It is meant for package-level
// presets whose options are known to be valid.
func MustNew(opts Options) *Normalizer {
	n, err := New(opts)
	if err != nil {
		panic(err)
	}
	return n
}

// Options reports the options the Normalizer was built with.
func (n *Normalizer) Options() Options { return n.opts }

// String returns s normalized. When nothing changes it returns s itself
// without allocating. Invalid UTF-8 bytes are replaced by U+FFFD, one per
// byte.
func (n *Normalizer) String(s string) string {
	out, _, changed := n.appendNorm(nil, nil, s, false)
	if !changed {
		return s
	}
	return string(out)
}

// Bytes returns b normalized. When nothing changes it returns b itself.
func (n *Normalizer) Bytes(b []byte) []byte {
	out, _, changed := n.appendNorm(nil, nil, string(b), false)
	if !changed {
		return b
	}
	return out
}

// AppendString appends the normalization of s to dst and returns the
// extended buffer. Reusing dst across calls avoids allocation.
func (n *Normalizer) AppendString(dst []byte, s string) []byte {
	start := len(dst)
	out, _, changed := n.appendNorm(dst, nil, s, false)
	if !changed {
		return append(out[:start], s...)
	}
	return out
}

// Map normalizes src and keeps the offset map from the output back to src.
func (n *Normalizer) Map(src string) *Text {
	out, offs, changed := n.appendNorm(nil, nil, src, true)
	t := &Text{Source: src}
	if !changed {
		t.Norm = src
		return t
	}
	offs = append(offs, int32(len(src)))
	t.Norm = string(out)
	t.offs = offs
	return t
}

// isSpaceLike reports whether r separates words.
func isSpaceLike(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x200B, 0x200C:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// replacement returns what the non-block, non-ASCII rune r becomes:
// keep reports that r stays as it is; otherwise out is its replacement
// (empty to remove it). ctxSpace reports a zero-width separator whose fate
// depends on its neighbours.
func (n *Normalizer) replacement(r rune) (out string, keep, ctxSpace bool) {
	switch {
	case r == 0x200B || r == 0x200C: // ZWSP, ZWNJ
		return "", false, true
	case r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000:
		return " ", false, false
	case r == 0x200D || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) ||
		(r >= 0x2066 && r <= 0x2069) || r == 0xFEFF || r == 0x2060 || r == 0xAD:
		return "", false, false
	case (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE):
		s, ok := presentationForms()[r]
		if !ok {
			return "", true, false
		}
		return s, false, false
	}
	if n.opts.Quotes {
		switch r {
		case '“', '”', '„', '‟', '«', '»', '‹', '›', '″':
			return `"`, false, false
		case '‘', '’', '‚', '‛', '′':
			return "'", false, false
		case '‐', '‑', '‒', '–', '—', '―', '−':
			return "-", false, false
		}
	}
	return "", true, false
}

// presentationForms maps each Arabic presentation form that NFKC changes
// to its decomposition, built once on first use. Two deliberate departures
// from NFKC: the rial sign ﷼ stays a symbol (NFKC spells it as a word
// with a Persian yeh), and the isolated and medial forms of the harakat
// (U+FE70–U+FE7F) become the bare mark instead of a space or tatweel
// followed by the mark, so that no word is split.
var presentationForms = sync.OnceValue(func() map[rune]string {
	m := make(map[rune]string, 1200)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			s := norm.NFKC.String(string(r))
			if s == string(r) {
				continue
			}
			if r >= 0xFE70 && r <= 0xFE7F && len(s) > 0 {
				if s[0] == ' ' {
					s = s[1:]
				} else if len(s) >= 2 && s[:2] == "\u0640" {
					s = s[2:]
				}
			}
			m[r] = s
		}
	}
	add(0xFB50, 0xFDFF)
	add(0xFE70, 0xFEFE)
	delete(m, 0xFDFC)
	return m
})

// appendNorm is the one normalization loop. It appends the normalization
// of src to dst; when withOffs is set it appends to offs, for every output
// byte, the offset in src of the rune that produced it. changed reports
// whether the output differs from src. While nothing has changed, nothing
// is written: the caller then uses src itself.
func (n *Normalizer) appendNorm(dst []byte, offs []int32, src string, withOffs bool) (out []byte, offsOut []int32, changed bool) {
	base := len(dst)
	emitted := 0 // bytes of src already accounted for in dst when changed
	// flush copies src[emitted:upto] unchanged into dst.
	flush := func(upto int) {
		if upto > emitted {
			dst = append(dst, src[emitted:upto]...)
			if withOffs {
				for k := emitted; k < upto; k++ {
					offs = append(offs, int32(k))
				}
			}
		}
	}
	start := func(i int) {
		if !changed {
			changed = true
			emitted = 0
		}
		flush(i)
	}
	emit := func(s string, at int) {
		dst = append(dst, s...)
		if withOffs {
			for range len(s) {
				offs = append(offs, int32(at))
			}
		}
	}
	var buf [4]byte
	i := 0
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && size == 1 {
			start(i)
			emit("\uFFFD", i)
			i++
			emitted = i
			continue
		}
		if r >= 0x600 && r <= 0x6FF {
			m := n.block[r-0x600]
			if m == r {
				i += size
				continue
			}
			start(i)
			if m != drop {
				w := utf8.EncodeRune(buf[:], m)
				emit(string(buf[:w]), i)
			}
			i += size
			emitted = i
			continue
		}
		rep, keep, ctx := n.replacement(r)
		if keep {
			i += size
			continue
		}
		if ctx {
			start(i)
			next, _ := utf8.DecodeRuneInString(src[i+size:])
			prev, _ := utf8.DecodeLastRune(dst[base:])
			sep := len(dst) > base && !isSpaceLike(prev) && i+size < len(src) && !isSpaceLike(next)
			if sep {
				emit(" ", i)
			}
			i += size
			emitted = i
			continue
		}
		start(i)
		// A presentation form expands to letters and marks that the
		// folds must see too.
		for _, er := range rep {
			if er >= 0x600 && er <= 0x6FF {
				er = n.block[er-0x600]
				if er == drop {
					continue
				}
			}
			w := utf8.EncodeRune(buf[:], er)
			emit(string(buf[:w]), i)
		}
		i += size
		emitted = i
	}
	if changed {
		flush(len(src))
	}
	return dst, offs, changed
}
