using Microsoft.CodeAnalysis.Testing;
using Multiprocessing.CodeFixes;
using Xunit;
using AwaitFix = Multiprocessing.Analyzers.Tests.Verification.CodeFixVerifier<Multiprocessing.Analyzers.BlockingWaitAnalyzer, Multiprocessing.CodeFixes.AwaitFormCodeFix>;
using GuardFix = Multiprocessing.Analyzers.Tests.Verification.CodeFixVerifier<Multiprocessing.Analyzers.ProcessGuardAnalyzer, Multiprocessing.CodeFixes.GuardFirstCodeFix>;
using PartialFix = Multiprocessing.Analyzers.Tests.Verification.CodeFixVerifier<Multiprocessing.Analyzers.ProcessSubclassAnalyzer, Multiprocessing.CodeFixes.AddPartialCodeFix>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>Each code fix, before and after: the fixed code compiles and has no diagnostic left.</summary>
public sealed class CodeFixTests
{
    private const string Worker =
        """

        static class Worker
        {
            [ProcessEntry] public static int Square(int x) => x * x;
        }
        """;

    [Fact]
    public Task Missing_guard_is_inserted_as_the_first_top_level_statement() =>
        GuardFix.VerifyProgramAsync(
            """
            using Multiprocessing;

            // square in a child
            var p = {|MP0006:Process.Create(Worker.Square, 7)|};
            p.Start();
            """ + Worker,
            """
            using Multiprocessing;

            ProcessGuard.Enter();
            // square in a child
            var p = Process.Create(Worker.Square, 7);
            p.Start();
            """ + Worker);

    [Fact]
    public Task Missing_guard_is_inserted_as_the_first_statement_of_main_qualified_without_a_using() =>
        GuardFix.VerifyProgramAsync(
            """
            public static class Program
            {
                public static void Main()
                {
                    int x = 7;
                    {|MP0006:Multiprocessing.Process.Create(Worker.Square, x).Start()|};
                }
            }

            static class Worker
            {
                [Multiprocessing.ProcessEntry] public static int Square(int x) => x * x;
            }
            """,
            """
            public static class Program
            {
                public static void Main()
                {
                    Multiprocessing.ProcessGuard.Enter();
                    int x = 7;
                    Multiprocessing.Process.Create(Worker.Square, x).Start();
                }
            }

            static class Worker
            {
                [Multiprocessing.ProcessEntry] public static int Square(int x) => x * x;
            }
            """);

    [Fact]
    public Task A_late_guard_is_moved_above_the_side_effect() =>
        GuardFix.VerifyProgramAsync(
            """
            using System;
            using Multiprocessing;

            {|MP0007:Console.WriteLine("starting");|}
            ProcessGuard.Enter(); // Python: if __name__ == "__main__":
            Console.WriteLine("parent");
            """,
            """
            using System;
            using Multiprocessing;

            ProcessGuard.Enter(); // Python: if __name__ == "__main__":
            Console.WriteLine("starting");
            Console.WriteLine("parent");
            """);

    [Fact]
    public Task A_late_guard_in_main_is_moved_with_the_indentation_kept() =>
        GuardFix.VerifyProgramAsync(
            """
            using Multiprocessing;

            public static class Program
            {
                public static void Main()
                {
                    {|MP0006:Process.Create(Worker.Square, 7).Start()|};
                    ProcessGuard.Enter();
                }
            }
            """ + Worker,
            """
            using Multiprocessing;

            public static class Program
            {
                public static void Main()
                {
                    ProcessGuard.Enter();
                    Process.Create(Worker.Square, 7).Start();
                }
            }
            """ + Worker);

    [Fact]
    public Task A_class_that_is_not_partial_is_declared_partial() =>
        PartialFix.VerifyAsync(
            """
            using Multiprocessing;

            public sealed class {|MP0005:Greeter|} : Process
            {
                protected override void Run() { }
            }

            class {|MP0005:Plain|} : Process
            {
                protected override void Run() { }
            }
            """,
            """
            using Multiprocessing;

            public sealed partial class Greeter : Process
            {
                protected override void Run() { }
            }

            partial class Plain : Process
            {
                protected override void Run() { }
            }
            """);

    [Fact]
    public Task The_containing_types_are_declared_partial_too() =>
        PartialFix.VerifyAsync(
            """
            using Multiprocessing;

            public static class Outer
            {
                public class {|MP0005:Greeter|} : Process
                {
                    protected override void Run() { }
                }
            }
            """,
            """
            using Multiprocessing;

            public static partial class Outer
            {
                public partial class Greeter : Process
                {
                    protected override void Run() { }
                }
            }
            """);

    [Fact]
    public Task Problems_that_need_a_decision_get_no_fix() =>
        PartialFix.VerifyAsync(
            """
            using Multiprocessing;

            public partial class {|MP0005:Greeter|}<T> : Process
            {
                protected override void Run() { }
            }
            """,
            """
            using Multiprocessing;

            public partial class {|MP0005:Greeter|}<T> : Process
            {
                protected override void Run() { }
            }
            """);

    [Fact]
    public Task Blocking_waits_become_awaits() =>
        AwaitFix.VerifyAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Jobs
            {
                public static async Task<string> RunAsync()
                {
                    var p = Process.Create(Worker.Square, 7);
                    p.Start();
                    {|MP0009:p.Join()|};
                    string done = {|MP0009:p.Join(TimeSpan.FromSeconds(5))|}.ToString();
                    {|MP0009:p.Completion.Wait()|};
                    return done + {|MP0009:p.Result.Result|};
                }
            }
            """ + Worker,
            """
            using System;
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Jobs
            {
                public static async Task<string> RunAsync()
                {
                    var p = Process.Create(Worker.Square, 7);
                    p.Start();
                    await p.JoinAsync();
                    string done = (await p.JoinAsync(TimeSpan.FromSeconds(5))).ToString();
                    await p.Completion;
                    return done + await p.Result;
                }
            }
            """ + Worker);

    [Fact]
    public void Fixes_are_offered_for_the_ids_they_fix() =>
        Assert.Equal(
            [DiagnosticDescriptors.SubclassNotGeneratedId, DiagnosticDescriptors.MissingGuardId, DiagnosticDescriptors.SideEffectBeforeGuardId, DiagnosticDescriptors.BlockingWaitInAsyncId],
            new AddPartialCodeFix().FixableDiagnosticIds.Concat(new GuardFirstCodeFix().FixableDiagnosticIds).Concat(new AwaitFormCodeFix().FixableDiagnosticIds));
}
