package naba

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/events"
)

// typeToldBeforeRef is typeToldBefore as first written: for a line's
// unit, a scan back over the line's drafts at every call (quadratic on
// a long ticker line of wounded carried after meetings); for the title
// and the body, every draft of either.
func typeToldBeforeRef(drafts []*draft, typ string, unit int) bool {
	if unit >= 0 {
		for k := len(drafts) - 1; k >= 0 && drafts[k].unit == unit; k-- {
			if drafts[k].ev.Type == typ {
				return true
			}
		}
		return false
	}
	return slices.ContainsFunc(drafts, func(d *draft) bool { return d.unit < 0 && d.ev.Type == typ })
}

// TestTypeToldBeforeRuns: typeToldBefore, which reads each draft once,
// answers as the scan back over the line's drafts did, for every unit
// asked after every draft appended (lines of one unit, lines broken by
// another unit's drafts, the title and the body among them), and a
// builder reset for the next document forgets the last line's run.
func TestTypeToldBeforeRuns(t *testing.T) {
	doc, err := Extract(t.Context(), "عنوان\n\nواعتقلت الشرطة سبعة أشخاص في المدينة.", ExtractOptions{})
	require.NoError(t, err)
	types := []string{events.Meet, events.Injury, events.Arrest, events.Death}
	units := []int{unitTitle, unitBody, 4, 5, 9}
	rng := rand.New(rand.NewPCG(13, 13))
	for round := range 20 {
		b := newEventBuilder(doc, nil)
		unit := units[rng.IntN(len(units))]
		for range 60 {
			if rng.IntN(4) == 0 {
				unit = units[rng.IntN(len(units))]
			}
			b.drafts = append(b.drafts, &draft{ev: Event{Type: types[rng.IntN(len(types))]}, unit: unit})
			for _, u := range units {
				for _, typ := range types {
					require.Equal(t, typeToldBeforeRef(b.drafts, typ, u), b.typeToldBefore(typ, u), "round %d, %d drafts, %s in unit %d", round, len(b.drafts), typ, u)
				}
			}
		}
	}
	b := newEventBuilder(doc, nil)
	b.drafts = append(b.drafts, &draft{ev: Event{Type: events.Injury}, unit: 4})
	assert.True(t, b.typeToldBefore(events.Injury, 4))
	b.reset(doc)
	assert.False(t, b.typeToldBefore(events.Injury, 4))
}

// TestEventsAnnouncersQuotedNames: names in quotation marks joined by a
// lone و (أعلنت "طيران الإمارات" و"فلاي دبي") are the subject as names joined by
// وX are: both announce, and both do the act they announce.
func TestEventsAnnouncersQuotedNames(t *testing.T) {
	tests := []struct {
		name, text, typ string
		parts           []string
	}{
		{"quoted names", "عنوان\n\nوأعلنت \"طيران الإمارات\" و\"فلاي دبي\" تعليق الرحلات الجوية إلى بيروت.",
			"suspend", []string{"طيران الإمارات", "فلاي دبي"}},
		{"joined by و", "عنوان\n\nوأعلنت تونس والجزائر إغلاق المعابر الحدودية بين البلدين.",
			"suspend", []string{"تونس", "الجزائر"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2020-06-01", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Subset(t, evs[0].Participants, tt.parts, "%+v", evs[0])
		})
	}
}

