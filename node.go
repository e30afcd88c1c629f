package annals

import (
	"context"
	"strings"
	"unicode"
)

// NodeKind is the kind of a node of the event graph.
type NodeKind string

// Node kinds: actors (persons, organisations, countries), and the events,
// places, dates and articles that connect them.
const (
	KindPerson       NodeKind = "person"
	KindOrganization NodeKind = "organization"
	KindCountry      NodeKind = "country"
	KindPlace        NodeKind = "place"
	KindEvent        NodeKind = "event"
	KindDate         NodeKind = "date"
	KindArticle      NodeKind = "article"
)

// IsActor reports whether nodes of kind k take part in events (persons,
// organisations, countries).
func (k NodeKind) IsActor() bool {
	return k == KindPerson || k == KindOrganization || k == KindCountry
}

// LinkKind is the kind of an edge of the event graph.
type LinkKind string

// Link kinds.
const (
	LinkParticipation LinkKind = "participation" // actor -> event
	LinkAffiliation   LinkKind = "affiliation"   // person/organisation -> country, with a role
	LinkLocation      LinkKind = "location"      // event -> place
	LinkTime          LinkKind = "time"          // event -> date
	LinkSource        LinkKind = "source"        // event -> article, with the evidence sentence
)

// Node is a vertex of the event graph. Key is unique across kinds: it is
// the kind, a colon and a normalised name ("person:sergei lavrov",
// "country:RUS", "event:<hash>").
type Node struct {
	Key   string   `json:"key"`
	Kind  NodeKind `json:"kind"`
	Label string   `json:"label"`
	// Country is the state a person, organisation or place belongs to.
	Country Country `json:"country,omitempty"`
	// Role is a person's role.
	Role string `json:"role,omitempty"`
	// Start and End are an event's or a date node's inclusive interval.
	Start Date `json:"start"`
	End   Date `json:"end"`
	// Type and Status are set on event nodes only.
	Type   EventType `json:"type,omitempty"`
	Status Status    `json:"status,omitempty"`
}

// Link is a directed edge of the event graph.
type Link struct {
	From   string   `json:"from"`
	To     string   `json:"to"`
	Kind   LinkKind `json:"kind"`
	Detail string   `json:"detail,omitempty"` // role, evidence sentence or date value
}

// ActorKey returns the node key of an actor of kind k called name. Names are
// compared case-insensitively and with runs of space folded, so "Sergei
// Lavrov" and "sergei  lavrov" are one node; countries key on their code.
func ActorKey(k NodeKind, name string) string {
	if k == KindCountry {
		return string(k) + ":" + strings.ToUpper(strings.TrimSpace(name))
	}
	return string(k) + ":" + NormalizeName(name)
}

// NormalizeName lowercases name and folds whitespace runs to one space.
func NormalizeName(name string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(name), unicode.IsSpace), " ")
}

// GraphSource gives read access to the stored event graph. The store
// implements it; the graph package reads through it.
type GraphSource interface {
	// Nodes returns every node, ordered by key; an empty slice when the
	// graph is empty.
	Nodes(ctx context.Context) ([]Node, error)
	// Node returns the node with the key, or an error wrapping ErrNotFound.
	Node(ctx context.Context, key string) (Node, error)
	// Links returns every link, ordered by from, to and kind.
	Links(ctx context.Context) ([]Link, error)
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	Actor   string      // a person or organisation name, matched forgivingly
	Country Country     // events involving this state
	From    Date        // events whose interval ends on or after From
	To      Date        // events whose interval starts on or before To
	Types   []EventType // any of these types
	Status  Status
	Limit   int // at most this many, 0 for all
}
