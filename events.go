package naba

// findEvents finds the events the document reports.
//
// Placeholder: the event extractor (issue 5, "Events") replaces this file.
// It reads doc.Text() (tokens and sentences per section), doc.Sections,
// doc.Mentions, doc.Entities and doc.Dates, and returns one Event per real
// event. Ticker and related-story events never take the document date.
func findEvents(doc *Document) []Event {
	_ = doc
	return nil
}
