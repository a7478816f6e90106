using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.ProcessGuardAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// MP0006 (processes started before the guard), MP0007 (side effects before the guard) and MP0010 (the guard
/// elsewhere than as a statement of the entry point), on programs compiled as console applications.
/// </summary>
public sealed class ProcessGuardAnalyzerTests
{
    private const string Worker =
        """

        static class Worker
        {
            [ProcessEntry] public static void Run() { }
        }
        """;

    private static DiagnosticResult MissingGuard(string what) =>
        Verify.Diagnostic(DiagnosticDescriptors.MissingGuard).WithLocation(0).WithArguments(what);

    private static DiagnosticResult SideEffect(string what) =>
        Verify.Diagnostic(DiagnosticDescriptors.SideEffectBeforeGuard).WithLocation(0).WithLocation(1).WithArguments(what);

    private static DiagnosticResult Misplaced(string where, int location = 0) =>
        Verify.Diagnostic(DiagnosticDescriptors.MisplacedGuard).WithLocation(location).WithArguments(where);

    [Fact]
    public Task Top_level_statements_that_create_a_process_without_the_guard_are_reported_on_the_call() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            var p = {|#0:Process.Create(Worker.Run)|};
            p.Start();
            p.Join();
            """ + Worker,
            MissingGuard("creates a process with 'Process.Create'"));

    [Fact]
    public Task Keeping_children_warm_before_the_guard_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            {|#0:Process.KeepWarm(2)|};
            {|#1:ProcessGuard.Enter();|}
            Process.Create(Worker.Run).Start();
            """ + Worker,
            MissingGuard("starts processes ahead with 'Process.KeepWarm'").WithLocation(1));

    [Fact]
    public Task The_message_says_what_to_do_and_names_the_python_idiom() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            {|#0:Process.Create(Worker.Run).Start()|};
            """ + Worker,
            new DiagnosticResult(DiagnosticDescriptors.MissingGuard).WithLocation(0).WithMessage(
                "The program's entry point starts a process with 'Process.Start()' without calling ProcessGuard.Enter() first; a child "
                + "process is this program started again, so call ProcessGuard.Enter() as the first statement of the entry point "
                + "(Python: if __name__ == \"__main__\":)"));

    [Fact]
    public Task Main_that_starts_a_subclass_without_the_guard_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            public static class Program
            {
                public static void Main()
                {
                    var greeter = new Greeter();
                    {|#0:greeter.Start()|};
                }
            }

            public partial class Greeter : Process
            {
                protected override void Run() { }
            }
            """,
            MissingGuard("starts a process with 'Greeter.Start()'"));

    [Fact]
    public Task Async_main_is_checked_too() =>
        Verify.VerifyProgramAsync(
            """
            using System.Threading.Tasks;
            using Multiprocessing;

            public static class Program
            {
                public static async Task Main()
                {
                    await Task.Yield();
                    {|#0:Process.Create(Worker.Run).Start()|};
                }
            }
            """ + Worker,
            MissingGuard("starts a process with 'Process.Start()'"));

    [Fact]
    public Task A_call_to_a_method_that_starts_processes_is_reported_with_the_path() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            {|#0:Launcher.Launch(4)|};

            static class Launcher
            {
                public static void Launch(int count)
                {
                    for (int i = 0; i < count; i++) StartOne();
                }

                private static void StartOne() => Process.Create(Worker.Run).Start();
            }
            """ + Worker,
            MissingGuard("calls 'Launcher.Launch', which calls 'Launcher.StartOne', which starts a process with 'Process.Start()'"));

    [Fact]
    public Task Calls_are_followed_three_deep_and_no_deeper() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            A.One();
            {|#0:A.Two()|};

            static class A
            {
                public static void One() => B();
                public static void Two() => C();
                private static void B() => C();
                private static void C() => D();
                private static void D() => Process.Create(Worker.Run).Start();
            }
            """ + Worker,
            MissingGuard("calls 'A.Two', which calls 'A.C', which calls 'A.D', which starts a process with 'Process.Start()'"));

