package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStdin(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(nil, strings.NewReader("أَحْمَدُ فِي المَدْرَسَةِ\nسطر ثان٢٠١٧\n"), &out, &errOut)
	assert.Equal(t, 0, code)
	assert.Equal(t, "احمد في المدرسه\nسطر ثان2017\n", out.String())
	assert.Empty(t, errOut.String())
}

func TestDisplayPresetAndFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	assert.NoError(t, os.WriteFile(a, []byte("العربيــــة\n"), 0o644))
	assert.NoError(t, os.WriteFile(b, []byte("أحمد\n\nسطر"), 0o644))
	var out, errOut bytes.Buffer
	code := run([]string{"-preset", "display", a, b}, nil, &out, &errOut)
	assert.Equal(t, 0, code)
	assert.Equal(t, "العربية\nأحمد\n\nسطر", out.String())
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	assert.NoError(t, os.WriteFile(a, []byte("نص\n"), 0o644))
	var out, errOut bytes.Buffer
	code := run([]string{filepath.Join(dir, "missing.txt"), a}, nil, &out, &errOut)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut.String(), "cannot read")
	assert.Contains(t, errOut.String(), "missing.txt")
	assert.Equal(t, "نص\n", out.String(), "the readable file is still normalized")
}

func TestUnknownPreset(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"-preset", "loud"}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut.String(), "display, search")
}
