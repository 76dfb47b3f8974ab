module github.com/nabanlp/naba/bench

go 1.26.0

replace github.com/nabanlp/naba => ../

require (
	github.com/blevesearch/snowballstem v0.9.0
	github.com/nabanlp/naba v0.0.0-00010101000000-000000000000
)

require github.com/kljensen/snowball v0.10.0 // indirect
