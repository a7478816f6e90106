using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.ProcessTargetAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0004: a valid entry started from a call that a type parameter of the surrounding code leaks into.</summary>
public sealed class GenericCallSiteTests
{
    private const string Worker =
        """

        public static class Worker
        {
            [Multiprocessing.ProcessEntry] public static void Echo(object value) { }
            [Multiprocessing.ProcessEntry] public static int Count(System.Collections.Generic.IEnumerable<object> items) => 0;
            [Multiprocessing.ProcessEntry] public static int Square(int x) => x * x;
            [Multiprocessing.ProcessEntry] public static void Greet(System.Collections.Generic.IReadOnlyList<string> names) { }
        }
        """;

    private static Task VerifyLauncherAsync(string launcher, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Multiprocessing;

            """ + launcher + Worker,
            expected);

    private static DiagnosticResult Expected(string entry, string call, string typeParameter) =>
        Verify.Diagnostic(DiagnosticDescriptors.GenericCallSite).WithLocation(0).WithArguments(entry, call, typeParameter);

    [Fact]
    public Task Call_in_a_generic_method_is_reported_on_the_argument_with_the_fix() =>
        VerifyLauncherAsync(
            """
            public static class Launcher
            {
                public static Process Start<T>(T value) where T : class => Process.Create(Worker.Echo, {|#0:value|});
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.GenericCallSite).WithLocation(0).WithMessage(
                "Process.Create cannot start 'Worker.Echo(object)' here: the call is compiled as Process.Create<T>(Action<T>, T), "
                + "and generated code cannot name its type parameter 'T'; the call must name concrete types: move it out of the "
                + "generic method or type, or cast the argument to the entry's parameter type"));

    [Fact]
    public Task Call_in_a_generic_type_is_reported() =>
        VerifyLauncherAsync(
            """
            public sealed class Launcher<TItem> where TItem : class
            {
                public Process Start(TItem item) => Process.Create(Worker.Echo, {|#0:item|});
            }
            """,
            Expected("Worker.Echo(object)", "Process.Create<TItem>(Action<TItem>, TItem)", "TItem"));

    [Fact]
    public Task Type_parameter_inside_a_constructed_type_is_found() =>
        VerifyLauncherAsync(
            """
            public static class Launcher
            {
                public static Process<int> Start<T>(List<T> items) where T : class => Process.Create(Worker.Count, {|#0:items|});
            }
            """,
            Expected("Worker.Count(IEnumerable<object>)", "Process.Create<List<T>, int>(Func<List<T>, int>, List<T>)", "T"));

    [Fact]
    public Task Constrained_type_parameter_is_reported() =>
        VerifyLauncherAsync(
            """
            public static class Launcher
            {
                public static Process Start<TNames>(TNames names) where TNames : class, IReadOnlyList<string> =>
                    Process.Create(Worker.Greet, {|#0:names|});
            }
            """,
            Expected("Worker.Greet(IReadOnlyList<string>)", "Process.Create<TNames>(Action<TNames>, TNames)", "TNames"));

    [Fact]
    public Task Explicit_type_argument_is_reported() =>
        VerifyLauncherAsync(
            """
            public static class Launcher
            {
                public static Process Start<T>(T value) where T : class => Process.Create<T>(Worker.Echo, {|#0:value|});
            }
            """,
            Expected("Worker.Echo(object)", "Process.Create<T>(Action<T>, T)", "T"));

    [Fact]
    public Task Calls_with_concrete_types_in_generic_code_report_nothing() =>
        VerifyLauncherAsync(
            """
            public static class Launcher
            {
                public static Process Cast<T>(T value) where T : class => Process.Create(Worker.Echo, (object)value);

                public static Process<int> Concrete<T>(T value) => Process.Create(Worker.Square, 5);

                public static Process Greet<TNames>(TNames names) where TNames : class, IReadOnlyList<string> =>
                    Process.Create(Worker.Greet, (IReadOnlyList<string>)names);

                public static Process<int> Converted<T>(List<T> items) where T : class => Process.Create(Worker.Count, (IEnumerable<object>)items);
            }

            public sealed class Holder<T>
            {
                public Process<int> Start() => Process.Create(Worker.Square, 6);
            }
            """);

    [Fact]
    public Task Invalid_target_in_generic_code_is_reported_once_as_MP0002() =>
        VerifyLauncherAsync(
            """
            public static class Launcher
            {
                public static Process Start<T>(T value) => Process.Create({|MP0002:(T x) => { }|}, value);
            }
            """);
}
