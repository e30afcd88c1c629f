// Package eval scores annals against annotated data. It holds the TimeML
// (TempEval-3) scorer for time expressions: [ReadTimeML] reads a .tml file
// into its plain text, DCT and gold TIMEX3s, and [TimeML] tags every file of
// a directory and scores the result as the TempEval-3 toolkit does.
//
// The package reads evaluation data where it lies (../shared/eval/) and
// never copies it; it only returns reports and errors, and never prints.
package eval
