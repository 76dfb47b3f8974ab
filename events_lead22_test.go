package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsAssassinatedPassive: the passive of اغتال tells that the one
// named after it was killed: a death with that person, place and time,
// as the passive of قتل does.
func TestEventsAssassinatedPassive(t *testing.T) {
	tests := []struct{ name, text, who, place, time string }{
		{"verb first", "عنوان\n\nواغتيل رئيس البلدية خالد منصور في مدينة صيدا مساء الجمعة.", "خالد منصور", "صيدا", "2019-03-08"},
		{"feminine", "عنوان\n\nاغتيلت الصحفية ليلى حسان في الموصل يوم الأربعاء.", "ليلى حسان", "الموصل", "2019-03-06"},
		{"relative clause", "عنوان\n\nوأحيا أنصار الزعيم كمال جنبلاط الذي اغتيل عام 1977 ذكراه في المختارة.", "كمال جنبلاط", "", "1977"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-03-10", "death")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, []string{tt.who}, evs[0].Participants, "%+v", evs[0])
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs[0])
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs[0])
		})
	}
}

// TestEventsAttemptedAttack: an attempt on someone (محاولة اغتيال،
// محاولة اقتحام) was made: an attack, whoever survived it; "in an attempt
// to" (في محاولة لـ) still tells an aim.
func TestEventsAttemptedAttack(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"survived", "عنوان\n\nونجا محافظ المدينة من محاولة اغتيال في بنغازي صباح الأحد.", "بنغازي"},
		{"storming", "عنوان\n\nوصدت قوات الأمن محاولة اقتحام لمبنى البرلمان في طرابلس.", "طرابلس"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-03-10", "attack")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs[0])
		})
	}
	checkNotEvents(t, "عنوان\n\nوتجمع المحتجون أمام المحكمة في محاولة لاقتحام المبنى في طرابلس.", "2019-03-10", "attack")
}

// TestEventsVagueSpanThenDay: "بعد أيام" (in some days) is a time, not a
// clause of sequence: the day told after it dates the event to come; a
// span after something else (بعد أيام من) still ends the event's words.
func TestEventsVagueSpanThenDay(t *testing.T) {
	tests := []struct{ name, text, typ, time string }{
		{"comma", "عنوان\n\nوتجري الانتخابات البلدية في تونس بعد أيام، في السادس عشر من آذار.", "election", "2019-03-16"},
		{"no comma", "عنوان\n\nويزور الرئيس الفرنسي إيمانويل ماكرون الجزائر بعد أيام في الرابع عشر من آذار.", "visit", "2019-03-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-03-10", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs[0])
			assert.Equal(t, "planned", evs[0].Status, "%+v", evs[0])
		})
	}
	evs := eventsOfType(t, "عنوان\n\nوأفرجت السلطات عن الناشط سامي الطاهر في تونس بعد أيام من اعتقاله في الثاني من آذار.", "2019-03-10", "release")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Empty(t, evs[0].Time, "%+v", evs[0])
}

// TestEventsSearchRaid: a raid searching for people (homes raided, بحثا
// عن، حملة مداهمات) is how arrests are made: no attack; a raid that meets
// fighting, or on a hideout, stays an attack.
func TestEventsSearchRaid(t *testing.T) {
	tests := []struct{ name, text string }{
		{"homes, verb", "عنوان\n\nوداهمت الشرطة منازل في عدة أحياء من مدينة أضنة بحثا عن مطلوبين."},
		{"a suspect's home after the subject", "عنوان\n\nوداهمت قوات الأمن العراقية منزل المتهم في حي الجهاد ببغداد."},
		{"campaign of raids", "عنوان\n\nواعتقل الجيش الإسرائيلي 12 فلسطينيا خلال حملة مداهمات في مدينة جنين."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNotEvents(t, tt.text, "2019-03-10", "attack")
			eventsOfType(t, tt.text, "2019-03-10", "arrest")
		})
	}
	// The killing the one sought is suspected of is no fight in the raid.
	checkNotEvents(t, "عنوان\n\nوداهمت الشرطة التونسية منزل المشتبه به في قتل الطالب في حي الأندلس بمدينة صفاقس.", "2019-03-10", "attack")
	for _, text := range []string{
		"عنوان\n\nوداهمت القوات الخاصة وكرا للمسلحين في مدينة درنة فجر الأحد.",
		"عنوان\n\nوداهمت قوات الأمن منزلا تحصن فيه مسلحون في مدينة إربد واشتبكت معهم.",
	} {
		evs := eventsOfType(t, text, "2019-03-10", "attack")
		require.NotEmpty(t, evs)
	}
}

