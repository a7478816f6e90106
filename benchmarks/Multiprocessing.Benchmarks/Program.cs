using Multiprocessing;

ProcessGuard.Enter();
Console.WriteLine("Benchmarks: not written yet.");
