package settings

import "partnercoach/internal/problem"

// Problem is one thing wrong in a settings file, and where it is.
type Problem = problem.Problem

// Problems are all the problems found in a settings file, in the order
// they appear in it. It is the error Parse and Load return for a file
// they cannot use.
type Problems = problem.List