// TestEventsPermittedParty: the name the trigger's own ل-word begins (سمحت
// للولايات المتحدة) is the party permitted, not where it happened.
func TestEventsPermittedParty(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوقال مسؤول إن الأردن سمح للولايات المتحدة باستخدام أجوائه.", "2019-03-10", "agreement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Empty(t, evs[0].Place, "%+v", evs[0])
	assert.Contains(t, evs[0].Participants, "الولايات المتحدة", "%+v", evs[0])
	assert.Contains(t, evs[0].Participants, "الأردن", "%+v", evs[0])
}

// TestEventsPromise: a promise to act (وعد، تعهد بـ) is a public
// statement of the one who promises; money promised stays aid, and the
// Balfour Declaration (وعد بلفور) is a name.
func TestEventsPromise(t *testing.T) {
	tests := []struct{ name, text, who, time string }{
		{"promised, day set off", "عنوان\n\nووعد وزير المالية المغربي محمد بنشعبون، الثلاثاء، بمراجعة الضريبة على الدخل.", "محمد بنشعبون", "2019-03-05"},
		{"pledged to act", "عنوان\n\nوتعهد رئيس الحكومة التونسية يوسف الشاهد بملاحقة المتورطين في الفساد.", "يوسف الشاهد", ""},
		{"that-clause", "عنوان\n\nووعدت وزارة الكهرباء العراقية بأن تتحسن التغذية خلال الصيف.", "وزارة الكهرباء العراقية", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-03-10", "statement")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, []string{tt.who}, evs[0].Participants, "%+v", evs[0])
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs[0])
		})
	}
	checkNotEvents(t, "عنوان\n\nوتعهدت السعودية بتقديم 100 مليون دولار لإعادة إعمار المدينة.", "2019-03-10", "statement")
	checkNotEvents(t, "عنوان\n\nوأحيا الفلسطينيون ذكرى وعد بلفور في مدينة رام الله.", "2019-03-10", "statement")
	// A ب that is a name's first letter promises no act; a promise
	// from someone is the noun; one told in a speaker's words is his.
	checkNotEvents(t, "عنوان\n\nوتعهد رئيس الوزراء بوريس جونسون التعاون مع الاتحاد الأوروبي.", "2019-03-10", "statement")
	checkNotEvents(t, "عنوان\n\nوانسحب المسلحون مقابل وعد من مجلس مدينة سبها بمتابعة القضية.", "2019-03-10", "statement")
	evs := eventsOfType(t, "عنوان\n\nوقال المتحدث سالم الورفلي إن الكتيبة تعهدت بعدم التعرض للمدنيين.", "2019-03-10", "statement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, []string{"سالم الورفلي"}, evs[0].Participants, "%+v", evs[0])
}

// TestEventsTitleCharge: the charge a title holder is given (المكلف
// بتشكيل الحكومة) is part of the title, no event: the name after it is
// the speaker's, and no government is formed.
func TestEventsTitleCharge(t *testing.T) {
	text := "عنوان\n\nوقال رئيس الحكومة اللبنانية المكلف بتشكيل الحكومة الجديدة مصطفى أديب، الاثنين، إن المشاورات مستمرة."
	evs := eventsOfType(t, text, "2019-03-10", "statement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, []string{"مصطفى أديب"}, evs[0].Participants, "%+v", evs[0])
	assert.Equal(t, "2019-03-04", evs[0].Time, "%+v", evs[0])
	checkNotEvents(t, text, "2019-03-10", "establish")
}

// TestEventsCallAfterTweet: a tweet that says (تغريدة تقول) speaks for its
// writer, whose call told next (وطالب روسيا في تغريدة سابقة بالتدخل) is his
// though the tweet's verb is feminine and the call is told in a tweet.
func TestEventsCallAfterTweet(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوكتب المندوب الفرنسي فرنسوا ديلاتر تغريدة تقول إن الوضع خطير. وطالب إيران في تغريدة لاحقة بالانسحاب.", "2019-03-10", "appeal")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "فرنسوا ديلاتر", "%+v", evs[0])
	assert.Contains(t, evs[0].Participants, "إيران", "%+v", evs[0])
}
