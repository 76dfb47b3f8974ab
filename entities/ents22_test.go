package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamesNotSplit: a person's name that the rules cut or split: a
// kunya (أبو and a given name) that ends a name as its family's name, a
// given name no list holds before such a kunya after a title, a month's
// name (رمضان، رجب، شعبان) as the family name after a given name, and a
// name after a style of address (سعادة، معالي) before the office.
func TestNamesNotSplit(t *testing.T) {
	tests := []struct{ in, person string }{
		{"وأطلقت السلطات سراح المعتقل سامر يوسف أبو حسن بعد سنوات.", "سامر يوسف أبو حسن"},
		{"وأفرج الاحتلال عن الأسير منير أحمد أبو بكر بعد سنوات.", "منير أحمد أبو بكر"},
		{"وأكد العقيد رشدي أبو صالح أن الطريق فتحت.", "رشدي أبو صالح"},
		{"وقال مدير المعبر العقيد نشأت أبو حسن إن الحركة عادت.", "نشأت أبو حسن"},
		{"وقال رئيس البلدية المهندس أحمد رمضان إن الأشغال انتهت.", "أحمد رمضان"},
		{"وتفقد قائد المنطقة اللواء سمير رجب مواقع الجيش.", "سمير رجب"},
		{"وحضر الاجتماع سعادة حسن كاظمي قنصل الجمهورية في دبي.", "حسن كاظمي"},
		{"وأكد سعادة عمر محسني سفير الجمهورية أن العلاقات متينة.", "عمر محسني"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
	// The given name and the kunya alone, the father's name left out,
	// name the person of the full name once he is named in full.
	res := rulesOnce().RecognizeString("وصل الأسير سامر يوسف أبو حسن إلى بيته. وقال سامر أبو حسن إنه سعيد. وأضاف أبو حسن أن رفاقه صامدون.")
	var full *Entity
	for i := range res.Entities {
		if res.Entities[i].Name == "سامر يوسف أبو حسن" {
			full = &res.Entities[i]
		}
	}
	if assert.NotNil(t, full, "%v", mentions(res)) {
		assert.Contains(t, full.Aliases, "سامر أبو حسن")
		assert.Contains(t, full.Aliases, "أبو حسن")
	}
	// A month after a name, with its number or epithet, is the month; a
	// place that begins with أبو is the place; سعادة after a proclitic is
	// the common noun.
	for _, tt := range []struct{ in, not string }{
		{"وزار الوزير أحمد رمضان الماضي مدينة حلب.", "أحمد رمضان"},
		{"والتقى المحافظ خالد في رمضان 1440 وفدا من التجار.", "خالد في رمضان"},
		{"وقال الوزير خالد إن الرحلات إلى أبو ظبي عادت.", "خالد إن"},
		{"وشعر الجميع بسعادة علي وجوههم.", "علي وجوههم"},
	} {
		res := rulesOnce().RecognizeString(tt.in)
		assert.Nil(t, ents21Has(res, PER, tt.not), "%s: %v", tt.in, mentions(res))
	}
}

// TestPlaceHeadAliases: a place written again with the head word of its
// port, crossing, archipelago, plain, prefecture or district is an alias
// of the place; an airport is no alias of its town; and a governorate
// written with محافظة whose name the lists also hold as a club is the
// place, in full an alias of it.
func TestPlaceHeadAliases(t *testing.T) {
	tests := []struct{ in, place, alias string }{
		{"ورست ناقلة النفط في ميناء جدة، وقال مسؤول إن جدة ستستقبل ناقلات أخرى.", "جدة", "ميناء جدة"},
		{"ورست السفينة في مرفأ طرطوس، وقال مسؤول إن طرطوس جاهزة لاستقبال غيرها.", "طرطوس", "مرفأ طرطوس"},
		{"ووصل الحجاج إلى صعيد عرفات ظهرا، ونفروا من عرفات بعد الغروب.", "عرفات", "صعيد عرفات"},
		{"وهبت الرياح على أرخبيل سقطرى، فقطعت الطرق في سقطرى.", "سقطرى", "أرخبيل سقطرى"},
		{"وسقطت الأمطار على محافظة ظفار أمس، وقال مسؤول إن ظفار لم تشهد مثلها.", "ظفار", "محافظة ظفار"},
	}
	for _, tt := range tests {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		var ent *Entity
		for i := range res.Entities {
			if res.Entities[i].Label == LOC && res.Entities[i].Name == tt.place {
				ent = &res.Entities[i]
			}
		}
		if assert.NotNil(t, ent, "%s: %v", tt.in, mentions(res)) {
			assert.Contains(t, ent.Aliases, tt.alias, tt.in)
		}
	}
	res := rulesOnce().RecognizeString("وهبطت الطائرة في مطار صنعاء، ثم عاد الوفد إلى صنعاء.")
	for _, e := range res.Entities {
		assert.NotContains(t, e.Aliases, "مطار صنعاء", "an airport is its own entity")
	}
	res = rulesOnce().RecognizeString("وقال مدرب ظفار إن الفريق جاهز للمباراة.")
	assert.NotNil(t, ents21Has(res, ORG, "ظفار"), "a coach's club: %v", mentions(res))
}

// TestFieldNamesItsBody: a body named in full with its field after ل and
// the article (المديرية العامة للدفاع المدني) is the body the text then
// names by the field alone (الدفاع المدني).
func TestFieldNamesItsBody(t *testing.T) {
	tests := []struct{ in, body, short string }{
		{"وأعلنت المديرية العامة للدفاع المدني إخماد حريق في سوق الخضار. وقال الدفاع المدني إن الحريق لم يوقع ضحايا.", "المديرية العامة للدفاع المدني", "الدفاع المدني"},
		{"ونفذت المديرية العامة للحماية المدنية عمليات إنقاذ. وأوضحت الحماية المدنية أن ثلاثة أشخاص نقلوا إلى المستشفى.", "المديرية العامة للحماية المدنية", "الحماية المدنية"},
		{"وزار وفد من اللجنة الدولية للصليب الأحمر السجن. وقال الصليب الأحمر إن الزيارة تمت بلا قيود.", "اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"},
	}
	for _, tt := range tests {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		var ent *Entity
		for i := range res.Entities {
			if res.Entities[i].Label == ORG && res.Entities[i].Name == tt.body {
				ent = &res.Entities[i]
			}
		}
		if assert.NotNil(t, ent, "%s: %v", tt.in, mentions(res)) {
			assert.Contains(t, ent.Aliases, tt.short, tt.in)
		}
	}
}

// TestCheckpointAndBirthplace: a checkpoint named by a rare word is a
// place (a barrier named by a frequent one is not), and مسقط before رأس
// with a pronoun is "his birthplace", not Muscat.
func TestCheckpointAndBirthplace(t *testing.T) {
	for _, tt := range []struct{ in, place string }{
		{"وأوقف الجنود الحافلة على حاجز الجلمة شمال جنين ساعتين.", "حاجز الجلمة"},
		{"ومنع المصلون من العبور عند حاجز الكونتينر شرق بيت لحم.", "حاجز الكونتينر"},
	} {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.NotNil(t, ents21Has(res, LOC, tt.place), "%s: %v", tt.in, mentions(res))
	}
	for _, tt := range []struct{ in, not string }{
		{"ودفن الشاعر في مسقط رأسه بعد وفاته في المنفى.", "مسقط"},
		{"وعادت العائلة إلى مسقط رأسها في الجنوب.", "مسقط"},
		{"وقال إن المتظاهرين كسروا حاجز الخوف.", "حاجز الخوف"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			assert.Nil(t, ents21Has(res, LOC, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
	res := rulesOnce().RecognizeString("وصل الوفد إلى مسقط صباح اليوم.")
	assert.NotNil(t, ents21Has(res, LOC, "مسقط"), "Muscat itself: %v", mentions(res))
}
