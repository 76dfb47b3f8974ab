package normalize

//go:generate go run gen_tables.go

import (
	"sync"
	"unicode/utf8"
)

// A Normalizer applies the cleanup and the folds chosen in its Options.
//
// A Normalizer is immutable once built and safe for concurrent use by
// multiple goroutines. The zero value is not usable; build one with New.
type Normalizer struct {
	opts Options
	// cls says what becomes of each rune of the Arabic block
	// U+0600–U+06FF, indexed by its two UTF-8 bytes: (b0-0xD8)<<6 | b1&0x3F;
	// rep holds the replacement bytes of the runes of class replace1 and
	// replace2.
	cls [256]class
	rep [256][2]byte
	// pair is the same for the fast loops (see pairTable); blk, built on
	// first use, lets them read seven bytes at a time (see blockTable).
	pair      pairTable
	blockOnce sync.Once
	blk       *blockTable
}

// class is what the normalizer does with one rune of the Arabic block.
type class uint8

const (
	keep     class = iota // the rune stays as it is
	remove                // the rune is removed
	replace1              // the rune becomes the ASCII byte rep[0]
	replace2              // the rune becomes the two-byte letter rep[0:2]
	mark                  // a hamza or madda mark: combine with the letter before it, else remove (Diacritics) or keep
)

// New returns a Normalizer for opts. Every combination of options is
// valid; the error is reserved for future options.
func New(opts Options) (*Normalizer, error) {
	n := &Normalizer{opts: opts}
	for r := rune(0x600); r <= 0x6FF; r++ {
		x := arIndex(r)
		n.cls[x] = n.arabicClass(r)
		if to := n.fold(r); to != r {
			utf8.EncodeRune(n.rep[x][:], to)
		}
	}
	n.pair = *newPairTable(n)
	return n, nil
}

// MustNew is like New but panics on error. It is meant for package-level
// normalizers whose options are known to be valid.
func MustNew(opts Options) *Normalizer {
	n, err := New(opts)
	if err != nil {
		panic(err)
	}
	return n
}

// Options reports the options the Normalizer was built with.
func (n *Normalizer) Options() Options { return n.opts }

// arIndex is the index into Normalizer.cls of the rune r in U+0600–U+06FF.
func arIndex(r rune) int {
	var b [2]byte
	utf8.EncodeRune(b[:], r)
	return int(b[0]-0xD8)<<6 | int(b[1]&0x3F)
}

