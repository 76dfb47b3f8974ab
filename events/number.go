package events

import (
	"strings"
	"sync"

	"github.com/nabanlp/naba/normalize"
)

// Number words, written in ordinary spelling (folded when the table is
// built). Facts of Arabic: the units in both genders and cases, the
// tens, the hundreds, and the scale words.
var numberWords = map[string]int{
	"واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1,
	"اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثنتا": 2,
	"ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
	"سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "ثمان": 8, "تسع": 9, "تسعة": 9,
	"عشر": 10, "عشرة": 10,
	"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
	"خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
	"ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}

var hundredWords = map[string]int{
	"مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
	"ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500,
	"ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800,
	"ثمانيمئة": 800, "ثمانيمائة": 800, "تسعمئة": 900, "تسعمائة": 900,
}

var scaleWords = map[string]int{
	"ألف": 1000, "ألفا": 1000, "آلاف": 1000, "ألوف": 1000, "ألفان": 2000, "ألفين": 2000,
	"مليون": 1000000, "مليونا": 1000000, "ملايين": 1000000, "مليونان": 2000000, "مليونين": 2000000,
}

type numberTable struct {
	units, hundreds, scales map[string]int
}

var numbers = sync.OnceValue(func() numberTable {
	f := func(m map[string]int) map[string]int {
		out := make(map[string]int, len(m))
		for k, v := range m {
			out[fold.String(k)] = v
		}
		return out
	}
	return numberTable{f(numberWords), f(hundredWords), f(scaleWords)}
})

// Number reads a count beginning at token i of t, before token last:
// digits of any script (9، ٩، 3042، 3,042) or Arabic number words
// (تسعة، خمسة عشر، خمسة وعشرون، ثلاثمئة، ثلاث مئة), either followed by
// scale words (350 ألف، ثلاثة آلاف). It returns the value and the token
// after the count; ok is false when no count begins at i. Counts that
// would overflow are not read.
func Number(t *normalize.Text, i, last int) (n, next int, ok bool) {
	last = min(last, len(t.Tokens))
	if i < 0 || i >= last {
		return 0, i, false
	}
	tab := numbers()
	total, cur := 0, 0
	digits, words := false, false
	j := i
loop:
	for ; j < last; j++ {
		tok := t.Tokens[j]
		text := t.Norm[tok.Start:tok.End]
		if tok.Kind == normalize.Number {
			if digits || words {
				break loop
			}
			v, ok := parseDigits(fold.String(text))
			if !ok {
				break loop
			}
			cur, digits = v, true
			continue
		}
		if tok.Kind != normalize.ArabicWord {
			break loop
		}
		w := fold.String(text)
		conj := false
		if (digits || words) && strings.HasPrefix(w, "و") {
			w, conj = w[len("و"):], true
		}
		if s, ok := tab.scales[w]; ok && (digits || words || !conj) {
			if cur == 0 {
				cur = 1
			}
			if cur > 1<<40/s {
				return 0, i, false
			}
			total += cur * s
			cur = 0
			words = true
			continue
		}
		if digits {
			break loop // only scale words follow digits
		}
		if h, ok := tab.hundreds[w]; ok {
			if h == 100 && cur > 0 && cur < 10 && !conj {
				cur *= 100 // ثلاث مئة
			} else if words && !conj && cur != 0 {
				break loop
			} else {
				cur += h
			}
			words = true
			continue
		}
		if v, ok := tab.units[w]; ok {
			switch {
			case v == 10 && words && !conj && cur > 0 && cur < 10:
				cur += 10 // خمسة عشر
			case words && !conj:
				break loop
			default:
				cur += v
			}
			words = true
			continue
		}
		break
	}
	if !digits && !words {
		return 0, i, false
	}
	return total + cur, j, true
}

// parseDigits reads ASCII digits with thousands separators (3,042 or
// 3.042); a decimal part is dropped (2.5 → 2).
func parseDigits(s string) (int, bool) {
	n := 0
	nd := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case '0' <= c && c <= '9':
			if n > 1<<40 {
				return 0, false
			}
			n = n*10 + int(c-'0')
			nd++
		case c == ',' || c == '.': // Search folding turns ٫ ٬ into . ,
			// A thousands separator is followed by exactly three digits.
			rest := s[k+1:]
			g := 0
			for g < len(rest) && '0' <= rest[g] && rest[g] <= '9' {
				g++
			}
			if g != 3 {
				return n, nd > 0
			}
		default:
			return n, nd > 0
		}
	}
	return n, nd > 0
}
