package person

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// A person's nationality told beside the name without a title of office:
// "Ukrainian Andriy Portnov", "senior Kenyan official Ana Wanjiru", "a
// Lebanese farmer Karim Haddad", "A Chilean diplomat, Pedro Ruiz," and
// "Pedro Ruiz, an Argentine diplomat,". Only a state's adjective (or, before
// a noun for a person, its name: "US official Uzra Zeya") counts, and only
// with a noun for a person between it and the name: "the Japanese side
// said" or "a Japan expert" tell nothing of the person named beside them.

// nationalNouns are lower-case nouns for a person that a nationality
// qualifies ("a Kenyan farmer", "American citizens"). Nouns of expertise
// are left out: a "China analyst" studies the state.
var nationalNouns = map[string]bool{
	"citizen": true, "citizens": true, "national": true, "nationals": true, "resident": true,
	"villager": true, "villagers": true, "farmer": true, "fisherman": true, "student": true,
	"students": true, "teenager": true, "man": true, "woman": true, "worker": true,
	"engineer": true, "scientist": true, "doctor": true, "tourist": true,
	"hostage": true, "soldier": true, "pilot": true, "official": true, "officials": true,
	"diplomat": true, "diplomats": true, "envoy": true, "aide": true, "adviser": true, "advisor": true,
	"politician": true, "leader": true, "lawmaker": true, "lawmakers": true, "activist": true,
	"activists": true, "dissident": true, "journalist": true, "journalists": true, "reporter": true,
	"businessman": true, "businesswoman": true, "businessmen": true, "tycoon": true, "billionaire": true,
	"athlete": true, "writer": true, "novelist": true, "poet": true, "singer": true, "actor": true,
	"actress": true, "monk": true, "priest": true, "cleric": true, "lawyer": true, "blogger": true,
}

// pluralNationalNouns are the nationalNouns that name several persons;
// a list of names follows them ("American citizens Tom Baker and Jim
// Welch").
var pluralNationalNouns = map[string]bool{
	"citizens": true, "nationals": true, "villagers": true, "students": true, "officials": true,
	"diplomats": true, "lawmakers": true, "activists": true, "journalists": true, "businessmen": true,
}

// stateNameNouns are the nouns before which a state's name, not only its
// adjective, gives a nationality: "US official Uzra Zeya", "U.S. citizen
// Ana Ruiz".
var stateNameNouns = map[string]bool{
	"official": true, "officials": true, "diplomat": true, "diplomats": true, "envoy": true,
	"citizen": true, "citizens": true, "national": true, "nationals": true, "soldier": true,
	"lawmaker": true, "lawmakers": true,
}

// nationalityModifiers may stand between the nationality and the noun, or
// before the nationality after an article: "a senior Kenyan official",
// "the Venezuelan opposition leader".
var nationalityModifiers = map[string]bool{
	"senior": true, "former": true, "top": true, "prominent": true, "opposition": true,
	"government": true, "veteran": true, "retired": true, "young": true, "local": true,
	"leading": true, "jailed": true, "detained": true, "dual": true,
}

// stateEnding returns the state of a non-historical state mention ending
// right before token k, whether it is named by adjective; "" when there is
// none or when a hyphen joins it to the next word ("Russian-speaking").
func stateEnding(s *mention.Sentence, k int) (annals.Country, bool) {
	x := s.Ending(k)
	if x < 0 || s.Ments[x].Kind != mention.Country || s.Ments[x].Entry.Historical || s.Ments[x].Country == "" {
		return "", false
	}
	if k < len(s.Toks) && s.Toks[k].Text == "-" {
		return "", false
	}
	return s.Ments[x].Country, s.Ments[x].Demonym
}

// nounPhraseState reads "STATE [modifier] noun" ending right before token
// k (the noun at k-1) and returns the state and the first token of the
// phrase; a bare state name counts only as an adjective before the noun.
func nounPhraseState(s *mention.Sentence, k int) (annals.Country, int) {
	toks := s.Toks
	if k < 2 || toks[k-1].Kind != token.Word || !nationalNouns[toks[k-1].Text] {
		return "", -1
	}
	i := k - 1
	if i >= 2 && nationalityModifiers[toks[i-1].Text] {
		i-- // "Venezuelan opposition leader"
	}
	c, demonym := stateEnding(s, i)
	if c == "" || !demonym && !stateNameNouns[toks[k-1].Text] {
		return "", -1
	}
	x := s.Ending(i)
	start := s.Ments[x].I
	if start > 0 && (toks[start-1].Lower == "'s" || toks[start-1].Lower == "of") {
		// "the head of the US official delegation", "Kenya's Ugandan
		// workers": the state qualifies something else.
		return "", -1
	}
	return c, start
}

