namespace Multiprocessing.Tests.Processes;

public sealed class LifecycleTests
{
    [Fact]
    public void Terminate_ends_the_child_with_minus_sigterm()
    {
        var p = Process.Create(TestEntries.SleepForever);
        p.Start();
        Assert.True(p.IsAlive);
        p.Terminate();
        p.Join();
        Assert.Equal(-15, p.ExitCode);
        Assert.False(p.IsAlive);
    }

    [Fact]
    public async Task Terminate_cancels_the_token_of_an_entry_that_takes_one_so_it_can_clean_up()
    {
        using var temp = new TempDirectory();
        string marker = temp.File("marker");
        var p = Process.Create(TestEntries.WaitForTerminateAsync, marker);
        p.Start();
        Assert.True(Os.Eventually(() => File.Exists(marker), TimeSpan.FromSeconds(10)), "the child never started");
        p.Terminate();
        Assert.True(p.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(-15, p.ExitCode);
        Assert.Equal("cleaned up", File.ReadAllText(marker));
        Assert.Equal("stopped", await p.Result);
    }

    [Fact]
    public async Task An_entry_that_ends_by_throwing_on_its_cancelled_token_is_stopped_not_failed()
    {
        using var temp = new TempDirectory();
        string marker = temp.File("marker");
        var p = Process.Create(TestEntries.CancelByThrowingAsync, marker);
        p.Start();
        Assert.True(Os.Eventually(() => File.Exists(marker), TimeSpan.FromSeconds(20)), "the child never started");
        p.Terminate();
        Assert.True(p.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(-15, p.ExitCode);
        var exception = await Assert.ThrowsAsync<ProcessExitedException>(() => p.Result);
        Assert.Contains("SIGTERM", exception.Message);
    }

    [Fact]
    public void An_entry_that_ignores_its_token_still_ends_after_the_grace_period()
    {
        using var temp = new TempDirectory();
        string marker = temp.File("marker");
        var p = Process.Create(TestEntries.IgnoreTerminate, marker);
        p.Start();
        Assert.True(Os.Eventually(() => File.Exists(marker), TimeSpan.FromSeconds(20)), "the child never started");
        p.Terminate();
        Assert.True(p.Join(Hosting.EntryInvocation.TerminationGracePeriod + TimeSpan.FromSeconds(10)), "Terminate never ended a child that ignores its token");
        Assert.Equal(-15, p.ExitCode);
    }

    [Fact]
    public async Task Kill_ends_the_child_with_minus_sigkill_and_fails_the_result()
    {
        var p = Process.Create(TestEntries.SleepForever);
        p.Start();
        p.Kill();
        p.Join();
        Assert.Equal(-9, p.ExitCode);
        var exception = await Assert.ThrowsAsync<ProcessExitedException>(() => p.Completion);
        Assert.Contains("SIGKILL", exception.Message);
    }

    [Fact]
    public async Task Join_with_a_timeout_returns_false_while_the_child_runs()
    {
        var p = Process.Create(TestEntries.SleepForever);
        p.Start();
        Assert.False(p.Join(TimeSpan.FromMilliseconds(50)));
        Assert.False(await p.JoinAsync(TimeSpan.FromMilliseconds(50)));
        Assert.True(p.IsAlive);
        Assert.Null(p.ExitCode);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => p.JoinAsync(cancellation.Token));
        p.Kill();
        Assert.True(p.Join(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Sentinels_can_be_waited_on_together()
    {
        var sleeper = Process.Create(TestEntries.SleepForever);
        var quick = Process.Create(TestEntries.Noop);
        sleeper.Start();
        quick.Start();
        int first = WaitHandle.WaitAny([sleeper.Sentinel, quick.Sentinel], TimeSpan.FromSeconds(20));
        Assert.Equal(1, first);
        sleeper.Kill();
        Assert.True(sleeper.Sentinel.WaitOne(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_joined_child_leaves_no_zombie()
    {
        var p = Process.Create(TestEntries.Noop);
        p.Start();
        p.Join();
        Assert.False(Os.Exists(p.Pid!.Value), $"pid {p.Pid} is still in /proc after Join");
    }

    [Fact]
    public void Active_children_lists_running_children_only()
    {
        var p = Process.Create(TestEntries.SleepForever);
        p.Start();
        Assert.Contains(p, Process.GetActiveChildren());
        p.Kill();
        p.Join();
        Assert.True(Os.Eventually(() => !Process.GetActiveChildren().Contains(p), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Names_default_to_process_n_and_pids_are_null_before_start()
    {
        var first = Process.Create(TestEntries.Noop);
        var second = Process.Create(TestEntries.Noop);
        Assert.Matches(@"^Process-\d+$", first.Name);
        Assert.NotEqual(first.Name, second.Name);
        Assert.Null(first.Pid);
        Assert.Null(first.ExitCode);
        Assert.False(first.IsAlive);
        Assert.Equal("MainProcess", Process.Current.Name);
        Assert.Null(Process.Parent);
        Assert.Equal(Environment.ProcessorCount, Process.CpuCount);
    }

    [Fact]
    public void The_parent_dying_by_sigkill_takes_its_children_with_it()
    {
        using var temp = new TempDirectory();
        string pidFile = temp.File("grandchild.pid");
        var child = Process.Create(TestEntries.StartSleepingGrandchild, pidFile);
        child.Start();
        Assert.True(Os.Eventually(() => File.Exists(pidFile) && File.ReadAllText(pidFile).Length > 0, TimeSpan.FromSeconds(20)), "the grandchild never started");
        int grandchild = int.Parse(File.ReadAllText(pidFile));
        Assert.True(Os.IsRunning(grandchild));

        child.Kill();
        child.Join();
        // The grandchild sleeps forever, so only the parent-death signal can end it; the cap is generous because a
        // loaded machine may take a while to schedule the kill (speed belongs in benchmarks, not here).
        Assert.True(Os.Eventually(() => !Os.IsRunning(grandchild), TimeSpan.FromSeconds(15)), $"grandchild {grandchild} outlived its parent by 15 seconds");
    }
}