    [Fact]
    public Task Starting_processes_before_the_guard_is_reported_even_when_the_guard_comes_later() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            {|#0:Process.Create(Worker.Run).Start()|};
            {|#1:ProcessGuard.Enter();|}
            """ + Worker,
            MissingGuard("starts a process with 'Process.Start()'").WithLocation(1));

    [Fact]
    public Task Lambdas_in_the_entry_point_count() =>
        Verify.VerifyProgramAsync(
            """
            using System.Linq;
            using Multiprocessing;

            var all = Enumerable.Range(0, 4).Select(_ => {|#0:Process.Create(Worker.Run)|}).ToList();
            """ + Worker,
            MissingGuard("creates a process with 'Process.Create'"));

    [Fact]
    public Task Creating_a_queue_before_the_guard_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            using var queue = {|#0:new ProcessQueue<int>()|};
            {|#1:ProcessGuard.Enter();|}
            """,
            MissingGuard("creates a 'ProcessQueue<int>'").WithLocation(1));

    [Fact]
    public Task A_pipe_made_through_its_static_factory_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            var (parent, child) = {|#0:Pipe.Create()|};
            """,
            MissingGuard("calls 'Pipe.Create'"));

    [Fact]
    public Task The_guard_first_is_clean() =>
        Verify.VerifyProgramAsync(
            """
            using System;
            using Multiprocessing;

            ProcessGuard.Enter();
            Console.WriteLine("parent");
            var p = Process.Create(Worker.Run);
            p.Start();
            p.Join();
            Launcher.Launch();

            static class Launcher
            {
                public static void Launch() => Process.Create(Worker.Run).Start();
            }
            """ + Worker);

    [Fact]
    public Task Declarations_and_local_computations_before_the_guard_are_fine() =>
        Verify.VerifyProgramAsync(
            """
            using System;
            using System.Collections.Generic;
            using Multiprocessing;

            const int Count = 4;
            var names = new List<string>();
            int total = Count * 2 + Math.Max(1, Count);
            string label = $"run {total}";
            names.Add(label);
            ProcessGuard.Enter();
            Console.WriteLine(label);
            Process.Create(Worker.Run).Start();
            """ + Worker);

    [Fact]
    public Task A_program_that_starts_no_processes_needs_no_guard() =>
        Verify.VerifyProgramAsync(
            """
            using System;

            Console.WriteLine("hello");
            """);

    [Fact]
    public Task A_library_has_no_entry_point_to_check() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public static class Library
            {
                public static void Main() => Process.Create(Worker.Run).Start();
            }
            """ + Worker);

    [Fact]
    public Task Console_output_before_the_guard_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using System;
            using Multiprocessing;

            {|#0:Console.WriteLine("starting");|}
            {|#1:ProcessGuard.Enter();|}
            """,
            SideEffect("uses the console ('Console.WriteLine')"));

    [Fact]
    public Task Only_the_first_side_effect_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using System.IO;
            using Multiprocessing;

            int size = 10;
            {|#0:using var log = new StreamWriter("log.txt");|}
            log.WriteLine(size);
            {|#1:ProcessGuard.Enter();|}
            """,
            SideEffect("opens a file ('new StreamWriter')"));

    [Theory]
    [InlineData("new System.Threading.Thread(() => { }).Start();", "starts a thread ('Thread.Start')")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });", "starts work on the thread pool ('Task.Run')")]
    [InlineData("var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 5000);", "opens a listening socket ('new TcpListener')")]
    [InlineData("System.IO.File.WriteAllText(\"out.txt\", \"x\");", "uses the file system ('File.WriteAllText')")]
    [InlineData("System.Diagnostics.Process.Start(\"ls\");", "starts another program ('Process.Start')")]
    public Task Each_kind_of_side_effect_is_named(string statement, string what) =>
        Verify.VerifyProgramAsync(
            "using Multiprocessing;\n\n{|#0:" + statement + "|}\n{|#1:ProcessGuard.Enter();|}\n",
            SideEffect(what));

    [Fact]
    public Task Side_effects_in_a_called_method_are_found() =>
        Verify.VerifyProgramAsync(
            """
            using System;
            using Multiprocessing;

            {|#0:Banner.Print();|}
            {|#1:ProcessGuard.Enter();|}

            static class Banner
            {
                public static void Print() => Console.WriteLine("== demo ==");
            }
            """,
            SideEffect("calls 'Banner.Print', which uses the console ('Console.WriteLine')"));

    [Fact]
    public Task Side_effects_after_the_guard_are_fine() =>
        Verify.VerifyProgramAsync(
            """
            using System;
            using Multiprocessing;

            ProcessGuard.Enter();
            Console.WriteLine("parent only");
            """);

    [Fact]
    public Task Guard_in_another_method_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            Setup.Init();

            static class Setup
            {
                public static void Init() => {|#0:ProcessGuard.Enter()|};
            }
            """,
            Misplaced("in 'Setup.Init()', which is not the program's entry point"));

    [Fact]
    public Task Guard_inside_a_condition_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            if (args.Length > 0)
            {
                {|#0:ProcessGuard.Enter()|};
            }
            """,
            Misplaced("inside a nested statement of the entry point (a condition, loop, block or try), which may skip it or run it late"));

    [Fact]
    public Task Guard_inside_a_lambda_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using System;
            using Multiprocessing;

            Action enter = () => {|#0:ProcessGuard.Enter()|};
            enter();
            """,
            Misplaced("inside a lambda or local function of the entry point, which may run late or not at all"));

    [Fact]
    public Task A_second_guard_is_reported() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            ProcessGuard.Enter();
            {|#0:ProcessGuard.Enter()|};
            """,
            Misplaced("a second time in the entry point"));

    [Fact]
    public Task Guard_in_a_library_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            public static class Plugin
            {
                public static void Load() => {|#0:ProcessGuard.Enter()|};
            }
            """,
            Misplaced("in 'Plugin.Load()', which is not the program's entry point"));

    [Fact]
    public Task Guard_first_in_main_is_clean() =>
        Verify.VerifyProgramAsync(
            """
            using Multiprocessing;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    ProcessGuard.Enter();
                    Process.Create(Worker.Run).Start();
                }
            }
            """ + Worker);
}
