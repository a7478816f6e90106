using System.Text.RegularExpressions;

namespace Multiprocessing.Tests.Samples;

public sealed class ManagerSampleTests
{
    [Fact]
    public void ManagerList_ten_children_append_to_one_list_and_the_last_line_has_ten_numbers()
    {
        var run = SampleRunner.AppHost("ManagerList");
        Assert.True(run.ExitCode == 0, run.Errors);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Count(line => line.StartsWith('[')));
        var last = Regex.Match(lines[^1], @"the manager's list has 10 numbers: \[(.*)\]");
        Assert.True(last.Success, run.Output);
        Assert.Equal(10, last.Groups[1].Value.Split(", ").Length);
    }

    [Fact]
    public void SharedAccount_keeps_an_exact_balance_across_processes()
    {
        var run = SampleRunner.AppHost("SharedAccount");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains("ada's balance after 4 processes x 250 deposits of 1: 1100 (expected 1100)", run.Output);
        Assert.Contains("after moving 600 to ada (savings): 500 and 600", run.Output);
        Assert.Contains("the server refused: System.InvalidOperationException: ada has 500, not 10000.", run.Output);
    }

    [Fact]
    public void RemoteManager_is_used_by_a_second_program_with_the_key_and_refuses_a_wrong_one()
    {
        var run = SampleRunner.AppHost("RemoteManager");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Matches(@"serving on tcp://127\.0\.0\.1:\d+", run.Output);
        Assert.Contains("second program: the list now has 2 items", run.Output);
        Assert.Contains("a wrong key is refused", run.Output);
        Assert.Matches(@"the list: \[written by the server's owner; written by program \d+ over tcp://127\.0\.0\.1:\d+\]", run.Output);
    }
}
