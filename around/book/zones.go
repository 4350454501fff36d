package book

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// A newcomer's time zone is kept by the IANA name of a place, such as
// America/New_York: the zone database follows that place's changes of the
// clocks. An abbreviation such as EST, or an offset such as UTC-5 or
// Etc/GMT+5, keeps one offset all year, so New York's summer times would
// come out an hour off; and an abbreviation often stands for several
// places (CST is the US Central zone, China's, Cuba's and Mexico's). So a
// zone given on the command line must name a place (Area/Place): an
// abbreviation is refused with the places it may stand for, an offset
// with examples of names. A zone already in the file is still read as
// long as the zone database knows it (checkStoredZone), so that a book
// written before this rule is not taken for damaged; ZoneProblem says
// what is wrong with it.

// place is an IANA zone an abbreviation may stand for, and where it is.
type place struct{ zone, where string }

// abbreviations lists, for each zone abbreviation in common use, the
// places it may stand for. TestAbbreviationsNameTheirPlaces checks each
// against the zone database.
var abbreviations = map[string][]place{
	"EST":   {{"America/New_York", "US Eastern, EDT in summer"}, {"America/Toronto", "Canada Eastern, EDT in summer"}, {"America/Panama", "Panama, EST all year"}},
	"EDT":   {{"America/New_York", "US Eastern"}, {"America/Toronto", "Canada Eastern"}},
	"CST":   {{"America/Chicago", "US Central, CDT in summer"}, {"Asia/Shanghai", "China"}, {"America/Havana", "Cuba, CDT in summer"}, {"America/Mexico_City", "Mexico, CST all year"}},
	"CDT":   {{"America/Chicago", "US Central"}, {"America/Havana", "Cuba"}},
	"MST":   {{"America/Denver", "US Mountain, MDT in summer"}, {"America/Phoenix", "Arizona, MST all year"}, {"America/Edmonton", "Canada Mountain, MDT in summer"}},
	"MDT":   {{"America/Denver", "US Mountain"}, {"America/Edmonton", "Canada Mountain"}},
	"PST":   {{"America/Los_Angeles", "US Pacific, PDT in summer"}, {"America/Vancouver", "Canada Pacific, PDT in summer"}, {"Asia/Manila", "the Philippines"}},
	"PDT":   {{"America/Los_Angeles", "US Pacific"}, {"America/Vancouver", "Canada Pacific"}},
	"AKST":  {{"America/Anchorage", "Alaska, AKDT in summer"}},
	"AKDT":  {{"America/Anchorage", "Alaska"}},
	"HST":   {{"Pacific/Honolulu", "Hawaii, HST all year"}, {"America/Adak", "the Aleutian Islands, HDT in summer"}},
	"AST":   {{"America/Halifax", "Canada Atlantic, ADT in summer"}, {"America/Puerto_Rico", "Puerto Rico, AST all year"}},
	"ADT":   {{"America/Halifax", "Canada Atlantic"}},
	"NST":   {{"America/St_Johns", "Newfoundland, NDT in summer"}},
	"NDT":   {{"America/St_Johns", "Newfoundland"}},
	"GMT":   {{"Europe/London", "the UK, BST in summer"}, {"Europe/Dublin", "Ireland, IST in summer"}, {"Africa/Abidjan", "GMT all year"}},
	"BST":   {{"Europe/London", "the UK"}},
	"IST":   {{"Asia/Kolkata", "India"}, {"Europe/Dublin", "Ireland, in summer"}, {"Asia/Jerusalem", "Israel, IDT in summer"}},
	"IDT":   {{"Asia/Jerusalem", "Israel"}},
	"WET":   {{"Europe/Lisbon", "Portugal, WEST in summer"}, {"Atlantic/Canary", "the Canary Islands, WEST in summer"}},
	"WEST":  {{"Europe/Lisbon", "Portugal"}, {"Atlantic/Canary", "the Canary Islands"}},
	"CET":   {{"Europe/Berlin", "Germany, CEST in summer"}, {"Europe/Paris", "France, CEST in summer"}, {"Europe/Rome", "Italy, CEST in summer"}},
	"CEST":  {{"Europe/Berlin", "Germany"}, {"Europe/Paris", "France"}, {"Europe/Rome", "Italy"}},
	"EET":   {{"Europe/Athens", "Greece, EEST in summer"}, {"Europe/Helsinki", "Finland, EEST in summer"}, {"Europe/Kyiv", "Ukraine, EEST in summer"}, {"Africa/Cairo", "Egypt, EEST in summer"}},
	"EEST":  {{"Europe/Athens", "Greece"}, {"Europe/Helsinki", "Finland"}, {"Europe/Kyiv", "Ukraine"}, {"Africa/Cairo", "Egypt"}},
	"MSK":   {{"Europe/Moscow", "Moscow"}},
	"SAST":  {{"Africa/Johannesburg", "South Africa"}},
	"EAT":   {{"Africa/Nairobi", "East Africa"}},
	"WAT":   {{"Africa/Lagos", "West Africa"}},
	"CAT":   {{"Africa/Maputo", "Central Africa"}},
	"PKT":   {{"Asia/Karachi", "Pakistan"}},
	"HKT":   {{"Asia/Hong_Kong", "Hong Kong"}},
	"JST":   {{"Asia/Tokyo", "Japan"}},
	"KST":   {{"Asia/Seoul", "South Korea"}, {"Asia/Pyongyang", "North Korea"}},
	"WIB":   {{"Asia/Jakarta", "western Indonesia"}},
	"AWST":  {{"Australia/Perth", "Western Australia"}},
	"ACST":  {{"Australia/Adelaide", "South Australia, ACDT in summer"}, {"Australia/Darwin", "the Northern Territory, ACST all year"}},
	"ACDT":  {{"Australia/Adelaide", "South Australia"}},
	"AEST":  {{"Australia/Sydney", "New South Wales, AEDT in summer"}, {"Australia/Melbourne", "Victoria, AEDT in summer"}, {"Australia/Brisbane", "Queensland, AEST all year"}},
	"AEDT":  {{"Australia/Sydney", "New South Wales"}, {"Australia/Melbourne", "Victoria"}},
	"LHST":  {{"Australia/Lord_Howe", "Lord Howe Island, 30 minutes on in summer"}},
	"LHDT":  {{"Australia/Lord_Howe", "Lord Howe Island"}},
	"NZST":  {{"Pacific/Auckland", "New Zealand, NZDT in summer"}},
	"NZDT":  {{"Pacific/Auckland", "New Zealand"}},
	"CHAST": {{"Pacific/Chatham", "the Chatham Islands, an hour on in summer"}},
	"CHADT": {{"Pacific/Chatham", "the Chatham Islands"}},
}

