package events

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestTriggerSize: a trigger's part of speech stands with its two flags,
// so that a trigger takes 112 bytes on a 64-bit machine, not 120 (a long
// text holds one for every few words).
func TestTriggerSize(t *testing.T) {
	if unsafe.Sizeof(0) != 8 {
		t.Skip("a 32-bit machine")
	}
	assert.LessOrEqual(t, unsafe.Sizeof(Trigger{}), uintptr(112))
}
