using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>The proxy members, manager factories and server dispatcher generated for <c>[Shared]</c> classes.</summary>
public sealed class SharedSnapshotTests
{
    [Fact]
    public void SharedAccountMembers() => Snapshot.Verify(
    [
        new("Account.cs", """
            #pragma warning disable CS1591 // the input's own public members
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Multiprocessing;

            namespace Bank;

            [Shared]
            public sealed class Account
            {
                public Account() { }

                public Account(string owner, decimal opening) { Owner = owner; Balance = opening; }

                public string Owner { get; set; } = "";

                public decimal Balance { get; private set; }

                public string? Note { get; set; }

                public int? Limit { get; init; }

                public void Deposit(decimal amount) => Balance += amount;

                public bool TryWithdraw(decimal amount) => amount <= Balance;

                public List<string> History(int last) => new();

                public async Task<decimal> WithdrawAsync(decimal amount, CancellationToken cancellationToken)
                {
                    await Task.Delay(1, cancellationToken);
                    return Balance -= amount;
                }

                public Task AuditAsync() => Task.CompletedTask;

                public ValueTask CloseAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

                public ValueTask<string> DescribeAsync() => ValueTask.FromResult(Owner);

                public Account Split(decimal amount) => new(Owner, amount);

                public Task<Account> SplitAsync(decimal amount) => Task.FromResult(Split(amount));

                public Account Partner => this;

                public static Account Open() => new();

                internal void Hidden() { }

                public override string ToString() => Owner;
            }
            """),
    ]);

    [Fact]
    public void SharedTypeShapes() => Snapshot.Verify(
    [
        new("Shapes.cs", """
            #pragma warning disable CS1591, CS0067 // the input's own public members, its unused event
            using System;
            using System.Threading.Tasks;
            using Multiprocessing;

            [Shared(ConcurrentCalls = true)]
            internal sealed class Gate
            {
                public void Open(int call, string proxy, string invocation, string target, string instance) { }

                public int Base() => 1;

                public T Generic<T>(T value) => value;

                public void ByReference(ref int value) { }

                public event EventHandler? Changed;

                public int this[int index] => index;

                public void Span(System.Span<int> values) { }

                public void Token(System.Threading.CancellationToken cancellationToken) { }
            }

            public static class Outer
            {
                [Shared]
                public class Inner : InnerBase
                {
                    public override int Base() => 2;
                }

                public class InnerBase
                {
                    public virtual int Base() => 1;

                    public int Inherited(int @class) => @class;
                }
            }
            """),
    ]);

    [Fact]
    public void InvalidSharedTypesGetNothing()
    {
        var output = GeneratorRunner.Run(new SourceFile("Invalid.cs", """
            #pragma warning disable CS1591 // the input's own public members
            using Multiprocessing;

            [Shared]
            public abstract class Abstract { }

            [Shared]
            public class Generic<T> { }

            public class Container
            {
                [Shared]
                private class Hidden { }
            }
            """));

        Assert.Empty(output.Sources);
        output.AssertCompilesCleanly();
    }

    [Fact]
    public void CreateWithGeneratedProxyArgument() => Snapshot.VerifyInterceptors(GeneratorRunner.RunOnInputUsingGeneratedMembers(
        new("Counter.cs", """
            #pragma warning disable CS1591 // the input's own public members
            using Multiprocessing;

            [Shared]
            public sealed class Counter
            {
                public int Add(int amount) => amount;
            }

            public static class Worker
            {
                [ProcessEntry]
                public static int Bump(Proxy<Counter> counter, int times) => counter.Add(times);

                [ProcessEntry]
                public static System.Threading.Tasks.Task<int> BumpAsync(Proxy<Counter> counter) => System.Threading.Tasks.Task.FromResult(counter.Add(1));
            }
            """),
        new("Program.cs", """
            using Multiprocessing;

            using var manager = Manager.Start();
            var counter = manager.CreateCounter();
            var bump = Process.Create(Worker.Bump, counter, 3);
            var bumpAsync = Process.Create(Worker.BumpAsync, counter);
            """)));
}
