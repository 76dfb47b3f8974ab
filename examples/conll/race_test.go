//go:build race

package main

// raceEnabled shortens the long tests under the race detector, which
// runs them ten times slower.
const raceEnabled = true
