package stem

import (
	"encoding/binary"
	"math/bits"

	"github.com/nabanlp/naba/internal/wordtab"
	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/snowball/arabic"
)

// A Cache remembers the stems of the words it stemmed last, so that the
// frequent words of a text are stemmed once. News text is Zipfian: with
// the default size, about two thirds of the words of a stream of news
// articles are found in the cache (67% of the words of the second half of
// the 38 articles of the shared news corpus, read once, 68% when they are
// Search-folded; 71% and 73% on a second reading), and a word found costs
// a hash, a comparison and a copy instead of the Snowball steps. The
// stems are those of AppendStem.
//
// The cache is two-way set-associative: each word may sit in one of two
// slots chosen by a hash, and a new word takes the place of the one of
// the two used less recently. Words and stems longer than 31 bytes are
// stemmed and not kept.
//
// The zero value is ready to use, with room for 4096 words (256 KiB,
// allocated on first use). A Cache is not safe for concurrent use: give
// each goroutine its own.
type Cache struct {
	// Fold, when set (before the first call), normalizes every stem
	// with it before the stem is kept and returned: the pipeline this
	// package recommends for Search-folded text (stem the word as
	// written, then fold the stem) with the folding done once per
	// distinct word too.
	Fold *normalize.Normalizer

	slots   []cacheSlot // sets of two: the more recently used first
	shift   uint        // a hash's top bits pick the set: 64 - log2(sets)
	stemmer *Stemmer    // folds with Fold, made on first use when Fold is set
}

// cacheSlot is one word and its stem, in one 64-byte cache line.
type cacheSlot struct {
	wordLen, stemLen uint8
	word             [cacheMax]byte
	stem             [cacheMax]byte
}

const (
	cacheMax         = 31 // bytes of a word or stem kept, with its length
	defaultCacheSize = 4096
)

// NewCache returns a Cache with room for size words, rounded up to a power
// of two (at least 64), allocated at once (64 bytes a word). Its Fold may
// still be set before the first call.
func NewCache(size int) *Cache {
	c := &Cache{}
	c.init(size)
	return c
}

func (c *Cache) init(size int) {
	n, bits := 64, uint(6)
	for n < size && n < 1<<30 {
		n, bits = n<<1, bits+1
	}
	c.slots = make([]cacheSlot, n)
	c.shift = 64 - (bits - 1)
	if c.Fold != nil {
		c.stemmer = NewStemmer(c.Fold)
	}
}

// Reset empties the cache, keeping its memory.
func (c *Cache) Reset() { clear(c.slots) }

// AppendStem appends Stem(word) to dst (folded with c.Fold if it is set)
// and returns the extended buffer, as the function AppendStem does,
// looking the word up in the cache first and keeping its stem there. It
// does not allocate for Arabic words when dst has room (the English
// stemmer allocates on a miss).
func (c *Cache) AppendStem(dst []byte, word string) []byte {
	n := len(word)
	if n < 4 || n > cacheMax || c.slots == nil {
		return c.appendStemSlow(dst, word)
	}
	// The hit path, written out: a word of 4 to 31 bytes is hashed and
	// compared by its first and last eight bytes (four below eight,
	// the eight in the middle too above sixteen), and its stem copied
	// out the same way (see hashWord, cacheSlot.holds and appendStem).
	var lo, hi, h uint64
	if n >= 8 {
		lo, hi = wordtab.Load64(word), wordtab.Load64(word[n-8:])
		h = lo ^ bits.RotateLeft64(hi, 31)
		if n > 16 {
			h ^= bits.RotateLeft64(wordtab.Load64(word[8:16]), 17)
		}
	} else {
		lo, hi = uint64(wordtab.Load32(word)), uint64(wordtab.Load32(word[n-4:]))
		h = lo | hi<<32
	}
	set := c.slots[(h^uint64(n)<<59)*hashMul>>c.shift*2:]
	set = set[:2]
	a := &set[0]
	if int(a.wordLen) != n || !a.holds(word, lo, hi) {
		if b := &set[1]; int(b.wordLen) == n && b.holds(word, lo, hi) {
			set[0], set[1] = set[1], set[0]
		} else {
			return c.miss(dst, word, set)
		}
	}
	k, m := int(a.stemLen), len(dst)
	if k < 4 || k > 16 || cap(dst)-m < k {
		return append(dst, a.stem[:k]...)
	}
	out := dst[m : m+k]
	if k >= 8 {
		binary.LittleEndian.PutUint64(out, binary.LittleEndian.Uint64(a.stem[:8]))
		binary.LittleEndian.PutUint64(out[k-8:], binary.LittleEndian.Uint64(a.stem[k-8:]))
	} else {
		binary.LittleEndian.PutUint32(out, binary.LittleEndian.Uint32(a.stem[:4]))
		binary.LittleEndian.PutUint32(out[k-4:], binary.LittleEndian.Uint32(a.stem[k-4:]))
	}
	return dst[:m+k]
}

