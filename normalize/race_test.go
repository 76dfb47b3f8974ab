//go:build race

package normalize

// raceEnabled skips the allocation counts under the race detector, which
// allocates on its own (and makes sync.Pool drop what it holds).
const raceEnabled = true
