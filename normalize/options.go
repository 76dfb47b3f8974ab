package normalize

// Options selects the folding operations a Normalizer applies on top of
// the cleanup that is always done (see the package documentation for the
// table of operations).
//
// The zero value folds nothing: it only cleans (presentation forms,
// tatweel, invisible controls, exotic spaces), which is what display needs.
// Hamza is therefore preserved by default.
type Options struct {
	// Diacritics removes harakat and tanwin (U+064B–U+065F), the
	// superscript alef (U+0670), Quranic annotation marks (U+06D6–U+06ED)
	// and the small honorific signs (U+0610–U+061A).
	Diacritics bool
	// Alef folds the hamzated and wasla alefs أ إ آ ٱ (and the rare wavy
	// hamza forms ٲ ٳ) to bare ا.
	Alef bool
	// AlefMaksura folds ى to ي.
	AlefMaksura bool
	// TehMarbuta folds ة to ه.
	TehMarbuta bool
	// Hamza folds the hamza carriers ؤ to و and ئ to ي.
	Hamza bool
	// Persian folds Persian and Urdu letter variants to their Arabic
	// counterparts: ک → ك, ی ې → ي, ۀ ہ ە → ه, ۃ → ة, ڤ → ف, گ → ك.
	Persian bool
	// Digits folds Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹)
	// digits to ASCII 0–9.
	Digits bool
	// Punctuation folds Arabic punctuation to its ASCII equivalent:
	// ، → , ؛ → ; ؟ → ? ٪ → % ٫ → . ٬ → , ۔ → .
	Punctuation bool
	// Quotes folds typographic quotes and dashes to ASCII:
	// “ ” „ « » ‹ › → " ; ‘ ’ ‚ ′ → ' ; ‐ ‑ ‒ – — ― − → -
	Quotes bool
}

// Named presets.
var (
	// Display only cleans: the text looks the same to a reader.
	Display = Options{}
	// Search folds everything, for matching and lookups.
	Search = Options{
		Diacritics:  true,
		Alef:        true,
		AlefMaksura: true,
		TehMarbuta:  true,
		Hamza:       true,
		Persian:     true,
		Digits:      true,
		Punctuation: true,
		Quotes:      true,
	}
)

// Preset returns the named preset ("display" or "search").
func Preset(name string) (Options, bool) {
	switch name {
	case "display":
		return Display, true
	case "search":
		return Search, true
	}
	return Options{}, false
}
