using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.ProcessSubclassAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0005: every process class the generator does not complete is reported on its name, with the reason and the fix.</summary>
public sealed class ProcessSubclassAnalyzerTests
{
    private const string Usings =
        """
        using Multiprocessing;

        """;

    private static DiagnosticResult Expected(string processClass, string why, int location = 0) =>
        Verify.Diagnostic(DiagnosticDescriptors.SubclassNotGenerated).WithLocation(location).WithArguments(processClass, why);

    [Fact]
    public Task Class_that_is_not_partial_is_reported_with_the_fix() =>
        Verify.VerifyAsync(
            Usings + """
            public class {|#0:Worker|} : Process
            {
                protected override void Run() { }
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.SubclassNotGenerated).WithLocation(0).WithMessage(
                "Process class 'Worker' cannot be started in a child process: it is not partial, so the generator cannot add the "
                + "code that carries its state to the child; declare it partial"));

    [Fact]
    public Task Containing_type_that_is_not_partial_is_named() =>
        Verify.VerifyAsync(
            Usings + """
            public class Outer
            {
                public partial class {|#0:Worker|} : Process
                {
                    protected override void Run() { }
                }
            }
            """,
            Expected(
                "Outer.Worker",
                "the type 'Outer' that contains it is not partial, so the generator cannot add the code that carries its state to the child; declare 'Outer' partial too"));

    [Fact]
    public Task Generic_class_is_reported() =>
        Verify.VerifyAsync(
            Usings + """
            public partial class {|#0:Worker|}<T> : Process
            {
                protected override void Run() { }
            }
            """,
            Expected("Worker<T>", "it is generic, and the child could not tell which type arguments to use; make it non-generic"));

    [Fact]
    public Task Class_nested_in_a_generic_type_is_reported() =>
        Verify.VerifyAsync(
            Usings + """
            public partial class Outer<T>
            {
                public partial class {|#0:Worker|} : Process
                {
                    protected override void Run() { }
                }
            }
            """,
            Expected(
                "Outer<T>.Worker",
                "it is nested in the generic type 'Outer<T>', and the child could not tell which type arguments to use; move it out of the generic type"));

    [Fact]
    public Task File_local_class_is_reported() =>
        Verify.VerifyAsync(
            Usings + """
            file partial class {|#0:Worker|} : Process
            {
                protected override void Run() { }
            }
            """,
            Expected("Worker", "it is file-local, so the generated dispatch table, in another file, cannot name it; remove the 'file' modifier"));

    [Theory]
    [InlineData("private")]
    [InlineData("protected")]
    [InlineData("private protected")]
    public Task Class_that_generated_code_cannot_reach_is_reported(string accessibility) =>
        Verify.VerifyAsync(
            Usings + $$"""
            public partial class Outer
            {
                {{accessibility}} partial class {|#0:Worker|} : Process
                {
                    protected override void Run() { }
                }
            }
            """,
            Expected("Outer.Worker", "it is private or protected, so the generated dispatch table cannot create it in the child; make it internal or public"));

    [Fact]
    public Task Public_class_in_a_private_nested_type_names_the_container() =>
        Verify.VerifyAsync(
            Usings + """
            public partial class Outer
            {
                private partial class Inner
                {
                    public partial class {|#0:Worker|} : Process
                    {
                        protected override void Run() { }
                    }
                }
            }
            """,
            Expected(
                "Outer.Inner.Worker",
                "the type 'Outer.Inner' that contains it is private or protected, so the generated dispatch table cannot create it in the child; make 'Outer.Inner' internal or public"));

    [Fact]
    public Task Primary_constructor_is_reported() =>
        Verify.VerifyAsync(
            Usings + """
            public partial class {|#0:Worker|}(int count) : Process
            {
                protected override void Run() => System.Console.WriteLine(count);
            }
            """,
            Expected(
                "Worker",
                "it has a primary constructor, which every other constructor must call, so the generator cannot add the constructor that restores it in the child; declare an ordinary constructor instead"));

    [Fact]
    public Task Subclass_of_a_class_that_is_not_generated_is_reported_with_the_base_reason() =>
        Verify.VerifyAsync(
            Usings + """
            public class {|#0:Base|} : Process
            {
            }

            public partial class {|#2:Middle|} : Base
            {
            }

            public sealed partial class {|#1:Derived|} : Middle
            {
                protected override void Run() { }
            }
            """,
            Expected("Base", "it is not partial, so the generator cannot add the code that carries its state to the child; declare it partial"),
            Expected("Middle", BaseNotPartial, location: 2),
            Expected("Derived", BaseNotPartial, location: 1));

    [Fact]
    public Task Subclass_of_an_abstract_partial_class_is_completed_and_reports_nothing() =>
        Verify.VerifyAsync(
            Usings + """
            public abstract partial class Stage : Process
            {
                protected string Label = "stage";
            }

            public sealed partial class Loader : Stage
            {
                protected override void Run() { }
            }
            """);

    [Fact]
    public Task Subclass_of_an_abstract_class_that_is_not_partial_is_reported_and_the_abstract_class_is_not() =>
        Verify.VerifyAsync(
            Usings + """
            public abstract class Stage : Process
            {
                protected string Label = "stage";
            }

            public sealed partial class {|#0:Loader|} : Stage
            {
                protected override void Run() { }
            }
            """,
            Expected(
                "Loader",
                "its base class 'Stage' is not completed by the generator, because 'Stage' is not partial, so this class cannot be restored "
                + "in the child either; make 'Stage' a class the generator completes, or derive this class from Process directly"));

    [Fact]
    public Task Subclass_of_a_referenced_class_built_without_the_generator_is_reported() =>
        Verify.VerifyWithLibraryAsync(
            Usings + """
            public sealed partial class {|#0:Worker|} : PlainBase
            {
                protected override void Run() { }
            }
            """,
            """
            public class PlainBase : Multiprocessing.Process
            {
            }
            """,
            Expected(
                "Worker",
                "its base class 'PlainBase' comes from the assembly 'Library', which was not built with the Multiprocessing generator "
                + "(the class has no restoring constructor), so this class cannot be restored in the child; derive from Process or "
                + "from a process class built with the generator"));

    [Fact]
    public Task Subclass_of_a_referenced_generated_class_reports_nothing() =>
        Verify.VerifyWithLibraryAsync(
            Usings + """
            public sealed partial class Worker : GeneratedBase
            {
                protected override void Run() { }
            }
            """,
            """
            public partial class GeneratedBase : Multiprocessing.Process
            {
                public GeneratedBase() { }

                // What the generator adds to a class it completes, and what a referencing assembly sees of it.
                protected GeneratedBase(Multiprocessing.Hosting.EntryInvocation invocation) { }
            }
            """);

    [Fact]
    public Task Location_is_the_declaration_that_names_the_base_class() =>
        Verify.VerifyAsync(
            Usings + """
            public partial class Worker<T>
            {
            }

            public partial class {|#0:Worker|}<T> : Process
            {
            }
            """,
            Expected("Worker<T>", "it is generic, and the child could not tell which type arguments to use; make it non-generic"));

    [Fact]
    public Task Classes_the_generator_completes_report_nothing() =>
        Verify.VerifyAsync(
            Usings + """
            public partial class Worker : Process
            {
                private int _count;

                public Worker(int count) => _count = count;

                protected override void Run() => _count++;
            }

            public sealed partial class Derived : Worker
            {
                public Derived() : base(1) { }
            }

            public partial class Pipeline
            {
                internal static partial class Stages
                {
                    protected internal sealed partial class Resizer : Process
                    {
                        protected override System.Threading.Tasks.Task RunAsync(System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
                    }
                }
            }

            public abstract partial class Stage : Process
            {
            }

            public abstract class NotPartialStage : Process
            {
            }

            public abstract class GenericStage<T> : Process
            {
            }

            public class NotAProcess : System.Exception
            {
            }
            """);

    [Fact]
    public Task Nothing_is_reported_without_the_runtime() =>
        Verify.VerifyAsync(
            """
            namespace Other
            {
                public class Process { }

                public class Worker : Process { }
            }
            """,
            withRuntime: false);

    [Fact]
    public Task Generated_code_is_not_analyzed() =>
        Verify.VerifyAsync(
            """
            // <auto-generated/>
            using Multiprocessing;

            public class Worker : Process
            {
            }
            """);

    private const string BaseNotPartial =
        "its base class 'Base' is not completed by the generator, because 'Base' is not partial, so this class cannot be restored "
        + "in the child either; make 'Base' a class the generator completes, or derive this class from Process directly";
}
