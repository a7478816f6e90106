using Multiprocessing.Analyzers.Tests.Verification;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.ProcessEntryAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0001: every rule of <c>EntryRules</c> is reported on the method's name, and valid entries are left alone.</summary>
public sealed class ProcessEntryAnalyzerTests
{
    [Fact]
    public Task Async_void_entry_is_reported_because_nothing_awaits_it() =>
        Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Multiprocessing;

            public static class Worker
            {
                [ProcessEntry]
                public static async void {|#0:Fire|}(int x) => await Task.Delay(x);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Worker.Fire(int)",
                "it is 'async void', which nothing can await, so the child would exit before its work is done; return Task instead"));

    [Fact]
    public Task Instance_method_is_reported_with_the_rule_and_the_fix() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public class Worker
            {
                [ProcessEntry]
                public int {|#0:Square|}(int x) => x * x;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Worker.Square(int)",
                "it is an instance method, and a child process has no instance to call it on; make it static"));

    [Fact]
    public Task Generic_method_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public static class Worker
            {
                [ProcessEntry]
                public static T {|#0:Echo|}<T>(T value) => value;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Worker.Echo(T)",
                "it is generic, and the child could not tell which type arguments to use; give it concrete parameter types"));

    [Fact]
    public Task Local_function_with_the_attribute_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public static class Worker
            {
                public static int Run()
                {
                    return Twice(4);

                    [ProcessEntry]
                    static int {|#0:Twice|}(int x) => x * 2;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Twice(int)",
                "it is a local function, which a child process cannot find (Python: \"Can't pickle local object\"); make it a static method of a type"));

    [Fact]
    public Task Method_in_a_generic_type_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public static class Outer<T>
            {
                public static class Inner
                {
                    [ProcessEntry]
                    public static void {|MP0001:Run|}() { }
                }
            }
            """);

    [Theory]
    [InlineData("private static void {|MP0001:Run|}() { }")]
    [InlineData("protected static void {|MP0001:Run|}() { }")]
    [InlineData("private protected static void {|MP0001:Run|}() { }")]
    public Task Method_that_generated_code_cannot_reach_is_reported(string declaration) =>
        Verify.VerifyAsync(
            $$"""
            using Multiprocessing;

            public class Worker
            {
                [ProcessEntry]
                {{declaration}}
            }
            """);

    [Fact]
    public Task Public_method_of_a_private_nested_type_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public class Outer
            {
                private static class Inner
                {
                    [ProcessEntry]
                    public static void {|#0:Run|}() { }
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Inner.Run()",
                "it or a type that contains it is private or protected, so the generated dispatch code cannot call it; make them internal or public"));

    [Theory]
    [InlineData("ref int value")]
    [InlineData("out int value")]
    [InlineData("in int value")]
    [InlineData("ref readonly int value")]
    public Task By_reference_parameter_is_reported(string parameter) =>
        Verify.VerifyAsync(
            $$"""
            using Multiprocessing;

            public static class Worker
            {
                [ProcessEntry]
                public static void {|MP0001:Run|}({{parameter}}) => throw null!;
            }
            """);

    [Fact]
    public Task Cancellation_token_that_is_not_last_is_reported() =>
        Verify.VerifyAsync(
            """
            using System.Threading;
            using Multiprocessing;

            public static class Worker
            {
                [ProcessEntry]
                public static void {|#0:Run|}(CancellationToken cancellationToken, int count) { }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Worker.Run(CancellationToken, int)",
                "its CancellationToken is not its last parameter; move the token to the end"));

    [Fact]
    public Task Property_accessor_is_reported_by_its_kind() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public static class Settings
            {
                public static int Count
                {
                    [ProcessEntry]
                    {|#0:get|} => 1;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Settings.Count.get",
                "it is a property accessor, which generated code cannot call by name; move the work into an ordinary static method and mark that"));

    [Fact]
    public Task Operator_is_reported_by_its_kind() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public readonly struct Money
            {
                [ProcessEntry]
                public static Money operator {|#0:+|}(Money left, Money right) => left;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Money.operator +(Money, Money)",
                "it is an operator, which generated code cannot call by name; move the work into an ordinary static method and mark that"));

    [Theory]
    [InlineData("[ProcessEntry] public static explicit operator {|MP0001:int|}(Money money) => 0;")]
    [InlineData("public static event System.Action? Changed { [ProcessEntry] {|MP0001:add|} { } remove { } }")]
    public Task Other_members_that_are_not_ordinary_methods_are_reported(string member) =>
        Verify.VerifyAsync(
            $$"""
            #nullable enable
            using Multiprocessing;

            public class Money
            {
                {{member}}
            }
            """);

    [Theory]
    [InlineData("static abstract int {|#0:Area|}(int size);")]
    [InlineData("static virtual int {|#0:Area|}(int size) => size * size;")]
    public Task Static_abstract_or_virtual_interface_member_is_reported(string member) =>
        Verify.VerifyAsync(
            $$"""
            using Multiprocessing;

            public interface IShape
            {
                [ProcessEntry]
                {{member}}
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "IShape.Area(int)",
                "it is a static abstract or virtual interface member, which C# lets code call only through a type parameter, so the "
                + "generated dispatch code cannot call it; mark a static method of a class instead, such as the member's implementation"));

    [Fact]
    public Task Explicit_implementation_of_a_static_interface_member_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public interface IShape
            {
                static abstract int Area(int size);
            }

            public sealed class Square : IShape
            {
                [ProcessEntry]
                static int IShape.{|#0:Area|}(int size) => size * size;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidEntry).WithLocation(0).WithArguments(
                "Square.IShape.Area(int)",
                "it is an explicit interface implementation, which generated code cannot call by name; move the work into an ordinary static method and mark that"));

    [Fact]
    public Task Plain_static_interface_method_and_implicit_implementation_report_nothing() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public interface IShape
            {
                static abstract int Area(int size);

                [ProcessEntry]
                public static int Double(int size) => size * 2;
            }

            public sealed class Square : IShape
            {
                [ProcessEntry]
                public static int Area(int size) => size * size;
            }
            """);

    [Fact]
    public Task Valid_entries_in_every_supported_shape_report_nothing() =>
        Verify.VerifyAsync(
            """
            using System.Threading;
            using System.Threading.Tasks;
            using Multiprocessing;

            public static class Worker
            {
                [ProcessEntry] public static void Run() { }
                [ProcessEntry] internal static int Square(int x) => x * x;
                [ProcessEntry] public static Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                [ProcessEntry] public static ValueTask<int> CountAsync(int limit, CancellationToken cancellationToken) => new(limit);

                public static class Nested
                {
                    [ProcessEntry] public static long Cube(long x) => x * x * x;
                }
            }

            public class Job
            {
                [ProcessEntry] protected internal static string Name(string first, string last) => first + last;
                [ProcessEntry] public static Task<double> Half(double x) => Task.FromResult(x / 2);
            }
            """);

    [Fact]
    public Task Methods_without_the_attribute_are_not_entries() =>
        Verify.VerifyAsync(
            """
            public class Worker<T>
            {
                private void Run(ref int value, System.Threading.CancellationToken token, T item) { }

                private static void Local()
                {
                    static void Inner() { }
                    Inner();
                }
            }
            """);

    [Fact]
    public Task Nothing_is_reported_without_the_runtime() =>
        AnalyzerVerifier<ProcessEntryAnalyzer>.VerifyAsync(
            """
            namespace Multiprocessing
            {
                public sealed class ProcessEntryAttribute : System.Attribute { }

                public class Worker
                {
                    [ProcessEntry] private void Run() { }
                }
            }
            """,
            withRuntime: false);

    [Fact]
    public Task Generated_code_is_not_analyzed() =>
        Verify.VerifyAsync(
            """
            // <auto-generated/>
            using Multiprocessing;

            public class Worker
            {
                [ProcessEntry] private void Run() { }
            }
            """);
}