// ministerAtRef is ministerAt as first written: a scan of every title key
// and of the ministers gathered so far for each introduction, at every
// bare title (cubic on a page of ministers named in turn).
func ministerAtRef(b *eventBuilder, key []byte, at int) (e string, ok bool) {
	if string(key) != "وزير" && string(key) != "وزيره" {
		return "", false
	}
	after := -1
	var eAfter string
	var before []ministerIntro // one for each minister, its shortest title
	for k, i := range b.titleOf {
		intros := b.titleLists[i]
		if len(k) <= len(key) || k[len(key)] != ' ' || k[:len(key)] != string(key) || strings.IndexByte(k, '|') >= 0 {
			continue
		}
		for _, in := range intros {
			if in.at > at {
				if after < 0 || in.at < after {
					after, eAfter = in.at, in.e
				}
				continue
			}
			i := slices.IndexFunc(before, func(m ministerIntro) bool { return m.e == in.e })
			if i < 0 {
				before = append(before, ministerIntro{e: in.e, key: k, at: in.at})
				continue
			}
			if len(k) < len(before[i].key) {
				before[i].key = k
			}
			before[i].at = max(before[i].at, in.at)
		}
	}
	switch len(before) {
	case 0:
		return eAfter, after >= 0
	case 1:
		return before[0].e, true
	}
	si := b.sentenceIndex(at)
	if si >= len(b.tx.Sentences) {
		return "", true
	}
	s := b.tx.Sentences[si]
	named, nearest := "", before[0]
	for _, m := range before {
		if m.at > nearest.at {
			nearest = m
		}
		if !b.portfolioNamed(m.key[len(key)+1:], s.First, s.Last, at) {
			continue
		}
		if named != "" {
			return "", true // both ministries named
		}
		named = m.e
	}
	if named == "" && b.sentenceIndex(nearest.at) >= si-1 {
		return nearest.e, true // introduced in this sentence or the one before
	}
	return named, true
}

// TestMinisterAtIndexed: ministerAt, which reads the introductions once
// per document, answers as the scan of every title key did, for either
// head at every token of the team-written texts that name a minister,
// and of a page of ministers named in turn with a bare title after each,
// the tokens asked in text order and in an order of chance.
func TestMinisterAtIndexed(t *testing.T) {
	paths, err := filepath.Glob("testdata/written/*.txt")
	require.NoError(t, err)
	var texts []string
	for _, p := range paths {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		if strings.Contains(string(src), "وزير") {
			texts = append(texts, string(src))
		}
	}
	require.NotEmpty(t, texts)
	var page strings.Builder
	page.WriteString("عنوان\n\n")
	portfolios := []string{"الخارجية", "الدفاع", "الداخلية", "الصحة"}
	given := []string{"سامي", "خالد", "عادل", "فيصل", "طارق", "ماجد", "نبيل", "هشام"}
	family := []string{"العلي", "الحسن", "النجار", "الخطيب", "الشامي", "الحداد", "السعدي", "القاسم"}
	for i := range 40 {
		fmt.Fprintf(&page, "والتقى وزير %s %s %s نظيره في الرياض، وقال الوزير إن ملف %s مهم. ", portfolios[i%4], given[i%8], family[i/8%8], portfolios[(i+1)%4])
	}
	texts = append(texts, page.String())
	for _, text := range texts {
		doc, err := Extract(t.Context(), text, ExtractOptions{})
		require.NoError(t, err)
		b := newEventBuilder(doc, nil)
		// In text order (as the events are read), then in an order of
		// chance (a token asked after a later one reads afresh).
		ats := make([]int, len(b.tx.Tokens)+1)
		for at := range ats {
			ats[at] = at
		}
		for round := range 2 {
			if round == 1 {
				rand.New(rand.NewPCG(13, uint64(len(ats)))).Shuffle(len(ats), func(i, j int) { ats[i], ats[j] = ats[j], ats[i] })
			}
			for _, key := range []string{"وزير", "وزيره"} {
				for _, at := range ats {
					e, ok := b.ministerAt([]byte(key), at)
					re, rok := ministerAtRef(b, []byte(key), at)
					require.Equal(t, [2]any{re, rok}, [2]any{e, ok}, "%s at %d of %.80q", key, at, text)
				}
			}
		}
	}
}

// TestMediaBodyNames: mediaBody reads an organization's folded name:
// a body that informs (المكتب الإعلامي) is one, a body that governs the
// media (وزارة الإعلام) or a name with no media word is none, and a name
// of no word at all (empty, or spaces) is none and no panic.
func TestMediaBodyNames(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"المكتب الإعلامي للحكومة", true},
		{"خلية الإعلام الأمني", true},
		{"وزارة الإعلام", false},
		{"الهيئة العامة للاستعلامات", false},
		{"", false},
		{"   ", false},
		{"الإعلام", false},
	}
	doc, err := Extract(t.Context(), "عنوان\n\nوقال الوزير إن الموسم كان جيدا.", ExtractOptions{})
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := *doc
			d.Entities = []Entity{{ID: "e1", Label: ORG, Name: tt.name}}
			b := newEventBuilder(&d, nil)
			assert.Equal(t, tt.want, b.mediaBody(participant{entity: "e1"}))
		})
	}
}

