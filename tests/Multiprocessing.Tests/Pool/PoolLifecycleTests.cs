using System.Runtime.InteropServices;

namespace Multiprocessing.Tests.Pool;

/// <summary>Workers that die, pools that are terminated or closed, workers that are recycled: nothing hangs, nothing is left behind.</summary>
public sealed class PoolLifecycleTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(20);

    [Fact]
    public void A_worker_killed_mid_task_fails_that_task_naming_the_worker_and_the_pool_keeps_serving()
    {
        using var temp = new TempDirectory();
        using var pool = new ProcessPool(2);
        string pidFile = temp.File("pid");
        var doomed = pool.ApplyAsync(PoolEntries.PidThenSleep, pidFile, 60_000);
        Assert.True(Os.Eventually(() => File.Exists(pidFile), Cap));
        int pid = int.Parse(File.ReadAllText(pidFile), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(0, Kill(pid, 9));

        // The task would sleep a minute: the cap only proves that the death, not the task, ended the wait.
        Assert.True(doomed.Wait(Cap));
        var exception = Assert.Throws<ProcessExitedException>(() => doomed.Get());
        Assert.Equal(-9, exception.ExitCode);
        Assert.Equal(pid, exception.Pid);
        Assert.StartsWith("PoolWorker-", exception.ProcessName);
        Assert.Contains("SIGKILL", exception.Message);

        // The pool replaced the worker and serves everything else.
        Assert.Equal(Enumerable.Range(0, 50).Select(x => x * x), pool.Map(PoolEntries.Square, Enumerable.Range(0, 50), chunkSize: 5));
        var pids = pool.Map(PoolEntries.ItemAndPid, Enumerable.Range(0, 20), chunkSize: 1).Select(r => r.Pid).ToHashSet();
        Assert.DoesNotContain(pid, pids);
    }

    [Fact]
    public async Task A_process_that_exits_with_its_pool_still_running_exits_cleanly()
    {
        // At exit the daemon workers are terminated, then joined, while the pool disposes each worker it sees end;
        // joining a worker the pool had disposed meanwhile used to crash the exit with an ObjectDisposedException.
        for (int run = 0; run < 3; run++)
        {
            using var owner = Process.Create(PoolEntries.LeavePoolRunning, 6);
            owner.Start();
            Assert.True(owner.Join(Cap));
            Assert.Equal(24, await owner.Result);
            Assert.Equal(0, owner.ExitCode);
        }
    }

    [Fact]
    public void A_crashing_task_fails_with_its_signal_and_the_tasks_queued_behind_it_still_run()
    {
        using var pool = new ProcessPool(1);
        var crash = pool.ApplyAsync(PoolEntries.KillSelf, 1);
        var after = Enumerable.Range(0, 10).Select(i => pool.ApplyAsync(PoolEntries.Square, i)).ToList();
        var exception = Assert.Throws<ProcessExitedException>(() => crash.Get(Cap));
        Assert.Equal(-6, exception.ExitCode);
        Assert.Equal(Enumerable.Range(0, 10).Select(x => x * x), after.Select(r => r.Get(Cap)));
    }

    [Fact]
    public async Task Terminate_during_a_long_map_returns_promptly_fails_the_map_and_stops_every_worker()
    {
        var pool = new ProcessPool(2);
        var workerPids = pool.Map(PoolEntries.ItemAndPid, Enumerable.Range(0, 40), chunkSize: 1).Select(r => r.Pid).Distinct().ToList();

        // About 50 seconds of work on two workers.
        var map = pool.StarmapAsync(PoolEntries.SleepThenReturn, Enumerable.Range(0, 100).Select(i => (1000, i)), chunkSize: 1);
        await Task.Delay(200);
        await Task.Run(pool.Terminate).WaitAsync(Cap);

        Assert.True(map.Wait(Cap));
        Assert.False(map.Successful);
        Assert.Throws<OperationCanceledException>(() => map.Get());
        Assert.All(workerPids, pid => Assert.False(Os.IsRunning(pid)));
        Assert.True(pool.Join(Cap));
        pool.Dispose();
    }

    [Fact]
    public void Disposing_terminates_like_leaving_pythons_with_block()
    {
        int pid;
        PoolResult<int> pending;
        using (var pool = new ProcessPool(1))
        {
            pid = pool.Apply(PoolEntries.Pid, 0);
            pending = pool.ApplyAsync(PoolEntries.SleepThenReturn, 60_000, 1);
        }

        Assert.True(pending.Wait(Cap));
        Assert.IsType<OperationCanceledException>(pending.Task.Exception!.InnerException);
        Assert.False(Os.IsRunning(pid));
    }

    [Fact]
    public async Task Close_then_join_waits_for_every_task_and_the_workers_exit()
    {
        await using var pool = new ProcessPool(2);
        var results = Enumerable.Range(0, 6).Select(i => pool.ApplyAsync(PoolEntries.SleepThenReturn, 100, i)).ToList();
        var pids = pool.Map(PoolEntries.ItemAndPid, Enumerable.Range(0, 20), chunkSize: 1).Select(r => r.Pid).Distinct().ToList();
        pool.Close();
        Assert.True(pool.Join(Cap));
        Assert.All(results, r => Assert.True(r.Ready));
        Assert.Equal(Enumerable.Range(0, 6), results.Select(r => r.Get()));
        Assert.All(pids, pid => Assert.False(Os.IsRunning(pid)));
    }

    [Fact]
    public void A_closed_or_terminated_pool_refuses_work_with_a_clear_exception()
    {
        var pool = new ProcessPool(1);
        Assert.Throws<InvalidOperationException>(() => pool.Join());
        pool.Close();
        var closed = Assert.Throws<InvalidOperationException>(() => pool.Apply(PoolEntries.Square, 2));
        Assert.Contains("closed", closed.Message);
        Assert.Throws<InvalidOperationException>(() => pool.Map(PoolEntries.Square, Array.Empty<int>()));
        pool.Terminate();
        var terminated = Assert.Throws<ObjectDisposedException>(() => pool.ApplyAsync(PoolEntries.Square, 2));
        Assert.Contains("terminated", terminated.Message);
        pool.Join();
    }

    [Fact]
    public void Max_tasks_per_child_recycles_workers()
    {
        using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 2, MaxTasksPerChild = 2 });
        var pids = pool.Map(PoolEntries.ItemAndPid, Enumerable.Range(0, 12), chunkSize: 1).Select(r => r.Pid).ToList();

        // Twelve tasks, at most two per worker: at least six workers ran them, none more than twice.
        Assert.True(pids.Distinct().Count() >= 6, string.Join(",", pids));
        Assert.All(pids.GroupBy(p => p), g => Assert.True(g.Count() <= 2));
    }

    [Fact]
    public void The_initializer_runs_once_in_each_worker_with_its_arguments()
    {
        var options = new ProcessPoolOptions { Processes = 2, Initializer = PoolInitializer.Create(PoolEntries.Initialize, "ready"), MaxTasksPerChild = 3 };
        using var pool = new ProcessPool(options);
        var answers = pool.Map(PoolEntries.WhoAmI, Enumerable.Range(0, 12), chunkSize: 1);
        var pids = pool.Map(PoolEntries.ItemAndPid, Enumerable.Range(0, 3), chunkSize: 1);
        Assert.All(answers, answer => Assert.Matches(@"^ready:\d+#\d+$", answer));

        // Each answer carries the pid the initializer saw: the one of the worker that ran it, replacements included.
        Assert.True(answers.Select(a => a.Split('#')[0]).Distinct().Count() >= 4);
        Assert.NotEmpty(pids);
    }

    [Fact]
    public void A_failing_initializer_terminates_the_pool_with_its_exception_instead_of_restarting_forever()
    {
        using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 1, Initializer = PoolInitializer.Create(PoolEntries.FailToInitialize) });
        var result = pool.ApplyAsync(PoolEntries.Square, 3);
        Assert.True(result.Wait(Cap));
        var exception = Assert.Throws<InvalidOperationException>(() => result.Get());
        Assert.Contains("no database", exception.Message);
        Assert.IsType<RemoteException>(exception.InnerException);
        Assert.Throws<InvalidOperationException>(() => pool.Apply(PoolEntries.Square, 3));
    }

    [Fact]
    public void Workers_started_on_demand_start_when_work_arrives()
    {
        using var eager = new ProcessPool(2);
        Assert.Equal(2, eager.WorkerCount);

        using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 2, StartOnDemand = true });
        Assert.Equal(0, pool.WorkerCount);
        Assert.Equal(9, pool.Apply(PoolEntries.Square, 3));
        Assert.InRange(pool.WorkerCount, 1, 2);
        pool.Close();
        Assert.True(pool.Join(Cap));
        Assert.Equal(0, pool.WorkerCount);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
