// Package stats works out the coach's trends from the records and the
// newcomer list: which steps run over their planned time and by how much
// on average, sessions and fees by month, newcomers by stage and the
// sessions newcomers did not come to; and how long sessions, steps and
// turns ran against their plan, by month and by script. Peer sessions
// between two partners (session.Record.Peer) are no coaching: they are
// counted on their own, never in fees, months, lengths, stages or
// no-shows; their steps do count in the steps that run over and in the
// time by step, under their script's name. Times in records are kept
// between zero and Longest. Format writes the trends as text and pictures
// sized to a terminal's width.
package stats

import (
	"cmp"
	"slices"
	"time"

	"partnercoach/around/book"
	"partnercoach/around/fees"
	"partnercoach/around/names"
	"partnercoach/around/records"
	"partnercoach/session"
)

// Slack is how far past its plan a step must run to count as over: a
// step a few seconds long has not run over.
const Slack = 30 * time.Second

// PoolSessions is after how many sessions the packet makes a newcomer
// eligible for the partnership pool ("after about three sessions").
const PoolSessions = 3

// Step is how one step of one script ran across held sessions.
type Step struct {
	// Script, ID and Title name the step; Title is the latest one used.
	Script, ID, Title string
	// Runs is how many held sessions had the step with a planned time;
	// Over is how many of them ran over by more than Slack.
	Runs, Over int
	// AvgOver is the mean time past the plan in the runs that were over.
	AvgOver time.Duration
}

// Month is a month's sessions.
type Month struct {
	// Start is the month's first instant in the coach's location.
	Start time.Time
	// Held and NoShows count held sessions and billable no-shows.
	Held, NoShows int
	// FeeCents is the month's billable fees.
	FeeCents int
	// Timing is how long the month's held sessions and their turns ran.
	Timing
}

// Stage is how far a newcomer has come.
type Stage int

// The stages, in order.
const (
	// BeforeFirst: no session counts yet.
	BeforeFirst Stage = iota
	// FollowUps: a first session is done, fewer than PoolSessions.
	FollowUps
	// Ready: PoolSessions sessions or more, or the last session's coach
	// recommended a partnership.
	Ready
	// Referred: the screening referred them to a therapist or a hotline.
	Referred
)

// Stages lists the stages in order.
var Stages = []Stage{BeforeFirst, FollowUps, Ready, Referred}

// Label is the stage as the coach reads it.
func (s Stage) Label() string {
	switch s {
	case BeforeFirst:
		return "before the first session"
	case FollowUps:
		return "in follow-up sessions"
	case Ready:
		return "ready for the partnership pool"
	}
	return "referred to a therapist or hotline"
}

// Stats are the coach's trends.
type Stats struct {
	// Since is the first day counted, or the zero Date for all.
	Since book.Date
	// Held, NoShows and FeeCents are the totals of the months.
	Held, NoShows, FeeCents int
	// Partnership counts the peer sessions between two partners that
	// were held, and PartnershipMissed those one partner did not come
	// to: they are in no other count but Steps.
	Partnership, PartnershipMissed int
	// LateCancels counts appointments the newcomer cancelled or moved
	// less than 24 hours ahead.
	LateCancels int
	// Steps are the steps that ran over at least once, the most often
	// over first.
	Steps []Step
	// Months are the months with sessions, in order.
	Months []Month
	// ByStage counts the newcomers at each stage, whatever Since says.
	ByStage map[Stage]int
	// Timing is of all the held coaching sessions counted.
	Timing
	// Scripts are how the steps of each script ran, on average.
	Scripts []ScriptTime
	// Clamped are the ids of the records with a time past Longest or
	// below zero, taken as Longest or zero.
	Clamped []string
}

