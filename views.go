package naba

import "github.com/nabanlp/naba/normalize"

// The dates and entities stages read views of the document's Text: the
// same normalization and offsets, with only the tokens and sentences of
// the sections a stage should see. Page furniture (comment forms,
// buttons, footers, tag lists, repeated blocks) is never analyzed; ticker
// headlines are dated without the document's date.

// skipped reports whether a section is furniture that no stage reads:
// comment forms, buttons, footers and repeated blocks. Related-story
// lines and tag lists are read for names (the gold annotates them like
// body text).
func skipped(s Section) bool {
	return s.Kind == Boilerplate && s.Role != RoleRelated && s.Role != RoleTags
}

// isTickerSection reports whether a section is a ticker or one of its
// headlines.
func isTickerSection(s Section) bool { return s.Kind == Ticker || s.Kind == Headline }

// view returns a shallow copy of doc's Text holding only the sentences
// (and their tokens) of the sections keep accepts. Spans of what a stage
// finds in the view still index the input. The view's lists are built in
// m's memory when m is not nil: the view is then valid until m is used
// again.
func (doc *Document) view(keep func(Section) bool, m *viewMemory) *normalize.Text {
	tx := doc.text
	all := true
	for _, sec := range doc.sentenceSection {
		if sec < 0 || !keep(doc.Sections[sec]) {
			all = false
			break
		}
	}
	if all {
		return tx // nothing to hide: the stages read the Text itself
	}
	v := *tx
	if m != nil {
		v.Tokens, v.Sentences = m.tokens[:0], m.sentences[:0]
	} else {
		v.Tokens = make([]normalize.Token, 0, len(tx.Tokens))
		v.Sentences = make([]normalize.Sentence, 0, len(tx.Sentences))
	}
	for i, s := range tx.Sentences {
		sec := doc.sentenceSection[i]
		if sec < 0 || !keep(doc.Sections[sec]) {
			continue
		}
		first := len(v.Tokens)
		v.Tokens = append(v.Tokens, tx.Tokens[s.First:s.Last]...)
		v.Sentences = append(v.Sentences, normalize.Sentence{Start: s.Start, End: s.End, First: first, Last: len(v.Tokens)})
	}
	if m != nil {
		m.tokens, m.sentences = v.Tokens[:0], v.Sentences[:0]
	}
	return &v
}
