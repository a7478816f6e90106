using Multiprocessing.Hosting;

namespace Multiprocessing.Tests.Processes;

public sealed class MisuseTests
{
    [Fact]
    public void Starting_twice_is_refused()
    {
        var p = Process.Create(TestEntries.Noop);
        p.Start();
        var exception = Assert.Throws<InvalidOperationException>(p.Start);
        Assert.Contains("already been started", exception.Message);
        p.Join();
    }

    [Fact]
    public void Joining_an_unstarted_process_is_refused()
    {
        var p = Process.Create(TestEntries.Noop);
        var exception = Assert.Throws<InvalidOperationException>(() => p.Join());
        Assert.Contains("has not been started", exception.Message);
        Assert.Throws<InvalidOperationException>(p.Terminate);
    }

    [Fact]
    public void Daemon_cannot_change_after_start_and_close_refuses_a_running_process()
    {
        var p = Process.Create(TestEntries.SleepForever);
        p.Start();
        Assert.Throws<InvalidOperationException>(() => p.Daemon = true);
        Assert.Throws<InvalidOperationException>(p.Close);
        p.Kill();
        p.Join();
        p.Close();
        Assert.Throws<ObjectDisposedException>(() => p.Join());
        Assert.Throws<ObjectDisposedException>(() => p.IsAlive);
        var closed = Assert.Throws<ObjectDisposedException>(() => p.ExitCode);
        Assert.Contains($"Process {p.Name} is closed", closed.Message);
    }

    [Fact]
    public async Task A_daemonic_process_may_not_start_children()
    {
        var p = Process.Create(TestEntries.StartGrandchild);
        p.Daemon = true;
        p.Start();
        var exception = await Assert.ThrowsAsync<RemoteException>(() => p.Result);
        Assert.Equal("System.InvalidOperationException", exception.RemoteTypeName);
        Assert.Contains("daemonic processes are not allowed to have children", exception.RemoteMessage);
    }

    [Fact]
    public async Task A_daemon_knows_it_is_one()
    {
        var p = Process.Create(TestEntries.WhoAmI);
        p.Daemon = true;
        p.Start();
        Assert.Equal("True", (await p.Result)[4]);
    }

    [Fact]
    public async Task An_unknown_entry_id_ends_the_child_with_a_clear_report()
    {
        var call = new EntryCall(new EntryReference(0xDEADBEEF, "Multiprocessing.Tests", "Missing.Entry()"), new EntryArgumentWriter());
        var p = Process.FromEntry(call);
        p.Start();
        Assert.True(p.Join(TimeSpan.FromSeconds(20)));
        Assert.Equal(1, p.ExitCode);
        var exception = await Assert.ThrowsAsync<ProcessExitedException>(() => p.Completion);
        Assert.Contains("no entry 'Missing.Entry()'", exception.ChildReport);
        Assert.Contains("different builds", exception.ChildReport);
    }

    [Fact]
    public async Task A_truncated_argument_payload_ends_the_child_with_a_clear_report()
    {
        var arguments = new EntryArgumentWriter();
        arguments.Write((byte)7); // Square takes an int: four bytes, not one.
        var p = Process<int>.FromEntry(new EntryCall(SquareEntry(), arguments));
        p.Start();
        p.Join();
        Assert.Equal(1, p.ExitCode);
        var exception = await Assert.ThrowsAsync<ProcessExitedException>(() => p.Result);
        Assert.Contains("corrupted or truncated", exception.ChildReport);
    }

    [Fact]
    public async Task Extra_bytes_after_the_arguments_end_the_child_with_a_clear_report()
    {
        var arguments = new EntryArgumentWriter();
        arguments.Write(7);
        arguments.Write("left over");
        var p = Process<int>.FromEntry(new EntryCall(SquareEntry(), arguments));
        p.Start();
        p.Join();
        var exception = await Assert.ThrowsAsync<ProcessExitedException>(() => p.Result);
        Assert.Contains("unexpected bytes after its last argument", exception.ChildReport);
    }

    [Fact]
    public void A_target_the_generator_did_not_see_fails_with_an_explanation()
    {
        Func<int, int> target = TestEntries.Square;
#pragma warning disable MP0002 // The point of this test: the call escapes the generator.
        var exception = Assert.Throws<InvalidOperationException>(() => Process.Create(target, 1));
#pragma warning restore MP0002
        Assert.Contains("[ProcessEntry]", exception.Message);
    }

    // The entry the generator names for TestEntries.Square, taken from an intercepted call.
    private static EntryReference SquareEntry() => Process.Create(TestEntries.Square, 0).Call!.Entry;
}