// TestEventsDenialOfThingPerfect: a denial after الأمر الذي / وهو ما
// describes what is denied, no statement of the article's, in the
// perfect (نفاه، نفى; the lexicon's lemma نفى, folded نفي) as in the
// imperfect (تنفيه).
func TestEventsDenialOfThingPerfect(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتحدثت تقارير عن انسحاب القوات، الأمر الذي نفاه المتحدث باسم الجيش.",
		"عنوان\n\nوتحدثت تقارير عن انسحاب القوات، وهو ما نفى المتحدث باسم الجيش صحته.",
		"عنوان\n\nوتحدثت تقارير عن انسحاب القوات، وهو ما ينفيه المتحدث باسم الجيش.",
	} {
		checkNotEvents(t, text, "2020-06-01", "statement")
	}
}

// roleHolderRef and qualifiedAliasOfRef are the role and alias readers of
// resolveTitle as first written: a scan of every entity's roles or
// aliases for each title phrase.
func roleHolderRef(b *eventBuilder, title string, orgIDs []string) string {
	found := ""
	for i, e := range b.doc.Entities {
		for k, r := range e.Roles {
			if rt := b.roleTitle(i, k); rt != title && !(len(title) > len(rt) && title[len(rt)] == ' ' && title[:len(rt)] == rt) {
				continue
			}
			if len(orgIDs) > 0 && r.Org != "" && !containsString(orgIDs, r.Org) {
				continue
			}
			if found != "" && found != e.ID {
				found = "?"
			} else {
				found = e.ID
			}
		}
	}
	return found
}

func qualifiedAliasOfRef(b *eventBuilder, title string) (string, bool) {
	found := ""
	for i, e := range b.doc.Entities {
		if e.Label != PER {
			continue
		}
		_, aliases := b.entityFolded(i)
		for _, a := range aliases {
			if len(a) > len(title) && a[len(title)] == ' ' && a[:len(title)] == title {
				if found != "" && found != e.ID {
					return "", false
				}
				found = e.ID
				break
			}
		}
	}
	return found, found != ""
}

// TestRoleHolderIndexed: roleHolder and qualifiedAliasOf, which look a
// title up in the document's roles and aliases sorted once, answer as
// the scans of every entity did, for every beginning of whole words of
// every folded role title, alias and name of the team-written texts,
// with no organization, with each entity's own and with one no role has.
func TestRoleHolderIndexed(t *testing.T) {
	paths, err := filepath.Glob("testdata/written/*.txt")
	require.NoError(t, err)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := Extract(t.Context(), string(src), ExtractOptions{})
		require.NoError(t, err)
		b := newEventBuilder(doc, nil)
		var titles []string
		orgs := [][]string{nil, {"e-none"}}
		for i, e := range doc.Entities {
			name, aliases := b.entityFolded(i)
			titles = append(titles, name)
			titles = append(titles, aliases...)
			for k, r := range e.Roles {
				titles = append(titles, b.roleTitle(i, k))
				if r.Org != "" {
					orgs = append(orgs, []string{r.Org})
				}
			}
		}
		for _, full := range titles {
			for j := 1; j <= len(full); j++ {
				if j < len(full) && full[j] != ' ' {
					continue
				}
				title := full[:j]
				for _, o := range orgs {
					require.Equal(t, roleHolderRef(b, title, o), b.roleHolder(title, o), "%s: %q %v", p, title, o)
				}
				re, rok := qualifiedAliasOfRef(b, title)
				e, ok := b.qualifiedAliasOf(title)
				require.Equal(t, [2]any{re, rok}, [2]any{e, ok}, "%s: %q", p, title)
			}
		}
	}
}
