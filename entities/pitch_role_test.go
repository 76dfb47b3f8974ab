package entities

import "testing"

// TestPitchRoleNoPlace: رأس + a definite word in a sentence of sport
// (رأس الحربة, the striker's place on the pitch) is no cape or town, after
// a preposition too (the lead's probe); the same head with a rare word in
// a sentence of no sport still names a place.
func TestPitchRoleNoPlace(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"after في, with a player", "وشارك اللاعب في رأس الحربة إلى جانب زميله.",
			nil, []string{"رأس الحربة"}},
		{"after ب, with a match", "ولعب برأس الحربة في المباراة الأخيرة.",
			nil, []string{"رأس الحربة"}},
		{"with a striker", "ويعتمد المدرب على مهاجم واحد في رأس الحربة.",
			nil, []string{"رأس الحربة"}},
		{"a cape with no sport near", "ووصل قارب الصيادين إلى رأس الحمراوي صباح أمس.",
			map[string]Label{"رأس الحمراوي": LOC}, nil},
	})
}