// holds reports whether the slot, whose word is as long as w, holds w,
// given the first and last eight bytes of w (four when it is shorter
// than eight).
func (sl *cacheSlot) holds(w string, lo, hi uint64) bool {
	n := len(w)
	if n < 8 {
		return binary.LittleEndian.Uint32(sl.word[:4]) == uint32(lo) &&
			binary.LittleEndian.Uint32(sl.word[n-4:]) == uint32(hi)
	}
	return binary.LittleEndian.Uint64(sl.word[:8]) == lo &&
		binary.LittleEndian.Uint64(sl.word[n-8:]) == hi &&
		(n <= 16 || string(sl.word[8:n-8]) == w[8:n-8])
}

// appendStemSlow is AppendStem for words of fewer than four bytes or more
// than cacheMax, and for the first word of a Cache.
func (c *Cache) appendStemSlow(dst []byte, word string) []byte {
	if len(word) > cacheMax {
		return c.stem(dst, word)
	}
	if c.slots == nil {
		c.init(defaultCacheSize)
	}
	set := c.slots[hashWord(word)>>c.shift*2:]
	set = set[:2]
	if a := &set[0]; int(a.wordLen) == len(word) && string(a.word[:len(word)]) == word {
		return append(dst, a.stem[:a.stemLen]...)
	}
	if b := &set[1]; int(b.wordLen) == len(word) && string(b.word[:len(word)]) == word {
		set[0], set[1] = set[1], set[0]
		return append(dst, set[0].stem[:set[0].stemLen]...)
	}
	return c.miss(dst, word, set)
}

// miss stems word, appends its stem to dst and keeps both in the first
// slot of set, the second one taking the place of the first.
func (c *Cache) miss(dst []byte, word string, set []cacheSlot) []byte {
	k := len(dst)
	switch {
	case !startsWithLetter(word):
		dst = c.stem(dst, word)
	case c.stemmer != nil: // (the calls of Stemmer.AppendStem, spared)
		dst = c.stemmer.arabic.AppendStem(dst, word)
	case c.Fold == nil:
		dst = arabic.AppendStem(dst, word)
	default:
		dst = c.stem(dst, word)
	}
	set = set[:2]
	set[1] = set[0]
	sl := &set[0]
	if stem := dst[k:]; len(stem) <= cacheMax {
		sl.wordLen = uint8(copy(sl.word[:], word))
		sl.stemLen = uint8(copy(sl.stem[:], stem))
	} else {
		sl.wordLen, sl.stemLen = 0, 0 // the slot keeps nothing (the empty word, whose stem is empty)
	}
	return dst
}

// stem appends the stem of word to dst, folded with c.Fold if it is set.
func (c *Cache) stem(dst []byte, word string) []byte {
	if c.Fold == nil {
		return AppendStem(dst, word)
	}
	if c.stemmer == nil { // a long word first (see AppendStem)
		c.stemmer = NewStemmer(c.Fold)
	}
	return c.stemmer.AppendStem(dst, word)
}

// hashWord mixes the length, the first eight and the last eight bytes of
// a word of at most cacheMax bytes (words that differ only in the middle
// of a long word share a slot, which costs a miss, never a wrong stem).
func hashWord(w string) uint64 {
	var h uint64
	switch n := len(w); {
	case n >= 8:
		h = wordtab.Load64(w[:8]) ^ bits.RotateLeft64(wordtab.Load64(w[n-8:]), 31)
		if n > 16 {
			h ^= bits.RotateLeft64(wordtab.Load64(w[8:16]), 17)
		}
	case n >= 4:
		h = uint64(wordtab.Load32(w[:4])) | uint64(wordtab.Load32(w[n-4:]))<<32
	default:
		for i := 0; i < n; i++ {
			h = h<<8 | uint64(w[i])
		}
	}
	h ^= uint64(len(w)) << 59
	return h * hashMul
}

const hashMul = 0x9E3779B97F4A7C15
