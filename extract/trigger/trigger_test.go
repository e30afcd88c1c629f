package trigger_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// at tokenizes s and returns the tokens and the index of word w.
func at(t *testing.T, s, w string) ([]token.Token, int) {
	t.Helper()
	toks := token.Tokenize(s, 0)
	for i, tk := range toks {
		if tk.Text == w {
			return toks, i
		}
	}
	t.Fatalf("%q not in %q", w, s)
	return nil, 0
}

func TestLookup(t *testing.T) {
	tests := []struct {
		w     string
		typ   annals.EventType
		cameo string
	}{
		{"talks", annals.EventMeet, "046"}, {"met", annals.EventMeet, "040"}, {"visited", annals.EventVisit, "042"},
		{"agreed", annals.EventAgree, "030"}, {"signed", annals.EventAgree, "057"}, {"said", annals.EventStatement, "010"},
		{"cooperation", annals.EventCooperate, "050"}, {"accused", annals.EventConflict, "112"}, {"seized", annals.EventConflict, "192"},
	}
	for _, tt := range tests {
		got, ok := trigger.Lookup(tt.w)
		if !ok || got.Type != tt.typ || got.CAMEO != tt.cameo {
			t.Errorf("Lookup(%q) = %+v, %v, want %s %s", tt.w, got, ok, tt.typ, tt.cameo)
		}
	}
	if _, ok := trigger.Lookup("banana"); ok {
		t.Errorf("Lookup(banana) found a trigger")
	}
}

func TestNegated(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"Poland and Lithuania did not sign the accord", "accord", true},
		{"the dispute kept them from signing a peace treaty", "treaty", true},
		{"they failed to agree on quotas", "agree", true},
		{"there were no talks this week", "talks", true},
		{"the sides signed a treaty", "treaty", false},
		{"officials from both countries began talks", "talks", false},
		{"they left without reaching a deal", "deal", true},
		{"Chile and Peru met on Monday", "met", false},
		{"Bashir announced he was suspending an April summit", "summit", true},
		{"the ministers postponed their talks", "talks", true},
		{"the two sides failed to reach an agreement", "agreement", true},
		{"Australia and China have not held high-level talks", "talks", true},
		{"Peru cancelled the planned March 2 summit", "summit", true},
		{"Peru rejected the idea, but the Lima summit went ahead", "summit", false},
		{"no one expected that Chile and Peru would sign", "sign", false},
	}
	for _, tt := range tests {
		toks, k := at(t, tt.s, tt.w)
		if got := trigger.Negated(toks, 0, k); got != tt.want {
			t.Errorf("Negated(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
}

func TestNotAnEvent(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"a deal was struck under the agreement", "agreement", true},
		{"the civil nuclear agreement will be signed", "agreement", true},
		{"they signed a trade agreement", "agreement", false},
		{"talks on a new International Rubber Agreement opened", "Agreement", true},
		{"enough oil to meet domestic demand", "meet", true},
		{"the ministers will meet in Rome", "meet", false},
		{"after 18 months of negotiations", "negotiations", true},
		{"details of their discussion will emerge", "discussion", true},
		{"they began high-level talks in Tokyo", "talks", false},
		{"today's accord covers aid", "accord", true},
		{"the nine-page summit declaration is blunt", "summit", true},
		{"Cameron, who hosted the summit, spoke", "hosted", true},
		{"Abe hosted Putin at his home", "hosted", false},
		{"ambitions featured prominently in the talks", "talks", true},
		{"the president met with reporters", "met", true},
		{"the premier has been obliged to deal with strikes", "deal", true},
		{"they must deal with the crisis", "deal", true},
		{"they struck a deal with Ankara", "deal", false},
		{"the summit leaders will discuss debt", "summit", true},
		{"the Lisbon summit ended", "summit", false},
		{"Brazil and Chile at the signing of the pact", "signing", false},
		{"the signing ceremony was delayed", "signing", true},
		{"a patrol boat fired a water cannon at a fishing vessel", "fired", false},
		{"the troops fired rockets", "fired", false},
		{"the two leaders held a phone call on Monday", "phone", false},
		{"they spoke by telephone", "telephone", false},
		{"the two envoys talked on the telephone late on Sunday", "telephone", false},
		{"the premiers spoke over the phone about the floods", "phone", false},
		{"the rebels cut the telephone lines", "telephone", true},
		{"phone lines were cut", "phone", true},
		{"the president landed in Hanoi", "landed", false},
		{"the firm landed a contract", "landed", true},
		{"after three days of talks in Geneva", "talks", false},
		{"India and Pakistan exchanged fire on Monday", "fire", false},
		{"a fire destroyed the market", "fire", true},
		{"Russia condemned the conference", "conference", true},
		{"Kishida wrapped up his visit to Egypt", "visit", false},
		{"during his visit to Egypt", "visit", false},
		{"after his visit to Egypt", "visit", true},
		{"during his visit", "visit", true},
		{"they were in a weak negotiating position", "negotiating", true},
		{"he told a Euromoney conference on debt", "conference", true},
		{"they are negotiating a new deal", "negotiating", false},
		{"Russia launched missile strikes on Kyiv", "strikes", false},
		{"dock workers went on strike", "strike", true},
		{"Beijing welcomed the Geneva talks", "talks", true},
		{"the ministers held a conference", "conference", false},
		{"Riyadh and Tehran cut ties in 2016", "cut", false},
		{"the central bank cut interest rates", "cut", true},
		{"Quito severed diplomatic relations with Mexico", "severed", false},
		{"the president fired his finance minister", "fired", true},
	}
	for _, tt := range tests {
		toks, k := at(t, tt.s, tt.w)
		tr, ok := trigger.Lookup(toks[k].Lower)
		if !ok {
			if tt.want {
				t.Errorf("Lookup(%q) found nothing", tt.w)
			}
			continue
		}
		if got := trigger.NotAnEvent(toks, 0, len(toks), k, tr); got != tt.want {
			t.Errorf("NotAnEvent(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
}

func TestHeldMeeting(t *testing.T) {
	tests := []struct {
		s    string
		want string
	}{
		{"the two men agreed to hold vice-ministerial talks in January", "talks"},
		{"Kenya and Tanzania agreed today to reopen talks on trade", "talks"},
		{"they agreed to meet again next month", "meet"},
		{"they agreed to discuss territorial issues", ""},
		{"they agreed to expand trade", ""},
	}
	for _, tt := range tests {
		toks, k := at(t, tt.s, "agreed")
		to := trigger.ComplementAt(toks, k, len(toks))
		got := ""
		if to >= 0 {
			if m := trigger.HeldMeeting(toks, to, len(toks)); m >= 0 {
				got = toks[m].Text
			}
		}
		if got != tt.want {
			t.Errorf("HeldMeeting(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestMeasure(t *testing.T) {
	for w, want := range map[string]string{"trade": "trade volume", "exports": "exports", "surplus": "surplus", "debt": "debt"} {
		if got, ok := trigger.Measure(w); !ok || got != want {
			t.Errorf("Measure(%q) = %q, %v, want %q", w, got, ok, want)
		}
	}
}
