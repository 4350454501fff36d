package main

import (
	"fmt"

	"partnercoach/app"
	"partnercoach/script"
	"partnercoach/session"
)

// partners reads --me and --partner: the names of the two partners of a
// peer session, checked as every name is. You are Partner A: without
// --me, your name is the settings' coach, the name you gave as your own.
func (f *runFlags) partners(coach string) (session.Partners, error) {
	me := coach
	if f.cmd.Flags().Changed("me") {
		me = f.me
	}
	var p session.Partners
	var err error
	if p.Me, err = app.PartnerNameTyped(me); err != nil {
		return p, fmt.Errorf("--me: %w", err)
	}
	if p.Partner, err = app.PartnerNameTyped(f.partner); err != nil {
		return p, fmt.Errorf("--partner: %w", err)
	}
	return p, nil
}

// checkPartnersFor refuses --me and --partner for a script that is not
// a peer session's: its people are a coach and a newcomer or a client.
func checkPartnersFor(o options, s *script.Script) error {
	if !o.partnersGiven || s.Peer() {
		return nil
	}
	other := "a newcomer"
	if s.ForClient() {
		other = "a client"
	}
	return fmt.Errorf("--me and --partner name the partners of a peer session, such as partnership; %s is not one (its people are a coach and %s)",
		s.Name, other)
}
