package events

// HappenSense is what a past verb telling an event noun's happening
// stands for in the rules that read one (a bit set).
type HappenSense uint8

const (
	// HappenTook: it took place, was held or carried out (جرت، أجريت،
	// أقيمت، عقد، انعقدت، نفذ، وقعت، نظمت).
	HappenTook HappenSense = 1 << iota
	// HappenBegan: it began or broke out (بدأ، اندلعت، انطلقت).
	HappenBegan
	// HappenDone: it was done, the light verb تم/تمت (تمت الصفقة).
	HappenDone
	// HappenFollowed: it followed another (تلتها، تبعها، أعقبتها
	// انتخابات): the pronoun is what came first.
	HappenFollowed
	// HappenWitnessed: a place or a day saw it, the pronoun the noun
	// itself, so only in a relative clause after it (القمة التي شهدتها).
	HappenWitnessed
)

// happenVerbs holds the folded past verbs (without و/ف) of an event's
// happening, with their senses.
var happenVerbs = map[string]HappenSense{
	"جرت": HappenTook, "جري": HappenTook, "اجريت": HappenTook, "اجري": HappenTook,
	"اقيمت": HappenTook, "اقيم": HappenTook, "عقد": HappenTook, "عقدت": HappenTook,
	"انعقد": HappenTook, "انعقدت": HappenTook, "نفذ": HappenTook, "نفذت": HappenTook,
	"وقع": HappenTook, "وقعت": HappenTook, "نظم": HappenTook, "نظمت": HappenTook,
	"بدا": HappenBegan, "بدات": HappenBegan, "اندلع": HappenBegan, "اندلعت": HappenBegan,
	"انطلق": HappenBegan, "انطلقت": HappenBegan,
	"تم": HappenDone, "تمت": HappenDone,
	"تلتها": HappenFollowed, "تلاها": HappenFollowed, "تبعتها": HappenFollowed, "تبعها": HappenFollowed,
	"اعقبتها": HappenFollowed, "اعقبها": HappenFollowed,
	"شهدتها": HappenWitnessed, "شهدها": HappenWitnessed,
}

// IsHappenVerb reports whether the folded word w (without و/ف) is a past
// verb of an event's happening in one of the senses s.
func IsHappenVerb(w string, s HappenSense) bool { return happenVerbs[w]&s != 0 }
