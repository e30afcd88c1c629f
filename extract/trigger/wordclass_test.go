package trigger

import "testing"

// TestWordClasses checks that the bit-flag index agrees with the word
// lists it is built from, both ways.
func TestWordClasses(t *testing.T) {
	lists := map[uint16]map[string]bool{
		classDialogue: dialogueWords, classCasualty: casualtyWords, classForce: forceVerbs,
		classNewsSense: newsSenses, classInsult: insults, classProtest: protestNouns,
		classHost: hostVerbs, classFight: fightVerbs,
	}
	for class, words := range lists {
		for w, ok := range words {
			if ok && wordClasses[w]&class == 0 {
				t.Errorf("%q lacks class %b", w, class)
			}
		}
	}
	for w, f := range wordClasses {
		for class, words := range lists {
			if f&class != 0 && !words[w] {
				t.Errorf("%q has class %b but is not in its list", w, class)
			}
		}
	}
	if wordClasses["killed"]&classCasualty == 0 || wordClasses["the"] != 0 {
		t.Errorf("killed=%b the=%b", wordClasses["killed"], wordClasses["the"])
	}
}
