package gazetteer

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nabanlp/naba/internal/wordtab"
)

// TestWordMemo checks the memo against a map over enough keys to grow
// it several times: keys of every length up to 20 bytes, Arabic and
// Latin, and keys that differ in one byte only.
func TestWordMemo(t *testing.T) {
	var m wordMemo
	var words []scanWord
	want := map[string]int32{}
	add := func(s string) {
		if _, ok := want[s]; ok {
			return
		}
		words = append(words, scanWord{key: s})
		j := int32(len(words) - 1)
		m.add(words, s, j)
		want[s] = j
	}
	for i := range 5000 {
		add(fmt.Sprint(i))
		add(fmt.Sprintf("الكلمة%d", i))
		add(string([]byte{byte(i), byte(i >> 8)}))
	}
	for n := range 21 {
		b := make([]byte, n)
		for k := range n {
			b[k] = 'a'
			add(string(b))
			b[k] = 0
		}
		add(string(b))
	}
	for s, j := range want {
		got, ok := m.find(words, s)
		assert.True(t, ok, "%q", s)
		assert.Equal(t, j, got, "%q", s)
	}
	for _, s := range []string{"absent", "الكلمة", "كلمة1", "-1", "aaa"} {
		_, ok := m.find(words, s)
		assert.False(t, ok, "%q", s)
	}
	m.reset()
	_, ok := m.find(words, "1")
	assert.False(t, ok)
}

// TestFindComparesBytes checks find's comparison of the key with the
// text, on keys of every length up to 40 bytes: an entry whose hash is
// the text's but whose key differs in one byte (or in length) is passed
// over for the one that matches, found after it.
func TestFindComparesBytes(t *testing.T) {
	for n := range 41 {
		a := make([]byte, n)
		for k := range a {
			a[k] = byte('a' + k)
		}
		var others []string
		for k := range n {
			b := append([]byte(nil), a...)
			b[k] ^= 0x80
			others = append(others, string(b))
		}
		others = append(others, string(a)+"x")
		if n > 0 {
			others = append(others, string(a[:n-1]))
		}
		for _, b := range others {
			var m wordMemo
			words := []scanWord{{key: b}, {key: string(a)}}
			m.grow(words)
			h := wordtab.Hash(string(a))
			m.put(h, 0) // b, under a's hash: probed first
			m.put(h, 1)
			got, ok := m.find(words, string(a))
			assert.True(t, ok, "%d %q", n, b)
			assert.Equal(t, int32(1), got, "%d %q", n, b)
		}
	}
}
