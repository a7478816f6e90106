using System.Text.RegularExpressions;

namespace Multiprocessing.Tests.Samples;

public sealed class SampleTests
{
    [Fact]
    public void SequentialChildren_prints_ten_distinct_children_of_the_sample_itself()
    {
        var run = SampleRunner.AppHost("SequentialChildren");
        Assert.True(run.ExitCode == 0, run.Errors);
        int main = int.Parse(Regex.Match(run.Output, @"main process (\d+)").Groups[1].Value);
        var children = Regex.Matches(run.Output, @"the parent is (\d+); the child process is (\d+)");
        Assert.Equal(10, children.Count);
        Assert.All(children, child => Assert.Equal(main, int.Parse(child.Groups[1].Value)));
        Assert.Equal(10, children.Select(child => child.Groups[2].Value).Distinct().Count());
        Assert.DoesNotContain(main.ToString(), children.Select(child => child.Groups[2].Value));
        Assert.Equal(10, Regex.Matches(run.Output, @"the time is \d\d:\d\d:\d\d").Count);
    }

    [Fact]
    public void SequentialChildren_works_through_the_muxer_too_and_children_see_the_programs_arguments()
    {
        var run = SampleRunner.Muxer("SequentialChildren", "alpha", "beta gamma");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal(10, Regex.Matches(run.Output, @"the child process is \d+").Count);
        Assert.Equal(10, Regex.Matches(run.Output, "arguments: alpha beta gamma").Count);
    }

    [Fact]
    public void ProcessSubclass_runs_Run_in_a_child_with_the_parents_state()
    {
        var run = SampleRunner.DotnetRun("ProcessSubclass");
        Assert.True(run.ExitCode == 0, run.Errors);
        int main = int.Parse(Regex.Match(run.Output, @"main process (\d+)").Groups[1].Value);
        var child = Regex.Match(run.Output, @"the parent is (\d+); the child process is (\d+) \(Process-1\)");
        Assert.True(child.Success, run.Output);
        Assert.Equal(main, int.Parse(child.Groups[1].Value));
        Assert.NotEqual(main, int.Parse(child.Groups[2].Value));
        Assert.Contains("hello from a subclass: the time is", run.Output);
        Assert.Contains("child exited with code 0", run.Output);
    }

    [Fact]
    public void DaemonChild_is_terminated_when_the_main_program_ends()
    {
        var run = SampleRunner.AppHost("DaemonChild");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains("starting", run.Output);
        Assert.DoesNotContain("stopping", run.Output);
        int daemon = int.Parse(Regex.Match(run.Output, @"started daemon (\d+)").Groups[1].Value);
        Assert.False(Os.IsRunning(daemon), $"daemon {daemon} outlived the program");
    }

    [Fact]
    public void SharedCounter_loses_no_increment_under_the_lock()
    {
        var run = SampleRunner.AppHost("SharedCounter");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains("4 processes x 200000 increments under the lock: 800000 (expected 800000)", run.Output);

        // Without the lock increments are usually lost, but a lucky schedule may lose none: only the bound is certain.
        var unlocked = Regex.Match(run.Output, @"without the lock: (\d+) \(expected 800000; (\d+) lost\)");
        Assert.True(unlocked.Success, run.Output);
        int total = int.Parse(unlocked.Groups[1].Value);
        Assert.InRange(total, 1, 800000);
        Assert.Equal(800000 - total, int.Parse(unlocked.Groups[2].Value));
    }

    [Fact]
    public void Rendezvous_children_go_through_only_after_the_parent_sets_the_event()
    {
        var run = SampleRunner.AppHost("Rendezvous");
        Assert.True(run.ExitCode == 0, run.Errors);
        var lines = run.Lines;
        int set = Array.FindIndex(lines, line => line == "parent: all 3 children are waiting; setting the event");
        Assert.True(set >= 0, run.Output);
        for (int child = 1; child <= 3; child++)
        {
            int waiting = Array.FindIndex(lines, line => Regex.IsMatch(line, $@"^child {child} \(pid \d+\): event set after 50 ms\? False; waiting$"));
            int through = Array.FindIndex(lines, line => Regex.IsMatch(line, $@"^child {child} \(pid \d+\): went through the event: True$"));
            Assert.True(waiting >= 0 && waiting < set, run.Output);
            Assert.True(through > set, run.Output);
        }

        Assert.Equal("parent: all children went through; exit codes 0, 0, 0", lines[^1]);
    }

