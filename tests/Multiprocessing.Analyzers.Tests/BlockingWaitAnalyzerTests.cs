using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.BlockingWaitAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0009: blocking waits on the runtime's types inside async functions, where an await form exists.</summary>
public sealed class BlockingWaitAnalyzerTests
{
    private const string Worker =
        """

        static class Worker
        {
            [ProcessEntry] public static int Square(int x) => x * x;
        }
        """;

    private static DiagnosticResult Expected(string wait, string awaitForm, int location = 0) =>
        Verify.Diagnostic(DiagnosticDescriptors.BlockingWaitInAsync).WithLocation(location).WithArguments(wait, awaitForm);

    private static Task VerifyMethodAsync(string body, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            $$"""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Jobs
            {
                public static async Task<int> RunAsync(ProcessLock gate, ProcessEvent ready)
                {
                    await Task.Yield();
                    var p = Process.Create(Worker.Square, 7);
                    p.Start();
                    {{body}}
                    return 0;
                }
            }
            """ + Worker,
            expected);

    [Fact]
    public Task Join_is_reported_with_its_await_form() =>
        VerifyMethodAsync("{|#0:p.Join()|};", Expected("p.Join()", "await p.JoinAsync()"));

    [Fact]
    public Task Join_with_a_timeout_keeps_its_argument() =>
        VerifyMethodAsync(
            "bool done = {|#0:p.Join(TimeSpan.FromSeconds(5))|};",
            Expected("p.Join(TimeSpan.FromSeconds(5))", "await p.JoinAsync(TimeSpan.FromSeconds(5))"));

    [Fact]
    public Task The_result_of_a_process_is_reported() =>
        VerifyMethodAsync("int r = {|#0:p.Result.Result|};", Expected("p.Result.Result", "await p.Result"));

    [Fact]
    public Task Waiting_on_the_completion_is_reported() =>
        VerifyMethodAsync("{|#0:p.Completion.Wait()|};", Expected("p.Completion.Wait()", "await p.Completion"));

    [Fact]
    public Task Locks_and_events_are_reported() =>
        VerifyMethodAsync(
            "{|#0:gate.Acquire()|}; gate.Release(); {|#1:ready.Wait()|};",
            Expected("gate.Acquire()", "await gate.AcquireAsync()"),
            Expected("ready.Wait()", "await ready.WaitAsync()", location: 1));

    [Fact]
    public Task Queues_are_reported_with_their_async_forms() =>
        VerifyMethodAsync(
            """
            using var queue = new ProcessQueue<int>();
                    {|#0:queue.Put(1)|};
                    int item = {|#1:queue.Get(TimeSpan.FromSeconds(1))|};
            """,
            Expected("queue.Put(1)", "await queue.PutAsync(1)"),
            Expected("queue.Get(TimeSpan.FromSeconds(1))", "await queue.GetAsync(TimeSpan.FromSeconds(1))", location: 1));

    [Fact]
    public Task Async_lambdas_are_checked_and_sync_lambdas_inside_async_methods_are_not() =>
        VerifyMethodAsync(
            """
            Func<Task> later = async () => { await Task.Yield(); {|#0:p.Join()|}; };
                    Action now = () => p.Join();
            """,
            Expected("p.Join()", "await p.JoinAsync()"));

    [Fact]
    public Task Synchronous_methods_awaits_and_methods_without_an_async_form_are_fine() =>
        Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Jobs
            {
                public static int Run()
                {
                    var p = Process.Create(Worker.Square, 7);
                    p.Start();
                    p.Join();
                    return p.Result.Result;
                }

                public static async Task<int> RunAsync()
                {
                    var p = Process.Create(Worker.Square, 7);
                    p.Start();
                    await p.JoinAsync();
                    p.Terminate();
                    var other = Task.FromResult(1);
                    return await p.Result + other.Result;
                }
            }
            """ + Worker);

    [Fact]
    public Task The_entry_point_may_block() =>
        Verify.VerifyProgramAsync(
            """
            using System.Threading.Tasks;
            using Multiprocessing;

            ProcessGuard.Enter();
            await Task.Yield();
            var p = Process.Create(Worker.Square, 7);
            p.Start();
            p.Join();
            """ + Worker);
}
