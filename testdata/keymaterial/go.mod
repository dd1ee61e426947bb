module example.com/keymaterial

go 1.26.0
