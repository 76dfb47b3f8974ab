package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMilitiaHeadOutsideSpan: a militia head that a list writes with a
// group's name (ميليشيات الحوثي) is no part of the mention, as the
// annotations mark it: the group is الحوثي, the longer form an alias.
func TestMilitiaHeadOutsideSpan(t *testing.T) {
	for _, in := range []string{
		"وأعلنت ميليشيات الحوثي سيطرتها على مبنى المحافظة.",
		"وشنت طائرات التحالف غارات على مواقع لميليشيات الحوثي شمال البلاد.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG })
			if !assert.GreaterOrEqual(t, k, 0, "%s: %v", in, mentions(res)) {
				continue
			}
			m := res.Mentions[k]
			assert.Equal(t, "الحوثي", m.Text, in)
			assert.Contains(t, res.Entities[m.Entity].Aliases, "ميليشيات الحوثي", in)
		}
	}
}

// TestResistanceGroup: المقاومة with the adjective of an armed group's
// name is an organization, and المقاومة alone after it an alias; with
// another adjective it is a way of fighting, no name.
func TestResistanceGroup(t *testing.T) {
	tests := []struct {
		why, in, text, alias string // text "" means: no organization
	}{
		{"a Yemeni group", "وأعلنت المقاومة الشعبية أنها استعادت السيطرة على الحي. وقالت المقاومة إن خسائرها محدودة.",
			"المقاومة الشعبية", "المقاومة"},
		{"with a proclitic", "ودارت مواجهات بين الحوثيين والمقاومة الجنوبية قرب الميناء.", "المقاومة الجنوبية", ""},
		{"armed resistance, no name", "ودعا الخطيب إلى المقاومة المسلحة ضد الاحتلال.", "", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG && m.Text == tt.text })
			if tt.text == "" {
				assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG }),
					"%s: %s: %v", tt.why, tt.in, mentions(res))
				continue
			}
			if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) && tt.alias != "" {
				assert.Contains(t, res.Entities[res.Mentions[k].Entity].Aliases, tt.alias, "%s: %s", tt.why, tt.in)
			}
		}
	}
}

// TestForcesOfAnArmy: قوات before a listed army (قوات الجيش السوري,
// listed so) is no part of the army's mention, as the guidelines name
// armies; other forces keep their head (قوات الدرك).
func TestForcesOfAnArmy(t *testing.T) {
	tests := []struct {
		why, in, text string
	}{
		{"the Syrian army's forces", "وتقدمت قوات الجيش السوري نحو أطراف البلدة فجر اليوم.", "الجيش السوري"},
		{"the gendarmerie keeps its head", "وانتشرت قوات الدرك قرب مبنى البرلمان.", "قوات الدرك"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG })
			if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				assert.Equal(t, tt.text, res.Mentions[k].Text, "%s: %s", tt.why, tt.in)
			}
		}
	}
}

// TestAffiliatedGroup: after a participle of affiliation (المرتبطة ب،
// الموالين ل) a word that a list names with its head (تنظيم القاعدة) is
// the group; with an adjective after it it is a base.
func TestAffiliatedGroup(t *testing.T) {
	tests := []struct {
		why, in string
		group   bool
	}{
		{"linked to al-Qaeda", "وقتل في الغارة قياديان في فصيل مسلح مرتبط بالقاعدة شمال البلاد.", true},
		{"loyal to al-Qaeda", "واعتقلت الشرطة خلية من المسلحين الموالين للقاعدة في العاصمة.", true},
		{"an air base", "وتعرضت المستودعات المرتبطة بالقاعدة الجوية لأضرار كبيرة.", false},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			got := slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG && m.Form == "القاعدة" })
			assert.Equal(t, tt.group, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
		}
	}
}
