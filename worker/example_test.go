package worker_test

import (
	"context"
	"fmt"
	"os"

	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/worker"
)

// Give an embedded env worker_threads: each Worker is a new env on its own goroutine.
func ExampleInstall() {
	cfg := runtime.Config{Stdout: os.Stdout}
	worker.Install(&cfg)
	env, err := runtime.New(cfg)
	if err != nil {
		panic(err)
	}
	defer env.Close()
	code, err := env.RunString(context.Background(), "main.js", `
		const { Worker } = require('node:worker_threads');
		const w = new Worker(
			'const { parentPort, workerData } = require("node:worker_threads");' +
			'parentPort.postMessage(workerData.map((x) => x * x));',
			{ eval: true, workerData: [1, 2, 3] });
		w.on('message', (squares) => console.log('squares', squares));
		w.on('exit', (code) => console.log('worker exited with', code));
	`)
	fmt.Println("main exited with", code, err)
	// Output:
	// squares [ 1, 4, 9 ]
	// worker exited with 0
	// main exited with 0 <nil>
}
