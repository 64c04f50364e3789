// Package cli is the gonode command line: `gonode [options] [script | -e code | -p code | -]
// [arguments]`, parsed the way `node` parses its command line. cmd/gonode is a thin main
// over Main, so a program can build its own gonode binary with extra Go modules (for
// example addons) compiled in:
//
//	func main() { os.Exit(cli.Main(os.Args[1:], cli.Options{Modules: myModules})) }
//
// Main runs on the calling goroutine and returns the process exit code; it never calls
// os.Exit itself. Main treats the running executable as a gonode binary (see
// runtime.ForkSupport): child_process.fork() without options.execPath re-runs it with
// the child's script, as node re-runs itself.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/worker"
)

// Options customises a gonode binary.
type Options struct {
	// Modules are extra Go builtins available to require() in every env the CLI creates
	// (the main thread and, through worker_threads, every worker).
	Modules []runtime.Module
	// Addons are Go addons: each env (main and every worker) that requires one gets its
	// own instance, instance data and cleanup hooks (see package addon).
	Addons []addon.Module
	// Stdin, Stdout, Stderr default to the process's standard streams.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Name is the program name used in messages (default "gonode").
	Name string
	// Extend, when set, may change the env configuration before the main env is created
	// (packages such as worker hook in here).
	Extend func(*runtime.Config)
}

// Extensions are applied to every CLI env before Options.Extend; packages that must be in
// every gonode binary (worker_threads) register here from an init function.
var Extensions []func(*runtime.Config)

type invocation struct {
	eval       *string
	print      bool
	stdin      bool
	script     string
	args       []string
	execArgv   []string
	preload    []string
	imports    []string
	inputType  string
	exposeGC   bool
	noWarnings bool
	stackSize  int
}

const usage = `Usage: gonode [options] [ script.js ] [arguments]
       gonode [options] -e "script" [arguments]
       gonode [options] -p "expression" [arguments]
       gonode [options] - [arguments]     (script read from stdin)

Options:
  -e, --eval script          evaluate script
  -p, --print script         evaluate script and print the result
  -r, --require module       module to preload (option can be repeated)
  --import module            ES module to preload (option can be repeated)
  --input-type=type          "commonjs" or "module" for -e, -p and stdin
  --expose-gc                expose the gc() function
  --no-warnings              silence process warnings
  --stack-size=n             maximum JS call depth (goja frames)
  --enable-source-maps       accepted; stack traces already use source maps
  -v, --version              print gonode's Node.js version
  -h, --help                 print this help
  --                         end of options

gonode runs JavaScript on goja, with Node.js v26 semantics for what it implements.
`

// noValueFlags are Node flags gonode accepts and has nothing to do for.
var noValueFlags = map[string]bool{
	"--enable-source-maps": true, "--no-deprecation": true, "--trace-warnings": true,
	"--trace-uncaught": true, "--experimental-strip-types": true, "--no-experimental-strip-types": false,
	"--experimental-require-module": true, "--experimental-detect-module": true, "--trace-deprecation": true,
	"--experimental-vm-modules": true, "--experimental-worker": true, "--preserve-symlinks": true,
	"--experimental-transform-types": true, "--no-experimental-fetch": true,
}

