package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestLines(t *testing.T) {
	in := "عقد الاجتماع صباح اليوم\n\nسينعقد المؤتمر من ١٩ حتى ٢١ أيلول القادم\r\nلا شيء هنا"
	out, errs, code := runCLI(t, in, "-ref", "2017-07-10", "-lines")
	require.Equal(t, 0, code, errs)
	ls := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, ls, 4, "exactly one object per input line")
	var recs []jsonText
	for _, l := range ls {
		var r jsonText
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		recs = append(recs, r)
	}
	assert.Equal(t, 1, recs[0].Line)
	require.Len(t, recs[0].Dates, 1)
	d := recs[0].Dates[0]
	assert.Equal(t, "صباح اليوم", d.Text)
	assert.Equal(t, "2017-07-10", d.Value)
	// code points: "عقد الاجتماع " is 13 runes
	assert.Equal(t, 13, d.Start)
	assert.Equal(t, 23, d.End)
	assert.Empty(t, recs[1].Dates)
	assert.Equal(t, 3, recs[2].Line)
	require.Len(t, recs[2].Dates, 1)
	assert.Equal(t, "2017-09-19/2017-09-21", recs[2].Dates[0].Value)
	assert.Contains(t, ls[3], `"dates":[]`)
}

func TestWholeTextAndText(t *testing.T) {
	in := "وقع الهجوم في ٢٨ حزيران الماضي\nوفي عام ٢٠١٤"
	out, _, code := runCLI(t, in)
	require.Equal(t, 0, code)
	var r jsonText
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Len(t, r.Dates, 2)
	assert.Equal(t, "XXXX-06-28", r.Dates[0].Value, "no reference: no year invented")
	assert.False(t, r.Dates[0].Resolved)
	assert.Equal(t, "2014", r.Dates[1].Value)

	out, _, code = runCLI(t, in, "-format", "text", "-ref", "2017-07-10T09:00:00+03:00")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "٢٨ حزيران الماضي\t2017-06-28\tday")
}

func TestFilesAndErrors(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(a, []byte("أمس\xff"), 0o644))
	out, errs, code := runCLI(t, "", "-ref", "2017-07-10", a, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "missing.txt")
	assert.Contains(t, errs, "invalid UTF-8")
	assert.Contains(t, out, `"value":"2017-07-09"`)
	_, errs, code = runCLI(t, "", "-ref", "10/07/2017")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "YYYY-MM-DD")
	for _, ref := range []string{"0000-01-01", "0001-01-01", "0001-01-01T00:00:00Z"} {
		_, errs, code = runCLI(t, "", "-ref", ref)
		assert.Equal(t, 2, code, ref)
		assert.Contains(t, errs, "from 0001-01-02 on", "%s: before year 1, or Go's zero time (no reference)", ref)
	}
	_, _, code = runCLI(t, "", "-format", "xml")
	assert.Equal(t, 2, code)
}

// TestWeekValue checks the dates JSON contract for a week: its value is the
// ISO week name, and first/last give its days, Monday to Sunday.
func TestWeekValue(t *testing.T) {
	out, errs, code := runCLI(t, "اجتمع المجلس الأسبوع الماضي", "-ref", "2017-07-05")
	require.Equal(t, 0, code, errs)
	var r jsonText
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Len(t, r.Dates, 1)
	d := r.Dates[0]
	assert.Equal(t, "الأسبوع الماضي", d.Text)
	assert.Equal(t, "week", d.Grain)
	assert.Equal(t, "2017-W26", d.Value)
	assert.Equal(t, "2017-06-26", d.First)
	assert.Equal(t, "2017-07-02", d.Last)
}
