// Package eval scores annals against annotated data.
//
// Time expressions (TimeML, TempEval-3): [ReadTimeML] reads a .tml file into
// its plain text, DCT and gold TIMEX3s, and [TimeML] tags every file of a
// directory and scores the result as the TempEval-3 toolkit does (strict and
// relaxed extent match, value and type accuracy, value F1).
//
// Articles (the schema of ../shared/eval/SCHEMA.md): [ReadGold] reads an
// annotation file and [Gold] extracts every article of a directory and
// scores entities, times and events against it.
//
// The package reads evaluation data where it lies (../shared/eval/) and
// never copies it; it only returns reports and errors, and never prints.
package eval
