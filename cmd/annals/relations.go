package main

import (
	"context"
	"io"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/timeline"
	"github.com/spf13/cobra"
)

type relationsOptions struct {
	balance bool
	db      dbOptions
	out     outputOptions
	sel     eventFlags
}

func newRelationsCmd(e *env) *cobra.Command {
	var o relationsOptions
	cmd := &cobra.Command{
		Use:   "relations NAME",
		Short: "Show everyone an actor is connected to, and through which events",
		Long: `Relations lists everyone NAME is connected to: the persons, organisations and
countries that took part in the same events, with how many events, the first
and last date, and the events themselves.

NAME matches forgivingly (case, accents, a surname alone when it is unique, a
country's code or name). A name that matches several actors lists them.

With --balance, each partner's row gives instead the cooperation-conflict
balance of the shared events: the sum of their Goldstein scores (Goldstein
1992; -10 for an attack to +10 for military aid, from each event's CAMEO code
through GDELT's table; events without a code get none), and how many lean
each way.`,
		Example: `  annals relations Lavrov
  annals relations "Fumio Kishida" --format md
  annals relations JPN --from 2013 --format json`,
		Args: exactArgs(1, "one NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRelations(cmd.Context(), e, o, args[0])
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "md", "json", "csv", "tsv")
	o.sel.register(cmd)
	cmd.Flags().BoolVar(&o.balance, "balance", false, "show the cooperation-conflict balance with each partner (Goldstein scores) instead")
	return cmd
}

func runRelations(ctx context.Context, e *env, o relationsOptions, name string) error {
	f, db, err := openQuery(ctx, e, o.sel, false, &o.out, &o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := findActor(ctx, db, name)
	if err != nil {
		return err
	}
	// Only the actor's own events are read, so the answer stays fast on a
	// store of millions of events.
	shared, err := db.Partners(ctx, n.Key, eventFilter(f))
	if err != nil {
		return err
	}
	rels := graph.RelationsFrom(n.Key, shared.Partners, shared.Events, shared.Pairs)
	if o.balance {
		return writeBalances(e, &o.out, n, rels, shared)
	}
	format, _ := reports.ParseFormat(o.out.format)
	return o.out.write(e, func(w io.Writer) error { return reports.Relations(w, format, n, rels) })
}

// writeBalances writes the Goldstein balance with each partner, partners
// in the order of rels.
func writeBalances(e *env, out *outputOptions, actor annals.Node, rels []graph.Relation, shared *store.PartnerEvents) error {
	byKey := map[string]*reports.Balance{}
	rows := make([]reports.Balance, len(rels))
	for i, r := range rels {
		rows[i] = reports.Balance{Partner: r.Actor, Events: r.Count}
		byKey[r.Actor.Key] = &rows[i]
	}
	seen := map[[2]int32]bool{}
	for _, p := range shared.Pairs {
		b := byKey[shared.Partners[p[0]].Key]
		if b == nil || seen[p] {
			continue
		}
		seen[p] = true
		g, ok := timeline.Goldstein(shared.CAMEO[p[1]])
		if !ok {
			continue
		}
		b.Scored++
		b.Goldstein += g
		switch {
		case g > 0:
			b.Cooperative++
		case g < 0:
			b.Conflictual++
		}
	}
	format, _ := reports.ParseFormat(out.format)
	return out.write(e, func(w io.Writer) error { return reports.Balances(w, format, actor, rows) })
}
