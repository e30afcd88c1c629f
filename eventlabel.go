package annals

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// NodeKey returns the key of the graph node of e: "event:" and 16 hex
// digits of the SHA-256 of [Event.Key], so two reports of the same
// happening share one node whether the store or the graph package builds
// it.
func (e Event) NodeKey() string {
	sum := sha256.Sum256([]byte(e.Key()))
	return "event:" + hex.EncodeToString(sum[:8])
}

// maxLabelNames caps the participants named in an event label, which is a
// short description for graphs and tables, not the full list.
const maxLabelNames = 4

// Label describes e briefly: its type and up to four participants, actors
// or else countries ("meet: Sergei Lavrov, Fumio Kishida"), with "+N" for
// the rest; just the type when there are none.
func (e Event) Label() string {
	names := e.Actors
	if len(names) == 0 {
		for _, c := range e.Countries {
			names = append(names, string(c))
		}
	}
	if len(names) == 0 {
		return string(e.Type)
	}
	label := string(e.Type) + ": " + strings.Join(names[:min(len(names), maxLabelNames)], ", ")
	if len(names) > maxLabelNames {
		label += fmt.Sprintf(" +%d", len(names)-maxLabelNames)
	}
	return label
}
