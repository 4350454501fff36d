package main

import (
	"partnercoach/around/review"
	"partnercoach/session"
)

// reviewWidth is the width the review picture is drawn for: it reads in a
// terminal of 80 columns.
const reviewWidth = 80

// reviewSection is the picture of planned against actual time that
// follows the coach log in "log show".
func reviewSection(rec session.Record) string {
	return "\n" + review.Heading + "\n" + review.Picture(rec, reviewWidth)
}