// Build works out the trends at now from the records from since on (all
// when since is the zero Date) and the newcomer list, with days and
// months read in now's location. The stages count every record.
func Build(all []session.Record, list []book.Newcomer, since book.Date, now time.Time) Stats {
	loc := now.Location()
	recs := all
	if !since.IsZero() {
		recs = records.Since(all, since.Time(loc))
	}
	s := Stats{Since: since, ByStage: map[Stage]int{}}
	recs = slices.Clone(recs)
	for i := range recs {
		var changed bool
		if recs[i], changed = clamped(recs[i]); changed {
			s.Clamped = append(s.Clamped, recs[i].ID)
		}
	}
	s.Steps = steps(recs)
	s.Months = months(recs, loc)
	s.Scripts = scriptTimes(recs)
	for _, r := range recs {
		if r.Outcome == session.Held && !r.Peer() {
			s.Timing.add(r)
		}
	}
	for _, r := range recs {
		switch {
		case !r.Peer():
		case r.Outcome == session.Held:
			s.Partnership++
		case r.Outcome == session.NoShow:
			s.PartnershipMissed++
		}
	}
	for _, m := range s.Months {
		s.Held += m.Held
		s.NoShows += m.NoShows
		s.FeeCents += m.FeeCents
	}
	for _, n := range list {
		for _, a := range n.Appointments {
			if a.Billable() && (since.IsZero() || !book.DateOf(a.At.In(loc)).Before(since)) {
				s.LateCancels++
			}
		}
	}
	for _, st := range book.Statuses(list, all, fees.Default, now) {
		s.ByStage[stageOf(st.Name, all)]++
	}
	return s
}

// stageOf is the stage of the newcomer from their records.
func stageOf(name string, recs []session.Record) Stage {
	held, ready, referred := 0, false, false
	for _, r := range recs {
		if r.Peer() || !names.Same(r.Newcomer, name) {
			continue
		}
		if r.Screening == session.Referred {
			referred = true
		}
		if r.Outcome == session.Held {
			held++
			// A yes beside a screening that says not (an older record, or
			// one edited by hand) is no readiness: log show flags it too.
			ready = r.Recommendation.Ready && !r.ReadyDespiteScreening()
		}
	}
	switch {
	case referred:
		return Referred
	case held >= PoolSessions || ready:
		return Ready
	case held > 0:
		return FollowUps
	}
	return BeforeFirst
}

// steps gathers how each step of each script ran in held sessions.
func steps(recs []session.Record) []Step {
	type key struct{ script, id string }
	found := map[key]*Step{}
	total := map[key]time.Duration{}
	for _, r := range recs {
		if r.Outcome != session.Held {
			continue
		}
		for _, sr := range r.Steps {
			if sr.Planned <= 0 {
				continue
			}
			k := key{r.Script, sr.ID}
			st := found[k]
			if st == nil {
				st = &Step{Script: r.Script, ID: sr.ID}
				found[k] = st
			}
			st.Title = sr.Title
			st.Runs++
			if over := sr.Actual.D() - sr.Planned.D(); over > Slack {
				st.Over++
				total[k] += over
			}
		}
	}
	var out []Step
	for k, st := range found {
		if st.Over > 0 {
			st.AvgOver = (total[k] / time.Duration(st.Over)).Round(time.Second)
			out = append(out, *st)
		}
	}
	slices.SortFunc(out, func(a, b Step) int {
		return cmp.Or(cmp.Compare(b.Over, a.Over), cmp.Compare(b.AvgOver, a.AvgOver),
			cmp.Compare(a.Script, b.Script), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// months counts held coaching sessions, no-shows and the fees billed
// (see fees.Billed) by the month each was held in (records.HeldMonth, as
// the invoice counts them); peer sessions are none of them.
func months(recs []session.Record, loc *time.Location) []Month {
	var out []Month
	for _, r := range recs {
		if !r.Outcome.Billable() || r.Peer() {
			continue
		}
		start := records.HeldMonth(r.Started, loc)
		i := slices.IndexFunc(out, func(m Month) bool { return m.Start.Equal(start) })
		if i < 0 {
			out = append(out, Month{Start: start})
			i = len(out) - 1
		}
		if r.Outcome == session.Held {
			out[i].Held++
			out[i].Timing.add(r)
		} else {
			out[i].NoShows++
		}
		if fees.Billed(r) {
			out[i].FeeCents += r.FeeCents
		}
	}
	slices.SortFunc(out, func(a, b Month) int { return a.Start.Compare(b.Start) })
	return out
}
