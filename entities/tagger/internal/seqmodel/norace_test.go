//go:build !race

package seqmodel

const raceEnabled = false
