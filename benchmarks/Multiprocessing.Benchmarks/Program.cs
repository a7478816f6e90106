using Multiprocessing;
using Multiprocessing.Benchmarks.Harness;

// Children are this program started again: the guard must come first, so a child runs its entry and exits here.
ProcessGuard.Enter();
return BenchmarkCli.Run(args);
