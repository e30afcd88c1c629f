// Package examples bundles the news articles that `annals demo` runs on, so
// the demo needs nothing to download or configure. See README.md in this
// folder for where each article comes from and its licence.
package examples

import (
	"embed"
	"io/fs"
)

//go:embed articles/*.txt
var articles embed.FS

// Articles returns the bundled articles as a file system whose root holds
// the .txt files, in lexical order when walked.
func Articles() fs.FS {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		panic("examples: " + err.Error()) // the embed pattern guarantees the folder
	}
	return sub
}