    [Fact]
    public void PipeHello_prints_what_the_child_sent_and_sees_it_close()
    {
        var run = SampleRunner.AppHost("PipeHello");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal(["hello world", "the child closed its end and exited with 0"], run.Lines);
    }

    [Fact]
    public void Tour_runs_every_section()
    {
        var run = SampleRunner.AppHost("Tour");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains("Square(7) = 49", run.Output);
        Assert.Matches(@"Process-(\d+) started Process-\1:1, which computed 9", run.Output);
        Assert.Equal(10, Regex.Matches(run.Output, @"child \d: .* parent \d+, pid \d+").Count);
        Assert.Contains("caught System.DivideByZeroException", run.Output);
        Assert.Contains("(exit code 1)", run.Output);
        Assert.Contains("System.DivideByZeroException", run.Errors); // the child's traceback, on its stderr
        Assert.Contains("hello from a subclass, in Process-", run.Output);
        Assert.Contains("terminated: exit code -15", run.Output);
        Assert.Contains("killed: exit code -9", run.Output);
        Assert.Contains("-- 6. a counter shared by processes, under its lock", run.Output);
        Assert.Contains("4 processes added 1000 each under the lock: 4000", run.Output);
        Assert.Contains("arrival indexes: 0, 1, 2", run.Output);
        Assert.Matches(@"the server's child said: hello from pid \d+", run.Output);
        Assert.Contains("and echoed: ping", run.Output);
        Assert.Contains("the handler exited with 0 once the client closed", run.Output);
        Assert.Contains("the child sent: hello world", run.Output);
        Assert.Contains("sum of 1..10 from the child: 55", run.Output);
        Assert.Matches(@"a listener at 127\.0\.0\.1:\d+ accepted Process-\d+, which said: hello from \d+", run.Output);
        Assert.Contains("got 6 items from the queue: producer 1#1, producer 1#2, producer 1#3, producer 2#1, producer 2#2, producer 2#3", run.Output);
        Assert.Contains("pool.Map(Square, 1..5) = 1, 4, 9, 16, 25; ApplyAsync(Square, 12) = 144", run.Output);
        Assert.Contains("the manager's dictionary: 1->1, 2->4, 3->9, 4->16, 5->25, 6->36", run.Output);

        // The non-daemon child is joined at exit: its line comes after the main program's last one.
        var lines = run.Lines;
        int last = Array.FindIndex(lines, line => line.StartsWith("main program ends now"));
        int straggler = Array.FindIndex(lines, line => line.StartsWith("straggler"));
        Assert.True(last >= 0 && straggler > last, run.Output);
    }

    [Fact]
    public void PoolCallbacks_prints_each_result_from_a_callback_in_the_parent_after_end()
    {
        var run = SampleRunner.AppHost("PoolCallbacks", "--sleep-ms", "50");
        Assert.True(run.ExitCode == 0, run.Errors);
        var lines = run.Lines;
        Assert.Equal("end", lines[0]);
        var results = lines.Skip(1).Select(line => Regex.Match(line, @"^-->exec done: (\d+) \(callback in pid (\d+)\)$")).ToList();
        Assert.All(results, match => Assert.True(match.Success, run.Output));
        Assert.Equal(Enumerable.Range(100, 10), results.Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Single(results.Select(m => m.Groups[2].Value).Distinct());
    }

    [Fact]
    public void PrimeCount_finds_the_same_count_serially_and_with_the_pool()
    {
        var run = SampleRunner.AppHost("PrimeCount", "--limit", "200000", "--ranges", "8");
        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Matches(@"serial loop: 17984 primes below 200,000", run.Output);
        Assert.Matches(@"pool of \d+: 17984 primes below 200,000", run.Output);
        Assert.Matches(@"speed-up: [\d.]+x on \d+ cores", run.Output);
    }
}
