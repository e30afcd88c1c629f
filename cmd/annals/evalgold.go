package main

import (
	"io"

	"github.com/annals-project/annals/eval"
	"github.com/spf13/cobra"
)

// init registers "eval gold" under the eval command (eval.go).
func init() { evalSubcommands = append(evalSubcommands, newEvalGoldCmd) }

type evalGoldOptions struct {
	verbose bool
	out     outputOptions
}

func newEvalGoldCmd(e *env) *cobra.Command {
	var o evalGoldOptions
	cmd := &cobra.Command{
		Use:   "gold [-v] [--format text|json] DIR",
		Short: "Score extraction against annotated articles (STEM.txt + STEM.json)",
		Long: `Gold extracts every article of DIR (STEM.txt, annotated in STEM.json as
../shared/eval/SCHEMA.md describes) and scores the extraction against the
annotation, pooled over the articles:

  persons       P/R/F1 of names (Sergei and Sergey Lavrov are one person)
  countries     P/R/F1 of the set of countries per article
  DATE values   P/R/F1 of the TIMEX values of DATE expressions per article
  events        P/R/F1: type, a shared participant, overlapping interval and,
                for figures, an amount within 2%; recall over required events,
                precision against required and optional ones
  article date  share of articles whose date is right
  event status  share of matched events whose status (occurred/planned) is right
  person roles  share of persons matched by name (with a gold role) whose role
                is right: case, punctuation, a leading "the" or country word and
                a trailing "of STATE" are ignored, and titles the roles lexicon
                names alike are one role ("FM" = "Minister of Foreign Affairs")
  person countries  share of persons matched by name (with a gold country)
                whose country is right

The article date is read from the text, as for any user; only annotations with
"dct_in_text": false give their date to the extractor. -v lists each article's
misses (-), spurious items (+), status errors (~) and role and country errors.`,
		Example: `  annals eval gold testdata/gold
  annals eval gold -v ../shared/eval/dev
  annals eval gold --format json testdata/gold -o scores.json`,
		Args: exactArgs(1, "one DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalGold(e, o, args[0])
		},
	}
	cmd.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "list each article's missed and spurious items")
	o.out.register(cmd, "text", "text", "json")
	return cmd
}

func runEvalGold(e *env, o evalGoldOptions, dir string) error {
	if err := o.out.check(); err != nil {
		return err
	}
	rep, err := eval.Gold(dir, eval.GoldOptions{})
	if err != nil {
		return err
	}
	return o.out.write(e, func(w io.Writer) error {
		if o.out.format == "json" {
			return rep.WriteJSON(w)
		}
		return rep.Write(w, o.verbose)
	})
}
