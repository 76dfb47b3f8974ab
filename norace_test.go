//go:build !race

package naba

const raceEnabled = false
