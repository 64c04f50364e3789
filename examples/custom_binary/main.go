// Command custom_binary is a gonode CLI with an addon compiled in: it behaves exactly
// like the gonode command (same flags, same Node semantics), and in addition every env
// it creates — the main thread and each worker — can require('hello'), each getting its
// own addon instance.
//
// Build and run:
//
//	go build -o mygonode ./examples/custom_binary
//	./mygonode examples/custom_binary/example.js
//
// See README.md for writing your own.
package main

import (
	"os"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/cli"
	"github.com/gonode/gonode/examples/custom_binary/hello"
)

// addons are the addons compiled into this binary.
var addons = []addon.Module{hello.Module}

func main() {
	os.Exit(cli.Main(os.Args[1:], options()))
}

// options configures the CLI with the addons: every env it creates (main thread and
// workers) gets its own instance of each.
func options() cli.Options {
	return cli.Options{Addons: addons}
}