// nationalityBefore returns the state of a nationality right before a
// name starting at token k: a state's adjective alone ("Ukrainian Andriy
// Portnov"), a state before a noun for a person ("senior Kenyan official
// Ana Wanjiru", "a Lebanese farmer Karim Haddad") or such a phrase and a
// comma after an article ("A Chilean diplomat, Pedro Ruiz,"). plural
// reports a plural noun, which governs a list of names.
func nationalityBefore(s *mention.Sentence, k int) (c annals.Country, plural bool) {
	toks := s.Toks
	if k < 1 {
		return "", false
	}
	if c, demonym := stateEnding(s, k); c != "" {
		if !demonym {
			return "", false // "in Japan Shinzo Abe ..." is no nationality
		}
		x := s.Ending(k)
		if i := s.Ments[x].I; i > 0 && (toks[i-1].Lower == "'s" || toks[i-1].Lower == "of") {
			return "", false
		}
		return c, false
	}
	if toks[k-1].Text == "," {
		// "A Chilean diplomat, Pedro Ruiz, said": the phrase opens the
		// sentence or follows an article.
		c, start := nounPhraseState(s, k-1)
		if c == "" {
			return "", false
		}
		if start > 0 && nationalityModifiers[toks[start-1].Text] {
			start--
		}
		if start == 0 || toks[start-1].Lower != "a" && toks[start-1].Lower != "an" {
			return "", false
		}
		return c, false
	}
	c, _ = nounPhraseState(s, k)
	return c, c != "" && pluralNationalNouns[toks[k-1].Text]
}

// nationalityAfter returns the state of a nationality in apposition after
// a name ending at token j: "Pedro Ruiz, an Argentine diplomat," or "Ana
// Obi, a senior Nigerian official". Only a state's adjective counts.
func nationalityAfter(s *mention.Sentence, j int) annals.Country {
	toks := s.Toks
	if j+3 >= len(toks) || toks[j].Text != "," {
		return ""
	}
	i := j + 1
	if w := toks[i].Lower; w != "a" && w != "an" && w != "the" {
		return ""
	}
	i++
	if nationalityModifiers[toks[i].Text] {
		i++
	}
	x := s.At(i)
	if x < 0 || s.Ments[x].Kind != mention.Country || !s.Ments[x].Demonym || s.Ments[x].Entry.Historical {
		return ""
	}
	n := s.Ments[x].J
	if n < len(toks) && nationalityModifiers[toks[n].Text] {
		n++
	}
	if n >= len(toks) || toks[n].Kind != token.Word || !nationalNouns[toks[n].Text] {
		return ""
	}
	return s.Ments[x].Country
}

// seatLandmarks are landmarks that stand for the government seated in
// them, as a capital does ("Pentagon spokesman"); the gazetteer lists
// them as places.
var seatLandmarks = map[string]bool{"Pentagon": true, "Oval Office": true, "Capitol Hill": true}

// postedRoles are offices named after the place of the posting, not the
// holder's state: "the Moscow correspondent", "Beijing envoy".
var postedRoles = map[string]bool{"Correspondent": true, "Ambassador": true, "Envoy": true, "Consul": true, "Bureau Chief": true}

// seatState returns the state whose seat of government is named right
// before token i, read as a place by the scan ("White House spokesman
// Ana Ruiz", "Pentagon Press Secretary Tom Berg", "Kremlin aide"): a
// capital or a landmark that stands for a government. "" for a posting's
// title (role).
func seatState(s *mention.Sentence, i int, role string) annals.Country {
	if postedRoles[role] {
		return ""
	}
	x := s.Ending(i)
	if x < 0 || s.Ments[x].Kind != mention.Place || s.Ments[x].Country == "" {
		return ""
	}
	if m := s.Ments[x]; m.Entry.Kind == gazetteer.Capital || m.Entry.Kind == gazetteer.Place && seatLandmarks[m.Entry.Name] {
		if m.I > 0 && (mention.Locative(s.Toks[m.I-1].Lower) || s.Toks[m.I-1].Lower == "the" && m.I > 1 && mention.Locative(s.Toks[m.I-2].Lower)) {
			return "" // "talks in Moscow" ends a phrase of place
		}
		return m.Country
	}
	return ""
}
