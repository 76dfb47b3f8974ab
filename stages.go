package naba

import "time"

// The dates and entities stages. Until their packages land on main these
// are stubs that find nothing, so that the pipeline and the CLI run end
// to end.

// findDates finds the date expressions of doc and resolves them against
// ref (or the document date inferred from the text when ref is zero).
func (x *Extractor) findDates(doc *Document, ref time.Time) {
	_ = ref
	doc.Dates = nil
}

// findEntities finds the mentions of named entities in doc and groups
// them into entities.
func (x *Extractor) findEntities(doc *Document) {
	doc.Mentions = nil
	doc.Entities = nil
}
