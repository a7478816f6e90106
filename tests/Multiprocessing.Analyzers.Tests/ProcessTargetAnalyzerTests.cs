using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.ProcessTargetAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0002: every <c>Process.Create</c> target the generator does not intercept is reported on the argument.</summary>
public sealed class ProcessTargetAnalyzerTests
{
    private const string Entries =
        """

        public static class Worker
        {
            [Multiprocessing.ProcessEntry] public static void Run() { }
            [Multiprocessing.ProcessEntry] public static int Square(int x) => x * x;
            [Multiprocessing.ProcessEntry] public static System.Threading.Tasks.Task<int> SquareAsync(int x, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.FromResult(x * x);
            [Multiprocessing.ProcessEntry] public static System.Threading.Tasks.Task<int> SquareAsync2(int x) => System.Threading.Tasks.Task.FromResult(x * x);
            public static int NotMarked(int x) => x;
        }

        public static class Generic<T>
        {
            [Multiprocessing.ProcessEntry] public static int Square(int x) => x * x;
        }
        """;

    private const string Suffix = "; pass a static [ProcessEntry] method directly, as in Process.Create(Worker.Run, 42)";

    private static DiagnosticResult Expected(string target, string why) =>
        Verify.Diagnostic(DiagnosticDescriptors.TargetNotEntry).WithLocation(0).WithArguments(target, why, "Process.Create");

    private static Task VerifyCallAsync(string statements, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            $$"""
            using System;
            using Multiprocessing;

            public class Program
            {
                public void Main(Action field, Func<int, int> parameter)
                {
                    {{statements}}
                }

                public void Instance() { }

                public static Func<int, int> Make() => Worker.Square;
            }
            """ + Entries,
            expected);

    [Fact]
    public Task Lambda_is_reported_with_the_python_error_it_replaces() =>
        VerifyCallAsync(
            "Process.Create({|#0:() => Console.WriteLine(42)|});",
            Expected("a lambda", "a child process cannot find code that has no name, nor the variables it captures (Python: \"Can't pickle local object\")"));

    [Fact]
    public Task Lambda_with_arguments_is_reported() =>
        VerifyCallAsync("Process.Create({|MP0002:(int x) => x * 2|}, 21);");

    [Fact]
    public Task Anonymous_method_is_reported() =>
        VerifyCallAsync(
            "Process.Create({|#0:delegate () { }|});",
            Expected("an anonymous method", "a child process cannot find code that has no name, nor the variables it captures (Python: \"Can't pickle local object\")"));

    [Fact]
    public Task Local_function_is_reported() =>
        VerifyCallAsync(
            """
            static int Twice(int x) => x * 2;
                    Process.Create({|#0:Twice|}, 21);
            """,
            Expected("the local function 'Twice(int)'", "a child process cannot find a local function, nor the variables it captures (Python: \"Can't pickle local object\")"));

    [Fact]
    public Task Instance_method_is_reported() =>
        VerifyCallAsync(
            "Process.Create({|#0:Instance|});",
            Expected("the instance method 'Program.Instance()'", "a child process has no instance to call it on"));

    [Fact]
    public Task Delegate_in_a_local_is_reported() =>
        VerifyCallAsync(
            """
            Func<int, int> square = Worker.Square;
                    Process.Create({|#0:square|}, 5);
            """,
            Expected("the delegate 'square'", "which method a delegate value holds is only known at run time, so no call by name can be compiled for the child"));

    [Theory]
    [InlineData("Process.Create({|MP0002:field|});")]
    [InlineData("Process.Create({|MP0002:parameter|}, 5);")]
    [InlineData("Process.Create({|MP0002:Make()|}, 5);")]
    [InlineData("Process.Create({|MP0002:new Action(field)|});")]
    public Task Delegate_values_of_every_origin_are_reported(string call) => VerifyCallAsync(call);

    [Fact]
    public Task Static_method_without_the_attribute_is_reported() =>
        VerifyCallAsync(
            "Process.Create({|#0:Worker.NotMarked|}, 5);",
            Expected("'Worker.NotMarked(int)'", "it is not marked [ProcessEntry]"));

    [Fact]
    public Task Entry_that_breaks_a_rule_is_reported_at_the_call_too() =>
        VerifyCallAsync(
            "var p = Process.Create({|#0:Generic<int>.Square|}, 5);",
            Expected(
                "'Generic.Square(int)'",
                "it breaks an entry rule (MP0001): it is declared in a generic type, and the child could not tell which type arguments to use; move it to a non-generic type"));

    [Fact]
    public Task Message_ends_with_how_to_fix_it() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public static class Program
            {
                public static void Main() => Process.Create({|#0:() => { }|});
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.TargetNotEntry).WithLocation(0).WithMessage(
                "Process.Create cannot start a lambda in a child process: a child process cannot find code that has no name, "
                + "nor the variables it captures (Python: \"Can't pickle local object\")" + Suffix));

    [Fact]
    public Task Lambda_given_to_a_pool_is_reported_naming_the_pool_method() =>
        VerifyCallAsync(
            """
            using var pool = new ProcessPool(1);
                    pool.Map({|#0:(int x) => x * 2|}, new[] { 1, 2 });
                    pool.ApplyAsync({|#1:parameter|}, 5);
                    PoolInitializer.Create({|#2:Instance|});
            """,
            Verify.Diagnostic(DiagnosticDescriptors.TargetNotEntry).WithLocation(0).WithArguments(
                "a lambda", "a child process cannot find code that has no name, nor the variables it captures (Python: \"Can't pickle local object\")", "ProcessPool.Map"),
            Verify.Diagnostic(DiagnosticDescriptors.TargetNotEntry).WithLocation(1).WithArguments(
                "the delegate 'parameter'", "which method a delegate value holds is only known at run time, so no call by name can be compiled for the child", "ProcessPool.ApplyAsync"),
            Verify.Diagnostic(DiagnosticDescriptors.TargetNotEntry).WithLocation(2).WithArguments(
                "the instance method 'Program.Instance()'", "a child process has no instance to call it on", "PoolInitializer.Create"));

    [Fact]
    public Task Entries_given_to_a_pool_report_nothing() =>
        VerifyCallAsync(
            """
            using var pool = new ProcessPool(1);
                    int[] squares = pool.Map(Worker.Square, new[] { 1, 2 });
                    PoolResult<int> square = pool.ApplyAsync(Worker.SquareAsync2, 5);
                    var initializer = PoolInitializer.Create(Worker.Run);
            """);

    [Fact]
    public Task Valid_entries_in_every_form_report_nothing() =>
        VerifyCallAsync(
            """
            Process.Create(Worker.Run);
                    Process<int> square = Process.Create(Worker.Square, 5);
                    Process<int> async = Process.Create(Worker.SquareAsync, 5);
                    Process.Create(new Func<int, int>(Worker.Square), 5);
                    Process.Create((Func<int, int>)Worker.Square, 5);
                    Process.Create(target: Worker.Square, arg1: 6);
            """);

    [Fact]
    public Task Other_methods_named_create_are_ignored() =>
        Verify.VerifyAsync(
            """
            using System;

            public static class Factory
            {
                public static object Create(Action action) => action;
                public static void Main() => Create(() => { });
            }
            """);

    [Fact]
    public Task Generated_code_is_not_analyzed() =>
        Verify.VerifyAsync(
            """
            // <auto-generated/>
            using Multiprocessing;

            public static class Program
            {
                public static void Main() => Process.Create(() => { });
            }
            """);
}
