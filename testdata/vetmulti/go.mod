module example.com/vetmulti

go 1.26.0