// fold returns what the letter, digit or punctuation r of the Arabic block
// becomes under the options, or r itself. It is the one place the folds
// are spelled out; the tables are built from it.
func (n *Normalizer) fold(r rune) rune {
	o := n.opts
	switch {
	case o.Alef && (r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ' || r == 'ٲ' || r == 'ٳ'):
		return 'ا'
	case o.AlefMaksura && r == 'ى':
		return 'ي'
	case o.TehMarbuta && r == 'ة':
		return 'ه'
	case o.Hamza && r == 'ؤ':
		return 'و'
	case o.Hamza && r == 'ئ':
		return 'ي'
	case o.Digits && r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	case o.Digits && r >= '۰' && r <= '۹':
		return '0' + r - '۰'
	}
	if o.Persian {
		switch r {
		case 'ک', 'گ', 'ڭ':
			return 'ك'
		case 'ی', 'ې', 'ے':
			return 'ي'
		case 'ۓ':
			return n.fold('ئ')
		case 'ۀ', 'ۂ', 'ہ', 'ھ', 'ە':
			return 'ه'
		case 'ۃ':
			return n.fold('ة')
		case 'ڤ':
			return 'ف'
		case 'ڨ':
			return 'ق'
		case 'پ':
			return 'ب'
		case 'چ':
			return 'ج'
		case 'ژ':
			return 'ز'
		}
	}
	if o.Punctuation {
		switch r {
		case '،', '٬':
			return ','
		case '؛':
			return ';'
		case '؟':
			return '?'
		case '٪':
			return '%'
		case '٫', '۔':
			return '.'
		case '٭':
			return '*'
		}
	}
	return r
}

// isDiacritic reports whether r is a mark removed by Options.Diacritics.
func isDiacritic(r rune) bool {
	switch {
	case r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670:
		return true
	case r >= 0x06D6 && r <= 0x06ED:
		return r != 0x06DE && r != 0x06E9 // rub el hizb and place of sajdah are symbols
	case r >= 0x08D3 && r <= 0x08FF:
		return r != 0x08E2 // disputed end of ayah is a format character
	}
	return false
}

// isHamzaMark reports whether r is one of the combining marks that NFC
// combines with a preceding letter: madda, hamza above, hamza below.
func isHamzaMark(r rune) bool { return r >= 0x0653 && r <= 0x0655 }

// compose returns the letter that the output letter p and the combining
// mark m form under canonical composition (ا + ◌ٔ → أ), or 0.
func compose(p, m rune) rune {
	switch m {
	case 0x0653: // madda above
		if p == 'ا' {
			return 'آ'
		}
	case 0x0654: // hamza above
		switch p {
		case 'ا':
			return 'أ'
		case 'و':
			return 'ؤ'
		case 'ي':
			return 'ئ'
		case 'ە':
			return 'ۀ'
		case 'ہ':
			return 'ۂ'
		case 'ے':
			return 'ۓ'
		}
	case 0x0655: // hamza below
		if p == 'ا' {
			return 'إ'
		}
	}
	return 0
}

// composes reports whether a combining mark may still change the output
// letter p.
func composes(p rune) bool { return compose(p, 0x0654) != 0 }

// composeFold returns what the output letter p becomes when the hamza or
// madda mark m follows it, with ok false when they do not combine.
func (n *Normalizer) composeFold(p, m rune) (rune, bool) {
	c := compose(p, m)
	if c == 0 {
		return 0, false
	}
	return n.fold(c), true
}

// arabicClass computes the class of r in U+0600–U+06FF.
func (n *Normalizer) arabicClass(r rune) class {
	switch {
	case r == 0x0640 || r == 0x061C: // tatweel, ARABIC LETTER MARK
		return remove
	case isHamzaMark(r):
		return mark
	case n.opts.Diacritics && isDiacritic(r):
		return remove
	}
	switch to := n.fold(r); {
	case to == r:
		return keep
	case to < utf8.RuneSelf:
		return replace1
	default:
		return replace2 // every fold of the block lands in the block
	}
}

// otherKind classifies a rune outside U+0600–U+06FF.
type otherKind uint8

const (
	otherKeep    otherKind = iota
	otherRemove            // invisible controls
	otherSpace             // exotic spaces: become " "
	otherContext           // ZWSP, ZWNJ: " " between two non-spaces, else removed
	otherExpand            // presentation form or typographic quote: becomes rep, rune by rune through the Arabic table
)

// other says what becomes of the rune r outside U+0600–U+06FF.
func (n *Normalizer) other(r rune) (otherKind, string) {
	switch {
	case r < 0xA0:
		return otherKeep, ""
	case r == 0x200B || r == 0x200C: // ZWSP, ZWNJ
		return otherContext, ""
	case r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000:
		return otherSpace, " "
	case r == 0xAD || r == 0x180E || r == 0x200D || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) ||
		r == 0x2060 || (r >= 0x2066 && r <= 0x206F) || r == 0xFEFF:
		return otherRemove, ""
	case r >= 0xFB50 && r <= 0xFDFF:
		k := r - 0xFB50
		if s := pfData[pfAIndex[k]:pfAIndex[k+1]]; s != "" {
			return otherExpand, s
		}
		return otherKeep, ""
	case r >= 0xFE70 && r <= 0xFEFF:
		k := r - 0xFE70
		if s := pfData[pfBIndex[k]:pfBIndex[k+1]]; s != "" {
			return otherExpand, s
		}
		return otherKeep, ""
	case n.opts.Diacritics && isDiacritic(r):
		return otherRemove, ""
	}
	if n.opts.Quotes {
		switch r {
		case '“', '”', '„', '‟', '«', '»', '‹', '›', '″':
			return otherExpand, `"`
		case '‘', '’', '‚', '‛', '′':
			return otherExpand, "'"
		case '‐', '‑', '‒', '–', '—', '―', '−':
			return otherExpand, "-"
		}
	}
	return otherKeep, ""
}

// isSpaceLike reports whether r separates words.
func isSpaceLike(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x200B, 0x200C:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
