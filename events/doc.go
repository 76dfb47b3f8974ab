// Package events finds the words of Arabic news text that name events:
// a trigger lexicon of news verbs and nouns in their inflections (التقى،
// التقت، يلتقي، سيلتقي، لقاء، لقائه، اللقاءات), with context checks for
// ambiguous words (حكم rule or verdict, حل solution or dissolve, بحث
// research or discussed), the status cues around a trigger (past,
// ongoing, planned, negated), and Arabic counts in digits or words for
// casualty figures.
//
// It works on a normalize.Text produced with the Search preset, the one
// the naba pipeline shares between its stages; it never re-tokenizes.
// Event arguments (participants, place, time) are attached by the root
// package naba, which knows the document's entities and dates.
//
// A Lexicon is immutable and safe for concurrent use; Default returns
// the one built, once, from the embedded list data/triggers.txt.
package events
