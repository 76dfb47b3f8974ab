package entities

import (
	"os"
	"testing"
)

// TestDebugPrint prints the mentions of $NABA_DEBUG_FILE (a development aid).
func TestDebugPrint(t *testing.T) {
	path := os.Getenv("NABA_DEBUG_FILE")
	if path == "" {
		t.Skip("set NABA_DEBUG_FILE to print a file's mentions")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{NoTagger: os.Getenv("NABA_DEBUG_TAGGER") == ""})
	if err != nil {
		t.Fatal(err)
	}
	res := r.RecognizeString(string(b))
	for _, m := range res.Mentions {
		t.Logf("%-4s %-10s %q form=%q e%d", m.Label, m.Source, m.Text, m.Form, m.Entity+1)
	}
	for _, e := range res.Entities {
		t.Logf("%s %s %q aliases=%q roles=%v", e.ID, e.Label, e.Name, e.Aliases, e.Roles)
	}
}
