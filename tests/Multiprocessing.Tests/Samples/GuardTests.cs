namespace Multiprocessing.Tests.Samples;

public sealed class GuardTests
{
    [Fact]
    public void A_program_that_starts_processes_without_the_guard_is_refused_with_an_explanation()
    {
        var run = SampleRunner.Fixture("MissingGuard");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains("refused: Cannot start a child process: the program's entry point did not call ProcessGuard.Enter()", run.Output);
        Assert.DoesNotContain("started anyway", run.Output);
    }
}
