package main

import (
	"encoding/json"
	"io"

	"github.com/annals-project/annals/eval"
	"github.com/spf13/cobra"
)

// newEvalCmd is the parent of the scoring commands; each scorer adds itself
// as a subcommand.
func newEvalCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score annals against annotated corpora",
		Long: `Eval scores annals' extraction against annotated data: "eval timex" against
TimeML corpora (TempEval-3), "eval gold" against articles annotated in the
schema of shared/eval/SCHEMA.md.`,
	}
	cmd.AddCommand(newEvalTimexCmd(e))
	for _, f := range evalSubcommands {
		cmd.AddCommand(f(e))
	}
	return cmd
}

// evalSubcommands lets other files register scorers under "eval".
var evalSubcommands []func(*env) *cobra.Command

type evalTimexOptions struct {
	verbose bool
	out     outputOptions
}

func newEvalTimexCmd(e *env) *cobra.Command {
	var o evalTimexOptions
	cmd := &cobra.Command{
		Use:   "timex [-v] DIR",
		Short: "Score the time tagger on a folder of TimeML files",
		Long: `Eval timex reads the TimeML (.tml) files of DIR, tags the text of each against
its document creation time (the TIMEX3 with functionInDocument="CREATION_TIME")
and prints strict and relaxed span precision, recall and F1, value accuracy,
value F1 (relaxed F1 x value accuracy) and type accuracy, pooled over the files
as the TempEval-3 toolkit does (one-to-one alignment of overlapping
expressions; the DCT is not scored). -v lists every miss, spurious hit and
wrong value per file.`,
		Example: `  annals eval timex ../shared/eval/tempeval3/timebank
  annals eval timex -v ../shared/eval/tempeval3/aquaint | less`,
		Args: exactArgs(1, "one DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.out.check(); err != nil {
				return err
			}
			rep, err := eval.TimeML(args[0], eval.TimeMLOptions{})
			if err != nil {
				return err
			}
			return o.out.write(e, func(w io.Writer) error {
				if o.out.format == "json" {
					return writeTimexJSON(w, rep)
				}
				return rep.Write(w, o.verbose)
			})
		},
	}
	cmd.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "list misses, spurious hits and wrong values per file")
	o.out.register(cmd, "text", "text", "json")
	return cmd
}

func writeTimexJSON(w io.Writer, rep *eval.TimexReport) error {
	strict, relaxed := rep.StrictScore(), rep.RelaxedScore()
	out := map[string]any{
		"dir": rep.Dir, "files": len(rep.Files), "gold": rep.Gold, "system": rep.System,
		"strict":         map[string]float64{"p": strict.P, "r": strict.R, "f1": strict.F1},
		"relaxed":        map[string]float64{"p": relaxed.P, "r": relaxed.R, "f1": relaxed.F1},
		"value_accuracy": rep.ValueAccuracy(), "value_f1": rep.ValueF1(),
		"type_accuracy": rep.TypeAccuracy(),
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