// offsetRE matches a fixed offset as people write one: UTC, GMT or Z
// alone or followed by an offset, or an offset alone (+05:30, -5, −0400).
var offsetRE = regexp.MustCompile(`^(?i)(utc|gmt|ut|uct|z|zulu|universal|greenwich)?\s*([+\-−]\s*\d{1,2}(:?\d{2})?)?$`)

// fixedPrefixes start names of the zone database that are not places: a
// fixed offset (Etc/GMT+5) or a copy of the database (posix/, right/).
var fixedPrefixes = []string{"Etc/", "posix/", "right/", "SystemV/"}

// namesExample is what a refusal offers as names of places.
const namesExample = "such as America/New_York, Europe/Berlin or Asia/Kolkata"

// CheckZone refuses a time zone given on the command line unless it is
// the IANA name of a place that the zone database knows. The empty name,
// no zone, passes.
func CheckZone(zone string) error {
	if zone == "" {
		return nil
	}
	if err := checkStoredZone(zone); err != nil {
		return err
	}
	return ZoneProblem(zone)
}

// ZoneProblem says why a zone the zone database knows is not the name of
// a place, or returns nil: it is an abbreviation, a fixed offset, or an
// old name without a place.
func ZoneProblem(zone string) error {
	key := strings.ToUpper(strings.TrimSpace(zone))
	if places, ok := abbreviations[key]; ok {
		return abbreviationProblem(zone, key, places)
	}
	if offsetRE.MatchString(strings.TrimSpace(zone)) {
		return fmt.Errorf("%q is a fixed offset from UTC, which does not follow their changes of the clocks: give the IANA name of where they live, %s", zone, namesExample)
	}
	for _, p := range fixedPrefixes {
		if strings.HasPrefix(zone, p) {
			return fmt.Errorf("%q is not the name of a place (it keeps one offset, or is a copy of the zone database): give the IANA name of where they live, %s", zone, namesExample)
		}
	}
	if !strings.Contains(zone, "/") {
		return fmt.Errorf("%q is not the name of a place (Area/Place): give the IANA name of where they live, %s", zone, namesExample)
	}
	return nil
}

// abbreviationProblem refuses an abbreviation, naming the places it may
// stand for.
func abbreviationProblem(zone, key string, places []place) error {
	var names []string
	for _, p := range places {
		names = append(names, p.zone+" ("+p.where+")")
	}
	why := "which keeps one offset and does not follow their changes of the clocks"
	if loc, err := LoadZone(key); err == nil && !changesClocks(loc) {
		why = "which as a zone keeps UTC" + time.Date(2026, 7, 1, 12, 0, 0, 0, loc).Format("-07:00") + " all year, so summer times would come out an hour off"
	}
	if len(places) == 1 {
		return fmt.Errorf("%q is a zone abbreviation, %s: give the IANA name of the place, %s", zone, why, names[0])
	}
	return fmt.Errorf("%q is a zone abbreviation, %s, and it stands for %d places: give the IANA name of theirs, one of %s",
		zone, why, len(places), strings.Join(names, ", "))
}

// changesClocks reports whether loc has two offsets in 2026.
func changesClocks(loc *time.Location) bool {
	return offsetOf(time.Date(2026, 1, 15, 12, 0, 0, 0, loc)) != offsetOf(time.Date(2026, 7, 15, 12, 0, 0, 0, loc))
}

// checkStoredZone refuses a time zone read from the file that the zone
// database does not know. The empty name, no zone, passes.
func checkStoredZone(zone string) error {
	if zone == "" {
		return nil
	}
	if zone == "Local" {
		return fmt.Errorf("expected a time zone name such as Europe/Berlin, got %q", zone)
	}
	if _, err := LoadZone(zone); err != nil {
		if errors.Is(err, ErrNoZoneDatabase) {
			return err
		}
		if p := ZoneProblem(zone); p != nil {
			return p
		}
		return fmt.Errorf("%q is not a time zone name: expected one such as Europe/Berlin or America/New_York", zone)
	}
	return nil
}
