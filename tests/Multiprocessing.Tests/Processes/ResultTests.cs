namespace Multiprocessing.Tests.Processes;

public sealed class ResultTests
{
    [Fact]
    public async Task An_entry_returns_its_value_to_the_parent()
    {
        var p = Process.Create(TestEntries.Square, 7);
        p.Start();
        Assert.Equal(49, await p.Result);
        p.Join();
        Assert.Equal(0, p.ExitCode);
        await p.Completion;
    }

    [Fact]
    public async Task User_types_and_collections_travel_both_ways()
    {
        var order = new Order("ada", [1, 2, 3], new() { ["tea"] = 1.5m, ["cake"] = 2.25m });
        var p = Process.Create(TestEntries.Describe, order, 10);
        p.Start();
        Assert.Equal("ada:60:3.75", await p.Result);
    }

    [Fact]
    public async Task Asynchronous_entries_are_awaited_in_the_child()
    {
        var square = Process.Create(TestEntries.SquareLaterAsync, 12);
        var echo = Process.Create(TestEntries.EchoAsync, "héllo ✓");
        square.Start();
        echo.Start();
        Assert.Equal(144, await square.Result);
        Assert.Equal("héllo ✓", await echo.Result);
    }

    [Fact]
    public async Task A_void_entry_completes_and_its_side_effects_are_visible()
    {
        using var temp = new TempDirectory();
        var p = Process.Create(TestEntries.WriteFileAsync, temp.File("out.txt"), "written by a child");
        p.Start();
        await p.JoinAsync();
        await p.Completion;
        Assert.Equal(0, p.ExitCode);
        Assert.Equal("written by a child", File.ReadAllText(temp.File("out.txt")));
    }

    [Fact]
    public async Task An_exception_in_the_child_is_rethrown_with_its_remote_type_message_and_stack()
    {
        var p = Process.Create(TestEntries.Throw, "boom");
        p.Start();
        var exception = await Assert.ThrowsAsync<RemoteException>(() => p.Result);
        Assert.Equal("System.InvalidOperationException", exception.RemoteTypeName);
        Assert.Equal("boom", exception.RemoteMessage);
        Assert.Contains(nameof(TestEntries.Throw), exception.RemoteStackTrace);
        Assert.Equal(p.Name, exception.ProcessName);
        Assert.Same(exception, await Assert.ThrowsAsync<RemoteException>(() => p.Completion));
        p.Join();
        Assert.Equal(1, p.ExitCode);
    }

    [Fact]
    public async Task An_explicit_exit_sets_the_exit_code_and_fails_the_result()
    {
        var p = Process.Create(TestEntries.ExitWith, 3);
        p.Start();
        p.Join();
        Assert.Equal(3, p.ExitCode);
        var exception = await Assert.ThrowsAsync<ProcessExitedException>(() => p.Completion);
        Assert.Equal(3, exception.ExitCode);
        Assert.Contains("exited with code 3", exception.Message);
    }

    [Fact]
    public async Task A_child_can_start_its_own_child()
    {
        var p = Process.Create(TestEntries.StartGrandchild);
        p.Start();
        Assert.Equal("started", await p.Result);
    }

    [Fact]
    public async Task The_child_inherits_the_environment_and_working_directory_but_not_the_runtimes_own_variable_or_standard_input()
    {
        string variable = "MP_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "inherited value");

        // Give this process a standard input with a line waiting, which a child that shared it would read.
        using var input = StandardInput.Replace("the parent's input\n");
        try
        {
            var p = Process.Create(TestEntries.Surroundings, variable);
            p.Start();
            Assert.Equal(["inherited value", Environment.CurrentDirectory, "<unset>", "<end of input>"], await p.Result);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task The_child_knows_its_name_and_its_parent()
    {
        var p = Process.Create(TestEntries.WhoAmI);
        p.Name = "worker-7";
        p.Start();
        var who = await p.Result;
        Assert.Equal(["worker-7", p.Pid.ToString()!, Environment.ProcessId.ToString(), "MainProcess", "False"], who);
    }
}
