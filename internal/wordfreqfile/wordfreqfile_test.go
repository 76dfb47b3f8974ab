package wordfreqfile

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cbList is a small cB list in msgpack: [{"format": "cB", "version": 1},
// ["في", "من"], [], ["على"]].
var cbList = func() []byte {
	var b bytes.Buffer
	b.WriteByte(0x94)                          // array of 4
	b.WriteByte(0x82)                          // map of 2
	b.Write(append([]byte{0xa6}, "format"...)) // fixstr
	b.Write(append([]byte{0xa2}, "cB"...))
	b.Write(append([]byte{0xa7}, "version"...))
	b.WriteByte(0x01) // positive fixint
	b.WriteByte(0x92)
	b.Write(append([]byte{0xa4}, "في"...))
	b.Write(append([]byte{0xd9, 4}, "من"...)) // str8
	b.WriteByte(0x90)
	b.WriteByte(0x91)
	b.Write(append([]byte{0xda, 0, 6}, "على"...)) // str16
	return b.Bytes()
}()

func TestRead(t *testing.T) {
	bins, err := Read(bytes.NewReader(cbList))
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"في", "من"}, {}, {"على"}}, bins)
}

func TestReadHeaderNumbers(t *testing.T) {
	// A header holding numbers of every width a msgpack writer may pick.
	in := []byte{0x92, 0x86,
		0xa1, 'a', 0xcc, 200,
		0xa1, 'b', 0xcd, 1, 0,
		0xa1, 'c', 0xce, 0, 1, 0, 0,
		0xa1, 'd', 0xd0, 0x80,
		0xa1, 'e', 0xd1, 0x80, 0,
		0xa1, 'f', 0xd2, 0x80, 0, 0, 0,
		0x91, 0xa1, 'x'}
	bins, err := Read(bytes.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"x"}}, bins)
}

func TestReadErrors(t *testing.T) {
	for name, in := range map[string][]byte{
		"empty":           nil,
		"not an array":    {0xa1, 'x'},
		"truncated":       cbList[:len(cbList)-2],
		"number as word":  {0x92, 0x80, 0x91, 0x01},
		"array in header": {0x92, 0xdc, 0, 0},
	} {
		_, err := Read(bytes.NewReader(in))
		assert.Error(t, err, name)
	}
}

func TestReadFile(t *testing.T) {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	_, err := zw.Write(cbList)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	path := filepath.Join(t.TempDir(), "list.msgpack.gz")
	require.NoError(t, os.WriteFile(path, z.Bytes(), 0o644))

	bins, err := ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"في", "من"}, {}, {"على"}}, bins)

	_, err = ReadFile(filepath.Join(t.TempDir(), "missing.gz"))
	assert.Error(t, err)
	require.NoError(t, os.WriteFile(path, cbList, 0o644)) // not gzip'd
	_, err = ReadFile(path)
	assert.Error(t, err)
}
