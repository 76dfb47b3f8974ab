//go:build race

package seqmodel

// raceEnabled makes the slow tests check a sample under the race
// detector, which runs them twenty times slower.
const raceEnabled = true
