package script

import "partnercoach/internal/problem"

// Problem is one thing wrong with a script file, at a place in it.
type Problem = problem.Problem

// Problems is every problem found in one script file, in the order they
// appear in it. It is the error Load returns for a script that fails to
// check.
type Problems = problem.List

// sortProblems puts problems in the order of their positions in the file.
func sortProblems(ps Problems) { ps.Sort() }