func parse(args []string) (*invocation, int, string) {
	inv := &invocation{}
	i := 0
	next := func(flag string) (string, bool) {
		if i+1 >= len(args) {
			return "", false
		}
		i++
		inv.execArgv = append(inv.execArgv, args[i])
		return args[i], true
	}
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if a == "-" {
			inv.stdin = true
			i++
			break
		}
		if !strings.HasPrefix(a, "-") {
			break
		}
		inv.execArgv = append(inv.execArgv, a)
		name, value, hasValue := strings.Cut(a, "=")
		switch name {
		case "-h", "--help":
			return nil, -1, "help"
		case "-v", "--version":
			return nil, -1, "version"
		case "-e", "--eval", "-p", "--print":
			v := value
			if !hasValue {
				var ok bool
				if v, ok = next(a); !ok {
					return nil, 9, fmt.Sprintf("%s requires an argument", a)
				}
			}
			inv.eval = &v
			inv.print = name == "-p" || name == "--print"
		case "-pe":
			v, ok := next(a)
			if !ok {
				return nil, 9, fmt.Sprintf("%s requires an argument", a)
			}
			inv.eval = &v
			inv.print = true
		case "-r", "--require", "--import":
			v := value
			if !hasValue {
				var ok bool
				if v, ok = next(a); !ok {
					return nil, 9, fmt.Sprintf("%s requires an argument", a)
				}
			}
			if name == "--import" {
				inv.imports = append(inv.imports, v)
			} else {
				inv.preload = append(inv.preload, v)
			}
		case "--input-type":
			v := value
			if !hasValue {
				var ok bool
				if v, ok = next(a); !ok {
					return nil, 9, fmt.Sprintf("%s requires an argument", a)
				}
			}
			if v != "commonjs" && v != "module" {
				return nil, 9, fmt.Sprintf("--input-type must be \"module\" or \"commonjs\"")
			}
			inv.inputType = v
		case "--expose-gc", "--expose_gc":
			inv.exposeGC = true
		case "--no-warnings":
			inv.noWarnings = true
		case "--stack-size", "--stack_size":
			n, err := strconv.Atoi(value)
			if !hasValue || err != nil || n <= 0 {
				return nil, 9, fmt.Sprintf("%s requires a positive integer", name)
			}
			inv.stackSize = n
		case "--max-old-space-size", "--max-semi-space-size", "--unhandled-rejections", "--title", "--conditions", "-C":
			// Accepted V8/Node options without an effect on goja; values are consumed.
			if !hasValue && (name == "--conditions" || name == "-C" || name == "--title") {
				if _, ok := next(a); !ok {
					return nil, 9, fmt.Sprintf("%s requires an argument", a)
				}
			}
		default:
			if !noValueFlags[name] {
				return nil, 9, fmt.Sprintf("bad option: %s", a)
			}
		}
	}
	rest := args[i:]
	if inv.eval == nil && !inv.stdin && len(rest) > 0 {
		inv.script = rest[0]
		rest = rest[1:]
	}
	inv.args = rest
	return inv, 0, ""
}

// Main runs the gonode command line with args (without the program name) and returns
// the exit code. Call it from any goroutine; it blocks until the script and its loop end.
func Main(args []string, opts Options) int {
	name := opts.Name
	if name == "" {
		name = "gonode"
	}
	stdout, stderr := opts.Stdout, opts.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	stdin := opts.Stdin
	if stdin == nil {
		stdin = os.Stdin
	}
	if err := addon.Validate(opts.Addons); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 9
	}
	inv, code, msg := parse(args)
	switch {
	case msg == "help":
		fmt.Fprint(stdout, usage)
		return 0
	case msg == "version":
		fmt.Fprintln(stdout, runtime.NodeVersion)
		return 0
	case code != 0:
		fmt.Fprintf(stderr, "%s: %s\n", name, msg)
		return code
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 1
	}
	cfg := runtime.Config{
		Stdout:     stdout,
		Stderr:     stderr,
		Stdin:      stdin,
		ExecArgv:   inv.execArgv,
		Dir:        wd,
		Modules:    append(append([]runtime.Module(nil), opts.Modules...), addon.RuntimeModules(opts.Addons...)...),
		FastExit:   true,
		ExposeGC:   inv.exposeGC,
		NoWarnings: inv.noWarnings,
		// This executable is a gonode command line: child_process.fork() re-runs it, and
		// a forked gonode connects to its parent's IPC channel (NODE_CHANNEL_FD).
		Setup: []func(*runtime.Env) error{runtime.ForkSupport},
	}
	if inv.stackSize > 0 {
		cfg.MaxCallStackSize = inv.stackSize
	}
	var script string
	fromStdin := false
	switch {
	case inv.eval != nil:
	case inv.stdin || inv.script == "":
		fromStdin = true
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "%s: reading stdin: %v\n", name, err)
			return 1
		}
		s := string(data)
		inv.eval = &s
		if inv.stdin {
			cfg.Argv = append(cfg.Argv, "-")
		}
	default:
		script = inv.script
		if !filepath.IsAbs(script) {
			script = filepath.Join(wd, script)
		}
		cfg.Argv = append(cfg.Argv, script)
	}
	cfg.Argv = append(cfg.Argv, inv.args...)
	worker.Install(&cfg)
	for _, ext := range Extensions {
		ext(&cfg)
	}
	if opts.Extend != nil {
		opts.Extend(&cfg)
	}
	if path := os.Getenv("GONODE_CPUPROFILE"); path != "" {
		// Developer aid: a Go CPU profile of the whole run (all envs).
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				defer func() { pprof.StopCPUProfile(); f.Close() }()
			}
		}
	}
	env, err := runtime.New(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 1
	}
	defer env.Close()
	ctx := context.Background()
	main := runtime.Main{
		Filename:  script,
		Preload:   inv.preload,
		Imports:   inv.imports,
		InputType: inv.inputType,
	}
	if inv.eval != nil {
		main.Source = inv.eval
		main.Print = inv.print
		main.Filename = "[eval]"
		if fromStdin {
			main.Filename = "[stdin]"
		}
	}
	code, _ = env.RunMain(ctx, main)
	return code
}
