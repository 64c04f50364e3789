// Command gonode runs JavaScript files like node does, on the gonode runtime.
// It is a thin wrapper around package cli; see cli.Main to build a custom binary.
package main

import (
	"os"

	"github.com/gonode/gonode/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], cli.Options{})) }
