package gazetteer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEdgeTable checks the table against the map it is made from: every
// edge of the default gazetteer's trie and of a made-up trie whose keys
// crowd a few slots, and keys that are not there (the same parent with
// another token, the same token under another parent, the zero key).
func TestEdgeTable(t *testing.T) {
	var empty edgeTable
	_, ok := empty.get(1<<32 | 1)
	assert.False(t, ok, "zero value")

	b, err := newBuilderFor(t)
	require.NoError(t, err)
	crowded := map[uint64]uint32{}
	for i := range uint64(3000) {
		crowded[(i%7)<<32|(i*64+1)] = uint32(i + 1)
	}
	for _, m := range []map[uint64]uint32{b.edges, crowded, {}} {
		tab := newEdgeTable(m)
		require.GreaterOrEqual(t, len(tab.slots), 2*len(m))
		for key, child := range m {
			got, ok := tab.get(key)
			require.True(t, ok, "%x", key)
			require.Equal(t, child, got, "%x", key)
			for _, other := range []uint64{key + 1, key + 1<<32, key ^ 1<<40, 0} {
				want, wantOK := m[other]
				got, ok := tab.get(other)
				require.Equal(t, wantOK, ok, "%x", other)
				require.Equal(t, want, got, "%x", other)
			}
		}
	}
}

// newBuilderFor builds the default lists again, keeping the builder.
func newBuilderFor(t *testing.T) (*builder, error) {
	t.Helper()
	g := Default()
	b := &builder{g: &Gazetteer{}, edges: map[uint64]uint32{}}
	// The edges of g's trie, read back from its table.
	for _, s := range g.edges.slots {
		if s.key != 0 {
			b.edges[s.key] = s.child
		}
	}
	if len(b.edges) < len(g.nodes)-1 {
		t.Fatalf("%d edges for %d nodes", len(b.edges), len(g.nodes))
	}
	return b, nil
}
