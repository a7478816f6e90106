using System.Net;
using System.Net.Sockets;
using System.Text;
using Multiprocessing.Launching;

namespace Multiprocessing.Tests.Processes;

/// <summary>Process-wide start settings: tests that change them run alone, so no other test's children are affected.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StartSettingsCollection
{
    public const string Name = "Process-wide start settings";
}

[Collection(StartSettingsCollection.Name)]
public sealed class WarmChildrenTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);
    private static readonly string TestAssembly = typeof(TestEntries).Assembly.GetName().Name!;

    [Fact]
    public async Task Started_calls_go_to_waiting_children_with_their_arguments_handles_results_and_exit_codes()
    {
        Process.KeepWarm(3);
        try
        {
            // The first start of this assembly's entries is an ordinary one; it starts the waiting children.
            using (var first = Process.Create(TestEntries.Square, 3))
            {
                first.Start();
                Assert.Equal(9, await first.Result.WaitAsync(Cap));
            }

            var waiting = await WaitForWaitingChildren(3);

            using var square = Process.Create(TestEntries.Square, 7);
            square.Start();
            Assert.Contains(square.Pid!.Value, waiting);
            Assert.Equal(49, await square.Result.WaitAsync(Cap));
            Assert.Equal(0, square.ExitCode);

            using var exits = Process.Create(TestEntries.ExitWith, 3);
            exits.Start();
            Assert.Contains(exits.Pid!.Value, waiting);
            await exits.JoinAsync().WaitAsync(Cap);
            Assert.Equal(3, exits.ExitCode);

            using var sleeper = Process.Create(TestEntries.SleepForever);
            sleeper.Start();
            Assert.Contains(sleeper.Pid!.Value, waiting);
            sleeper.Terminate();
            await sleeper.JoinAsync().WaitAsync(Cap);
            Assert.Equal(-15, sleeper.ExitCode);

            // A handle travels too: the waiting child gets the accepted socket after it started.
            waiting = await WaitForWaitingChildren(3);
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen(1);
            using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await client.ConnectAsync(listener.LocalEndPoint!);
            using var echo = Process.Create(SocketEntries.Echo, await listener.AcceptAsync());
            echo.Start();
            Assert.Contains(echo.Pid!.Value, waiting);

            using var stream = new NetworkStream(client);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            Assert.Equal($"hello from pid {echo.Pid}", await reader.ReadLineAsync().WaitAsync(Cap));
            await stream.WriteAsync(Encoding.UTF8.GetBytes("warm\n"));
            Assert.Equal("warm", await reader.ReadLineAsync().WaitAsync(Cap));
            client.Shutdown(SocketShutdown.Send);
            Assert.Equal("warm\n".Length, await echo.Result.WaitAsync(Cap));
        }
        finally
        {
            Process.KeepWarm(0);
        }
    }

    [Fact]
    public async Task Turning_warm_children_off_ends_the_waiting_ones_and_starts_go_back_to_new_processes()
    {
        Process.KeepWarm(2);
        IReadOnlyList<int> waiting;
        try
        {
            using var first = Process.Create(TestEntries.Noop);
            first.Start();
            await first.JoinAsync().WaitAsync(Cap);
            waiting = await WaitForWaitingChildren(2);
        }
        finally
        {
            Process.KeepWarm(0);
        }

        Assert.Empty(WarmChildren.WaitingPids(TestAssembly));
        foreach (int pid in waiting)
        {
            Assert.True(Os.Eventually(() => !Os.IsRunning(pid), Cap), $"the waiting child {pid} did not end");
        }

        using var cold = Process.Create(TestEntries.Square, 5);
        cold.Start();
        Assert.DoesNotContain(cold.Pid!.Value, waiting);
        Assert.Equal(25, await cold.Result.WaitAsync(Cap));
    }

    [Fact]
    public void A_count_out_of_range_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Process.KeepWarm(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Process.KeepWarm(65));
    }

    private static async Task<IReadOnlyList<int>> WaitForWaitingChildren(int count)
    {
        var deadline = DateTime.UtcNow + Cap;
        while (WarmChildren.WaitingPids(TestAssembly).Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} children were waiting after {Cap.TotalSeconds} s");
            await Task.Delay(20);
        }

        return WarmChildren.WaitingPids(TestAssembly);
    }
}
