package normalize

import (
	"fmt"
	"sort"
	"strings"
)

// Options selects the folding operations a Normalizer applies on top of
// the cleanup that is always done (see the package documentation for the
// table of operations).
//
// The zero value folds nothing: it only cleans (presentation forms,
// tatweel, invisible controls, exotic spaces, combining hamza and madda),
// which is what display needs. Hamza is therefore preserved by default.
type Options struct {
	// Diacritics removes the harakat, tanwin, shadda and sukun and the
	// other Arabic combining marks (U+064B–U+065F), the superscript alef
	// (U+0670), the Quranic annotation marks (U+06D6–U+06ED but not the
	// symbols U+06DE and U+06E9, and U+08D3–U+08FF) and the small
	// honorific signs (U+0610–U+061A). A hamza or madda mark that follows
	// a letter it combines with is first combined (ا + ◌ٔ → أ), so hamza
	// survives this fold.
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
	// Persian folds Persian, Urdu and Maghrebi letters to their Arabic
	// counterparts: ک گ ڭ → ك, ی ې ے → ي, ۓ → ئ, ۀ ۂ ہ ھ ە → ه, ۃ → ة,
	// ڤ → ف, ڨ → ق, پ → ب, چ → ج, ژ → ز.
	Persian bool
	// Digits folds Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹)
	// digits to ASCII 0–9.
	Digits bool
	// Punctuation folds Arabic punctuation to its ASCII equivalent:
	// ، → , ؛ → ; ؟ → ? ٪ → % ٫ → . ٬ → , ٭ → * ۔ → .
	Punctuation bool
	// Quotes folds typographic quotes and dashes to ASCII:
	// “ ” „ ‟ « » ‹ › ″ → " ; ‘ ’ ‚ ‛ ′ → ' ; ‐ ‑ ‒ – — ― − → -
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

var presets = map[string]Options{
	"display": Display,
	"search":  Search,
}

// Preset returns the named preset ("display" or "search").
func Preset(name string) (Options, bool) {
	o, ok := presets[strings.ToLower(name)]
	return o, ok
}

// PresetNames lists the preset names in sorted order.
func PresetNames() []string {
	names := make([]string, 0, len(presets))
	for k := range presets {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// ParsePreset is like Preset but returns an error naming the valid
// presets when name is unknown.
func ParsePreset(name string) (Options, error) {
	if o, ok := Preset(name); ok {
		return o, nil
	}
	return Options{}, fmt.Errorf("normalize: unknown preset %q (want one of %s)", name, strings.Join(PresetNames(), ", "))
}
