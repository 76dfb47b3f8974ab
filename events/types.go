package events

// Event types. The names are the values of the "type" field of the JSON
// output; CAMEO gives the CAMEO root (or sub-) code where one exists.
const (
	Meet         = "meet"         // meetings, talks, conferences, summits, workshops (CAMEO 04)
	Contact      = "contact"      // phone calls, messages (CAMEO 04)
	Visit        = "visit"        // visits, arrivals, trips (CAMEO 042/043)
	Statement    = "statement"    // public statements, announcements, accusations (CAMEO 01)
	Appeal       = "appeal"       // calls on someone, demands (CAMEO 02)
	Appoint      = "appoint"      // appointments, taking office
	Dismiss      = "dismiss"      // dismissals, resignations, ousters
	Establish    = "establish"    // founding bodies
	Suspend      = "suspend"      // freezes, dissolutions, bans, closures
	Attack       = "attack"       // strikes, shelling, bombings, explosions, clashes (CAMEO 18/19)
	Aid          = "aid"          // aid deliveries, funding (CAMEO 07)
	Arrest       = "arrest"       // arrests, detentions
	Release      = "release"      // releases from detention
	Trial        = "trial"        // trials, sentences
	Protest      = "protest"      // demonstrations, sit-ins, strikes (CAMEO 14)
	Agreement    = "agreement"    // deals, truces, signings (CAMEO 05/06)
	Discovery    = "discovery"    // finds (a mass grave, explosives)
	Decision     = "decision"     // decisions, decrees, sanctions, resolutions
	Death        = "death"        // killings and deaths
	Injury       = "injury"       // injuries
	Election     = "election"     // elections, referendums
	Displacement = "displacement" // flight, evacuation, displacement
)

// Types lists the event types in the order the README documents them.
var Types = []string{
	Meet, Contact, Visit, Statement, Appeal, Appoint, Dismiss, Establish, Suspend,
	Attack, Aid, Arrest, Release, Trial, Protest, Agreement, Discovery, Decision,
	Death, Injury, Election, Displacement,
}

// CAMEO returns the CAMEO code of an event type ("04" for meet), or "" for
// the types CAMEO has no code for.
func CAMEO(typ string) string {
	switch typ {
	case Meet, Contact:
		return "04"
	case Visit:
		return "042"
	case Statement:
		return "01"
	case Appeal:
		return "02"
	case Attack:
		return "18"
	case Aid:
		return "07"
	case Protest:
		return "14"
	case Agreement:
		return "05"
	}
	return ""
}

// Statuses of an event.
const (
	// Past is an event that happened.
	Past = "past"
	// Ongoing is an event still going on (يتواصل، لا يزال، مستمر).
	Ongoing = "ongoing"
	// Planned is an event announced for the future (سينعقد، من المقرر،
	// يستعد لزيارة، المقبل).
	Planned = "planned"
	// Negated is an event the text says did not or will not happen (لم،
	// لن، نفى).
	Negated = "negated"
)
