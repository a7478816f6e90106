using System.Reflection;

// This host does not reference the runtime (the runtime references it, so that it lands beside every app that uses
// the library); it reaches the runtime's entry point by name, once, under the JIT.
var runtime = Assembly.Load("Multiprocessing");
var run = runtime.GetType("Multiprocessing.Hosting.ChildHostEntry", throwOnError: true)!
    .GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!
    .CreateDelegate<Func<string[], int>>();
return run(args);
