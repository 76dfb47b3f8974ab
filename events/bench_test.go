package events

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
)

// benchText is news text: the shared news corpus when present, else a
// paragraph the team wrote, repeated.
func benchText(b *testing.B) string {
	if root := shared.Root(); root != "" {
		files, _ := filepath.Glob(filepath.Join(root, "corpus", "news", "*.txt"))
		var sb strings.Builder
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err == nil {
				sb.Write(data)
				sb.WriteByte('\n')
			}
		}
		if sb.Len() > 0 {
			return sb.String()
		}
	}
	return strings.Repeat("التقى وزير الخارجية نظيره في العاصمة صباح اليوم، وبحث الجانبان سبل التعاون. "+
		"وقتل ثلاثة مدنيين وأصيب عشرة آخرون في قصف استهدف سوقاً شعبياً، بحسب ما أعلن الدفاع المدني.\n", 200)
}

func BenchmarkFind(b *testing.B) {
	tx := search.Analyze(benchText(b))
	lex := Default()
	var trs []Trigger
	b.SetBytes(int64(len(tx.Source)))
	b.ReportAllocs()
	for b.Loop() {
		trs = lex.AppendTriggers(trs[:0], tx, 0, len(tx.Tokens))
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(triggersTxt); err != nil {
			b.Fatal(err)
		}
	}
}
