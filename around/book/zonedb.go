package book

import (
	"errors"
	"time"
)

// The zone database is the system's (/usr/share/zoneinfo on Linux, macOS
// and the BSDs), not a copy in the binary, so that the rules of a
// newcomer's clock are as new as the system's: places change their
// clocks several times a year, and a copy made when partnercoach was
// built would book their sessions an hour off once it is out of date.
// The Linux packages depend on the system's tzdata package; the Windows
// build, whose system has no such database, carries Go's copy
// (cmd/partnercoach/tzdata_windows.go).

// ErrNoZoneDatabase is the error of a zone asked for on a machine with no
// zone database at all.
var ErrNoZoneDatabase = errors.New("this machine has no time zone database, so no newcomer's zone can be read: " +
	"install the tzdata package (or set ZONEINFO to the path of Go's zoneinfo.zip)")

// loadLocation is time.LoadLocation; a test puts a machine without a
// zone database in its place.
var loadLocation = time.LoadLocation

// knownZone is a zone every zone database holds: when it cannot be read
// either, the database is missing, not the zone.
const knownZone = "America/New_York"

// LoadZone returns the zone of that IANA name from the zone database. On a
// machine with no database it returns ErrNoZoneDatabase, which says what
// to install, rather than an error about the name.
func LoadZone(name string) (*time.Location, error) {
	loc, err := loadLocation(name)
	if err == nil {
		return loc, nil
	}
	if _, known := loadLocation(knownZone); known != nil {
		return nil, ErrNoZoneDatabase
	}
	return nil, err
}
