using BenchmarkDotNet.Running;
using ChildPlan.Benchmarks;

// One executable for the whole suite: pick benchmarks with --filter, list them with --list flat (see benchmarks/README.md).
BenchmarkSwitcher.FromAssembly(typeof(SuiteConfig).Assembly).Run(SuiteConfig.Arguments(args), SuiteConfig.Create());
