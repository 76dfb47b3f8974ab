//go:build race

package naba

// raceEnabled skips the tests of megabytes of text under the race
// detector, which runs them ten to twenty times slower.
const raceEnabled = true
