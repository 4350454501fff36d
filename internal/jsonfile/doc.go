// Package jsonfile reads the JSON files partnercoach keeps strictly and
// says where a problem is: a field the target does not have, a value of
// the wrong kind, a key given twice or text after the value is a Problem
// at its line and column, "PATH:LINE:COL: message", worked out from the
// decoder's offset or from the key it is about. It writes them indented,
// in field order.
package jsonfile
