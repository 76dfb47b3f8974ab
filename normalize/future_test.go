package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFutureStem(t *testing.T) {
	for _, tc := range []struct{ word, stem string }{
		{"سيحضر", "يحضر"},
		{"ستنشر", "تنشر"},
		{"سنكمل", "نكمل"},
		{"سيتم", "يتم"},
		{"ستعد", "تعد"},          // four letters: a list decides
		{"ستاتي", "تاتي"},        // an alef after the prefix: a list decides
		{"سيد", ""},              // too short
		{"ساكمل", "اكمل"},        // the first person (سأكمل, folded)
		{"ساعدت", ""},            // listed
		{"وسيحضر", ""},           // the conjunction is the caller's
		{"يحضر", ""},             // no prefix
		{"سيطرت", ""},            // listed nouns and verbs of another root
		{"سنوات", ""},            //
		{"سلمت", ""},             // س then no person prefix
		{"", ""},                 //
		{"س", ""},                //
		{"سي", ""},               //
		{"\xd8\xb3\xd9", ""},     // cut in a letter
		{"\xd8\xb3\xd9\x8a", ""}, // س ي and nothing else
	} {
		assert.Equal(t, tc.stem, FutureStem(tc.word), tc.word)
		assert.Equal(t, tc.stem, string(FutureStem([]byte(tc.word))), tc.word)
	}
}

func TestIsFutureVerb(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"سيحضرون", true},
		{"ستنطلق", true},
		{"سنتابع", true},
		{"سيتم", true}, // the passive's auxiliary, at four letters
		{"ستتم", true},
		{"ستعد", false},   // four letters: as many nouns (سيول، ستار)
		{"سيول", false},   //
		{"سياحة", false},  // an alef after the person prefix: nouns and names
		{"ستالين", false}, // listed too
		{"سيارتين", false},
		{"سيطرت", false}, // listed
		{"سنجار", false},
		{"سيناء", false},
		{"ساحات", false}, // listed
		{"سارجع", true},  // سأرجع folded
		{"وسيحضرون", false},
		{"لسيحضر", false},
		{"", false},
		{"سيتمم", true}, // five letters: the shape says a verb
		// Names and nouns of a verb's shape: far more frequent than what
		// is left without س, or leaving no word (presentStem).
		{"سيباستيان", false},
		{"سيرجيو", false},
		{"ستيوارت", false},
		{"سيكولوجيه", false},
		{"ساعتين", false},
		{"سيطرته", false},
		{"سيلتقون", true},
		{"ستنتهي", true},
		{"سيمنحها", true}, // an object pronoun
		{"سنحاربهم", true},
	} {
		assert.Equal(t, tc.want, IsFutureVerb(tc.word), tc.word)
		assert.Equal(t, tc.want, IsFutureVerb([]byte(tc.word)), tc.word)
	}
}

// TestFutureFolded: the functions read Search-folded words; the listed
// nouns are folded as the words they are given (سيئة → سييه).
func TestFutureFolded(t *testing.T) {
	fold := MustNew(Search)
	for _, w := range strings.Fields("سيئة ستاره سنوية") {
		assert.False(t, IsFutureVerb(fold.String(w)), w)
		assert.Empty(t, FutureStem(fold.String(w)), w)
	}
	assert.True(t, IsFutureVerb(fold.String("ستُعلن")))
}

func TestFutureNoAlloc(t *testing.T) {
	b := []byte("سيحضرون")
	n := []byte("سيارتين")
	p := []byte("سيمنحها")
	// long is longer than the stack buffer.
	long := strings.Repeat("ستحضرون", 10)
	IsFutureVerb(b) // build the list first
	allocs := testing.AllocsPerRun(100, func() {
		_ = IsFutureVerb(b) || IsFutureVerb(n) || len(FutureStem(b)) == 0 || len(FutureStem(n)) > 0
		_ = IsFutureVerb(p) && IsFutureVerb(long) && IsFutureVerb("سيرجيو")
	})
	assert.Zero(t, allocs)
}

func FuzzFutureStem(f *testing.F) {
	for _, s := range []string{"سيحضر", "سيتم", "سيارة", "\xd8\xb3\xd9\x8a\xff", "ستناول", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		stem := FutureStem(w)
		if stem != "" && !strings.HasSuffix(w, stem) || stem != "" && len(stem) != len(w)-len("س") {
			t.Fatalf("FutureStem(%q) = %q, not w without its first letter", w, stem)
		}
		if IsFutureVerb(w) && stem == "" {
			t.Fatalf("IsFutureVerb(%q) but no FutureStem", w)
		}
		if IsFutureVerb(w) != IsFutureVerb([]byte(w)) || stem != string(FutureStem([]byte(w))) {
			t.Fatalf("string and []byte differ on %q", w)
		}
	})
}
