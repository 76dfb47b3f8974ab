package seqmodel

import (
	"strings"
	"sync"
)

// Trigger classes of a word's stem (without clitics and article), as bits.
const (
	classTitle  = 1 << iota // a title or position before a person's name
	classSay                // a verb of saying or meeting, after a name
	classPlace              // a word that heads a place name (مدينة، ريف)
	classOrg                // a word that heads an organization name (حزب، وكالة)
	classPrep               // a preposition that often precedes a place
	classFamily             // a particle inside a person's name (بن، أبو)
	numClasses  = 6
)

// triggerWords lists the trigger words by class (in the order of the
// class bits), written as they are
// spelled and folded with Folder at start-up. They are facts about
// Arabic news writing, written by the project.
var triggerWords = [numClasses]string{
	// classTitle
	`رئيس رئيسة وزير وزيرة سفير سفيرة شيخ أمير ملك ملكة سيد سيدة دكتور دكتورة جنرال عقيد عميد لواء
		مستشار مستشارة نائب متحدث ناطق مبعوث أمين مدير مديرة قائد زعيم أستاذ مهندس حاج إمام بابا مرشد مفتي قاضي
		محافظ عمدة رئيسا مندوب ممثل سكرتير مساعد المرشح مرشح نجم لاعب مدرب الفنان فنان الكاتب كاتب الشاعر شاعر
		المطرب مطرب الممثل الممثلة النائب زعيمة المعلق مراسل الصحفي صحفي العالم الرئيسان الوزيرة الأميرة الشيخة
		السلطان سلطان الخليفة خليفة القس الأب المطران البطريرك الجنرال الكولونيل المارشال الرقيب النقيب الملازم
		فنانة كاتبة شاعرة مطربة ممثلة مذيعة مذيع مخرج مخرجة مغني مغنية راقصة موسيقار ملحن نجمة بطل بطلة
		حارس مدافع مهاجم هداف قائد كابتن حكم مدير مديرة رئيسة وزيرة الداعية المحلل الخبير الباحث الباحثة
		المفكر الروائي المؤرخ البروفيسور بروفيسور القنصل المحامي محامي المحامية الطبيب طبيب المطرب الإعلامي
		المرشحة مرشحة عضو عضوة زميله زميلها شقيق شقيقة ابنة زوجة زوج نجل نجلة والد والدة حفيد`,
	// classSay
	`قال قالت أعلن أعلنت أكد أكدت أضاف أضافت صرح صرحت أوضح أوضحت التقى التقت استقبل استقبلت
		ذكر ذكرت أفاد أفادت أشار أشارت بحث زار زارت دعا دعت أبلغ طالب طالبت اعتبر اعتبرت وصف وصفت نفى نفت رأى
		يقول تقول يرى أعرب أعربت حذر حذرت شدد شددت لفت قام وقال وقالت
		سجل سجلت سدد أحرز مرر تابع لعب انتقل فاز خسر تعادل تألق قاد أهدر يلعب غاب أشاد انتقد ناشد`,
	// classPlace
	`مدينة محافظة ريف بلدة قرية منطقة ولاية عاصمة إقليم شمال جنوب شرق غرب حي مخيم جزيرة
		جزر بحر نهر جبل جبال مطار ميناء شارع ساحة مقاطعة دولة جمهورية مملكة إمارة قضاء ناحية سهل وادي صحراء خليج
		ضواحي وسط شمالي جنوبي شرقي غربي قطاع الضفة محيط`,
	// classOrg
	`وكالة حزب منظمة شركة جامعة مجلس هيئة وزارة اتحاد نقابة جبهة حركة فرقة صحيفة قناة بنك
		مصرف جمعية مؤسسة معهد محكمة جيش لجنة مركز نادي منتدى برلمان حكومة كتلة تحالف ائتلاف رابطة مجموعة صندوق
		إذاعة تلفزيون مكتب دائرة مديرية سلطة شرطة مفوضية اللجنة مجلة بورصة مصلحة`,
	// classPrep
	`في من إلى على عبر نحو داخل قرب عن لدى حتى منذ`,
	// classFamily
	`بن ابن بنت أبو أبي أبا أم آل عبد ولد`,
}

// triggerClass maps a folded stem to its class bits.
var triggerClass = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for i, list := range triggerWords {
		for _, w := range strings.Fields(list) {
			f := Folder.String(w)
			m[f] |= 1 << i
			// Also the bare stem when the list spells the article.
			if s, ok := strings.CutPrefix(f, "ال"); ok && len(s) >= 4 {
				m[s] |= 1 << i
			}
		}
	}
	return m
})

// The classes of the words that announce a name in quotes (quoteCue),
// beyond the organization heads of classOrg (صحيفة "…", شركة "…").
const (
	cueWork    = 1 + iota // a programme, book, film, song: برنامج « أصل الكلمة »
	cueProduct            // a car or another model: طراز "…"
	cueVenue              // a stadium, a hall: استاد " سلتيك بارك "
)

// quoteCueWords lists the cue words of each class, spelled as trigger
// words are. Facts about Arabic news writing, written by the project.
var quoteCueWords = [...]struct {
	class uint8
	words string
}{
	{cueWork, `برنامج عنوان فيلم كتاب رواية مسلسل أغنية ألبوم مسرحية قصيدة ديوان مقال مقالة شعار حملة عملية مبادرة
		مهرجان معرض مسابقة جائزة وثيقة خطة نشيد`},
	{cueProduct, `سيارة طراز موديل ماركة علامة جهاز هاتف طائرة صاروخ دبابة سفينة منتج`},
	{cueVenue, `استاد ملعب مسرح قاعة فندق مجمع مستشفى سجن مطعم مقهى برج`},
}

// quoteCue maps a folded stem to its cue class.
var quoteCue = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range quoteCueWords {
		for _, w := range strings.Fields(l.words) {
			m[Folder.String(w)] = l.class
		}
	}
	return m
})
