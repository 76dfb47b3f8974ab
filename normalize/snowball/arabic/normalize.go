package arabic

import (
	"encoding/binary"
	"slices"
	"unicode/utf8"
)

const drop rune = -1

// preArabic maps every character of U+0600–U+06FF as Normalize_pre does:
// tatweel and the eight harakat U+064B–U+0652 are deleted (drop),
// Arabic-Indic digits become ASCII, the rest is kept.
var preArabic = func() (t [0x100]rune) {
	for i := range t {
		t[i] = 0x600 + rune(i)
	}
	t[0x40] = drop // U+0640 kasheeda, tatweel
	for r := rune(0x064B); r <= 0x0652; r++ {
		t[r-0x600] = drop // vocalization
	}
	for d := rune(0); d < 10; d++ {
		t[0x60+d] = '0' + d
	}
	return t
}()

// preShaped maps the presentation forms U+FE80–U+FEFC to the letters they
// shape (the lam-alef ligatures to two letters), as Normalize_pre does.
var preShaped = func() (t [0xFEFC - 0xFE80 + 1][2]rune) {
	// Each group lists the first code point of a run of shaped forms and
	// the letter (or letters) they all stand for; the run ends where the
	// next group starts.
	groups := []struct {
		from rune
		to   string
	}{
		{0xFE80, "ء"}, {0xFE81, "آ"}, {0xFE83, "أ"}, {0xFE85, "ؤ"}, {0xFE87, "إ"},
		{0xFE89, "ئ"}, {0xFE8D, "ا"}, {0xFE8F, "ب"}, {0xFE93, "ة"}, {0xFE95, "ت"},
		{0xFE99, "ث"}, {0xFE9D, "ج"}, {0xFEA1, "ح"}, {0xFEA5, "خ"}, {0xFEA9, "د"},
		{0xFEAB, "ذ"}, {0xFEAD, "ر"}, {0xFEAF, "ز"}, {0xFEB1, "س"}, {0xFEB5, "ش"},
		{0xFEB9, "ص"}, {0xFEBD, "ض"}, {0xFEC1, "ط"}, {0xFEC5, "ظ"}, {0xFEC9, "ع"},
		{0xFECD, "غ"}, {0xFED1, "ف"}, {0xFED5, "ق"}, {0xFED9, "ك"}, {0xFEDD, "ل"},
		{0xFEE1, "م"}, {0xFEE5, "ن"}, {0xFEE9, "ه"}, {0xFEED, "و"}, {0xFEEF, "ى"},
		{0xFEF1, "ي"}, {0xFEF5, "لآ"}, {0xFEF7, "لأ"}, {0xFEF9, "لإ"}, {0xFEFB, "لا"},
		{0xFEFD, ""},
	}
	for g := 0; g+1 < len(groups); g++ {
		rs := []rune(groups[g].to)
		for r := groups[g].from; r < groups[g+1].from; r++ {
			copy(t[r-0xFE80][:], rs)
		}
	}
	return t
}()

// normalizePre is Normalize_pre: it strips vocalization and tatweel, turns
// Arabic-Indic digits into ASCII and presentation forms into letters. The
// Snowball routine loops over the characters of the word in place; here
// the same mapping is applied while the word s is decoded and appended to
// rs (the mapping is one character at a time, so the result is the same).
func normalizePre(rs []rune, s string) []rune {
	if len(s) > cap(rs) {
		// A word has at most one character per byte (a ligature of three
		// bytes gives two), so this is enough room for any word.
		rs = make([]rune, 0, len(s))
	}
	rs = rs[:len(s)]
	j, i := 0, 0
	for {
		// Characters of U+0600–U+06FF, the common case, two bytes at a
		// time and without a branch on what they become. The index
		// (b0&3)<<6 | b1&0x3F is a byte, so the table read needs no
		// bounds check; j ≤ i/2 < len(rs) holds, but only the compiler's
		// check can say so.
		for i+1 < len(s) {
			b0, b1 := s[i], s[i+1]
			if b0&0xFC != 0xD8 || b1&0xC0 != 0x80 {
				break
			}
			m := preArabic[b0<<6|b1&0x3F]
			rs[j] = m
			j += 1 + int(m>>31) // drop is -1: the next character takes its place
			i += 2
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			rs[j] = rune(c)
			j++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= 0xFE80 && r <= 0xFEFC {
			m := preShaped[r-0xFE80]
			rs[j] = m[0]
			j++
			if m[1] != 0 {
				rs[j] = m[1]
				j++
			}
			continue
		}
		rs[j] = r
		j++
	}
	return rs[:j]
}

// postArabic holds, for each character of U+0600–U+06FF, its UTF-8 bytes
// after Normalize_post inside a stem (أ إ آ → ا, ؤ → و, ئ → ي), as b0 |
// b1<<8.
var postArabic = func() (t [0x100]uint16) {
	for i := range t {
		r := postLetter(0x600 + rune(i))
		t[i] = uint16(0xC0|r>>6) | uint16(0x80|r&0x3F)<<8
	}
	return t
}()

// postLetter is Normalize_post for one character inside a stem: the
// hamza carriers become their bare letters (أ إ آ → ا, ؤ → و, ئ → ي).
func postLetter(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ':
		return 'ا'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	}
	return r
}

// appendPost is Normalize_post, applied while the stem rs is encoded and
// appended to dst: a hamza carrier at the end of the stem becomes a bare
// hamza ء; elsewhere أ إ آ become ا, ؤ becomes و and ئ becomes ي.
//
// "loop word_len": in Snowball, word_len was last set when the last prefix
// routine started, on a word at least as long as the stem, so the loop
// covers every character.
func appendPost(dst []byte, rs []rune) []byte {
	need := 2 * len(rs) // all of them Arabic
	last := rune(-1)
	if n := len(rs); n > 0 {
		switch rs[n-1] {
		case 'أ', 'إ', 'آ', 'ؤ', 'ئ':
			rs, last = rs[:n-1], 'ء'
		}
	}
	n := len(dst)
	if cap(dst)-n < need {
		dst = slices.Grow(dst, need)
	}
	out := dst[:cap(dst)]
	for _, r := range rs {
		if uint32(r)-0x600 < 0x100 {
			if len(out)-n < 2 {
				dst = slices.Grow(out[:n], need)
				out = dst[:cap(dst)]
			}
			binary.LittleEndian.PutUint16(out[n:n+2], postArabic[r-0x600])
			n += 2
			continue
		}
		dst = utf8.AppendRune(out[:n], r) // no hamza carrier: nothing to fold
		n, out = len(dst), dst[:cap(dst)]
	}
	if last >= 0 {
		return utf8.AppendRune(out[:n], last)
	}
	return out[:n]
}
