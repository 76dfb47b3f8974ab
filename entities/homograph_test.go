package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlaceHomographs: عمّان (Amman) and عُمان (Oman) fold to one
// spelling; the marks written on the name, or the words around it, keep
// them two places with their own names. Each case lists the place
// mentions of the text in order, each with the name of its entity; two
// mentions of one name are one entity.
func TestPlaceHomographs(t *testing.T) {
	r, err := New(Options{})
	require.NoError(t, err)
	cases := []struct {
		text  string
		names []string // the entity name of each mention of عمان, in order
	}{
		// the marks alone
		{"التقى الملك عبد الله في عمّان بوزير خارجية عُمان يوسف بن علوي.", []string{"عمّان", "عُمان"}},
		// a mark against the sultanate's own name
		{"وصل وزير الخارجية العماني إلى عمّان قادما من سلطنة عمان، وبحث مع نظيره الأردني في عمان العلاقات.",
			[]string{"عمّان", "سلطنة عمان", "عمّان"}},
		// context: the Jordanian capital, the sultanate
		{"شهدت العاصمة الأردنية عمان احتجاجات، فيما أعلنت سلطنة عمان دعمها للأردن.", []string{"عمّان", "سلطنة عمان"}},
		{"قال وزير الخارجية العماني في عمان إن بلاده تدعم الحوار.", []string{"عُمان"}},
		{"عمان، الأردن (CNN)-- وعد رئيس الوزراء بتشكيل الحكومة.", []string{"عمّان"}},
		// a country joined by و is a list of countries, not Amman's
		{"وقع الأردن وعمان اتفاقية للنقل البحري.", []string{"عُمان"}},
		{"وقعت عمان والأردن اتفاقية للنقل البحري.", []string{"عُمان"}},
		// a mention not told takes the reading of the nearest one told
		{"زار الوزير الأردن ثم توجه إلى سلطنة عمان. وقال في عمان إن العلاقات جيدة.", []string{"سلطنة عمان", "سلطنة عمان"}},
		// nothing tells: one place, named as written (as before)
		{"وصل الوفد إلى عمان صباحا، وغادر عمان مساء.", []string{"عمان", "عمان"}},
	}
	for _, c := range cases {
		res := r.RecognizeString(c.text)
		var names []string
		for _, m := range res.Mentions {
			if m.Label == LOC && strings.Contains(searchNorm.String(m.Text), "عمان") {
				names = append(names, res.Entities[m.Entity].Name)
			}
		}
		assert.Equal(t, c.names, names, c.text)
	}
}

// TestPlaceHomographRoles: the nationality adjective العماني names the
// sultanate, not Amman met before it.
func TestPlaceHomographRoles(t *testing.T) {
	r, err := New(Options{})
	require.NoError(t, err)
	src := "أمطار غزيرة في عمّان. واستقبل الملك وزير الخارجية العماني بدر البوسعيدي، وبحث معه العلاقات مع سلطنة عمان."
	res := r.RecognizeString(src)
	var oman, amman = -1, -1
	for e, ent := range res.Entities {
		switch ent.Name {
		case "سلطنة عمان":
			oman = e
		case "عمّان":
			amman = e
		}
	}
	require.True(t, oman >= 0 && amman >= 0 && oman != amman, "%+v", res.Entities)
	for _, ent := range res.Entities {
		if ent.Name == "بدر البوسعيدي" {
			require.NotEmpty(t, ent.Roles)
			assert.Equal(t, oman, ent.Roles[0].Org)
		}
	}
}

func TestReadByMarks(t *testing.T) {
	rs := placeHomographs()["عمان"]
	for _, c := range []struct {
		w    string
		want int
	}{
		{"عمّان", 0},
		{"عَمّان", 0},
		{"عَمان", 0},
		{"عُمان", 1},
		{"عـُمان", 1}, // a tatweel is no letter
		{"عمان", -1},
		{"عُمّان", -1}, // fits neither
		{"عمانْ", -1},  // a sukun neither has
	} {
		assert.Equal(t, c.want, readByMarks(c.w, rs), c.w)
	}
}

// TestPlaceHomographsNearestTold: a mention nothing tells takes the
// reading of the nearest mention told, before it on a tie, whatever the
// number of mentions (the nearest are found by two passes, not by a scan
// of all the mentions for each).
func TestPlaceHomographsNearestTold(t *testing.T) {
	r, err := New(Options{})
	require.NoError(t, err)
	const untold = "وصل الوفد إلى عمان صباحا. "
	src := "توجه الوفد إلى سلطنة عمان. " + strings.Repeat(untold, 3) + "ووصل الوفد إلى عمّان مساء."
	want := []string{"سلطنة عمان", "سلطنة عمان", "سلطنة عمان", "عمّان", "عمّان"}
	assert.Equal(t, want, homographNames(r.RecognizeString(src)), src)

	// Many mentions: the same readings, each run of untold mentions split
	// between the told ones around it.
	const n = 2000
	src = strings.Repeat("توجه الوفد إلى سلطنة عمان. "+strings.Repeat(untold, 3)+"ووصل الوفد إلى عمّان مساء. ", n)
	names := homographNames(r.RecognizeString(src))
	require.Len(t, names, 5*n)
	for k := 0; k < n; k++ {
		require.Equal(t, want, names[5*k:5*k+5], "group %d", k)
	}
}

// homographNames returns the entity names of res's place mentions of
// عمان, in order.
func homographNames(res *Result) []string {
	var names []string
	for _, m := range res.Mentions {
		if m.Label == LOC && strings.Contains(searchNorm.String(m.Text), "عمان") {
			names = append(names, res.Entities[m.Entity].Name)
		}
	}
	return names
}
