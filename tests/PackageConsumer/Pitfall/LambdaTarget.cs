using Multiprocessing;

namespace PackageConsumer;

public static class LambdaTarget
{
    // Python's "Can't pickle local object": a lambda cannot be a process target. The package's analyzers say so (MP0002).
    public static void Start() => Process.Create(() => Console.WriteLine("never")).Start();
}
