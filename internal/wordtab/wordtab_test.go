package wordtab

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTableAgainstMap puts and gets words of every length from 0 to 40
// bytes (Arabic letters, ASCII, a repeated prefix) in a Table and a map,
// through growth and Clear, and asks both the same.
func TestTableAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	letters := []string{"ا", "ل", "م", "ن", "a", "b", " ", "ة"}
	word := func() string {
		n := rng.IntN(20)
		s := ""
		if rng.IntN(4) == 0 {
			s = "والمستشار"
		}
		for range n {
			s += letters[rng.IntN(len(letters))]
		}
		return s
	}
	var tab Table[int]
	m := map[string]int{}
	for round := range 3 {
		for k := range 5000 {
			w := word()
			got, ok := tab.Get(w)
			want, wok := m[w]
			require.Equal(t, wok, ok, "round %d: %q", round, w)
			require.Equal(t, want, got, "round %d: %q", round, w)
			switch k % 3 {
			case 1:
				tab.Put(w, k)
				m[w] = k
			case 2:
				p, had := tab.Ref(w)
				require.Equal(t, wok, had, w)
				require.Equal(t, want, *p, w)
				*p += k
				m[w] += k
			}
			require.Equal(t, len(m), tab.Len())
		}
		for w, v := range m {
			got, ok := tab.Get(w)
			require.True(t, ok, w)
			require.Equal(t, v, got, w)
		}
		tab.Clear()
		clear(m)
		_, ok := tab.Get("")
		require.False(t, ok)
		require.Zero(t, tab.Len())
	}
}

func TestTableZero(t *testing.T) {
	var tab Table[string]
	v, ok := tab.Get("مصر")
	require.False(t, ok)
	require.Empty(t, v)
	tab.Clear()
	tab.Put("", "empty")
	v, ok = tab.Get("")
	require.True(t, ok)
	require.Equal(t, "empty", v)
}

func TestHashSpreads(t *testing.T) {
	seen := map[uint32]bool{}
	for i := range 10000 {
		seen[Hash(fmt.Sprintf("كلمة%d", i))] = true
	}
	require.Greater(t, len(seen), 9990)
}

func BenchmarkGet(b *testing.B) {
	words := []string{"الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "والمستشارة", "في", "القاهرة"}
	var tab Table[int]
	m := map[string]int{}
	for i, w := range words {
		tab.Put(w, i)
		m[w] = i
	}
	b.Run("table", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				_, _ = tab.Get(w)
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				_ = m[w]
			}
		}
	})
}
