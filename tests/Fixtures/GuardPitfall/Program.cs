using Multiprocessing;

// Python's pitfall: the processes are started at the top of the program, with no guard before them. Every child is
// this program started again; the build must say so (MP0006) rather than Start() refusing at run time.
Console.WriteLine("starting four workers");
var workers = Enumerable.Range(0, 4).Select(i => Process.Create(Work.Square, i)).ToList();
workers.ForEach(worker => worker.Start());
workers.ForEach(worker => worker.Join());

static class Work
{
    [ProcessEntry]
    public static int Square(int x) => x * x;
}
