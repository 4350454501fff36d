package script

import "testing"

func TestAllCardsPutTheScriptsOwnFirst(t *testing.T) {
	s := &Script{Cards: []Card{
		{ID: "mine", Title: "My card", Text: "text"},
		{ID: "listening", Title: "My listening", Text: "my way"},
	}}
	all := s.AllCards()
	if len(all) != len(BuiltinCards())+1 {
		t.Fatalf("%d cards, want the %d built-in ones plus one", len(all), len(BuiltinCards()))
	}
	if all[0].ID != "mine" || all[1].Title != "My listening" {
		t.Fatalf("the script's own cards do not come first: %v, %v", all[0].ID, all[1].Title)
	}
	for _, c := range all[2:] {
		if c.ID == "listening" {
			t.Fatal("the built-in listening card is still there beside the script's own")
		}
	}
}

func TestCardFromMarkdown(t *testing.T) {
	c := cardFromMarkdown("x", "# A title\n\nBody\n")
	if c.Title != "A title" || c.Text != "Body\n" {
		t.Fatalf("card %+v", c)
	}
	if c := cardFromMarkdown("y", "no heading"); c.Title != "y" || c.Text != "no heading" {
		t.Fatalf("a card without a heading: %+v", c)
	}
}
