package tagger

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestConsistent(t *testing.T) {
	words := [][]string{
		strings.Fields("سجل لاعب بنفيكا هدفا"),
		strings.Fields("وكان وبنفيكا الافضل"),
		strings.Fields("قالت الأمم المتحدة"),
		strings.Fields("وقال مسؤول في للأمم المتحدة"),
		strings.Fields("بنفيكا بنفيكا"),
	}
	tags := [][]Tag{
		{O, O, BOrg, O},
		{O, O, O},
		{O, BOrg, IOrg},
		{O, O, O, O, O},
		{BLoc, O}, // one ORG and one LOC in the window: the first met wins the tie
	}
	consistent(words, tags, 10)
	assert.Equal(t, []Tag{O, BOrg, O}, tags[1], "a proclitic on the first word")
	assert.Equal(t, []Tag{O, O, O, BOrg, IOrg}, tags[3], "ل before the article")
	assert.Equal(t, []Tag{BLoc, BOrg}, tags[4], "tagged words stay as they are")

	// على "on" folds like the name علي: not the name again.
	ali := [][]string{strings.Fields("قال علي حسن"), strings.Fields("وأكد علي على الحوار")}
	aliTags := [][]Tag{{O, BPer, O}, {O, O, O, O}}
	consistent(ali, aliTags, 10)
	assert.Equal(t, []Tag{O, BPer, O, O}, aliTags[1], "على is no name")

	far := [][]string{strings.Fields("بنفيكا"), {"x"}, {"x"}, strings.Fields("بنفيكا")}
	farTags := [][]Tag{{BOrg}, {O}, {O}, {O}}
	consistent(far, farTags, 1)
	assert.Equal(t, []Tag{O}, farTags[3], "beyond the window")
}
