namespace Multiprocessing.Tests.Processes;

public sealed class SubclassTests
{
    [Fact]
    public void A_subclass_carries_its_fields_and_auto_properties_to_the_child_where_Run_executes()
    {
        using var temp = new TempDirectory();
        var p = new CopyingProcess(temp.File("out"), 41) { Text = "state" };
        p.Lines.AddRange(["a", "b"]);
        p.SetParentOnly("changed in the parent");
        p.Name = "copier";
        p.Start();
        p.Join();
        Assert.Equal(0, p.ExitCode);

        // [NonSerialized] state stays behind: the child has the field's initial value.
        Assert.Equal("state|42|a,b|parent|copier|True|True", File.ReadAllText(temp.File("out")));
    }

    [Fact]
    public void A_subclass_of_a_subclass_carries_both_states_and_runs_its_own_Run()
    {
        using var temp = new TempDirectory();
        var p = new LabelledCopyingProcess(temp.File("out"), 1, "derived") { Text = "base state" };
        p.Start();
        p.Join();
        Assert.Equal(0, p.ExitCode);
        Assert.Equal($"base state|2||parent|{p.Name}|True|True|derived", File.ReadAllText(temp.File("out")));
    }

    [Fact]
    public void State_declared_in_an_abstract_base_travels_with_the_subclass()
    {
        using var temp = new TempDirectory();
        var p = new WritingStage { OutputPath = temp.File("out") };
        p.Start();
        p.Join();
        Assert.Equal(0, p.ExitCode);
        Assert.Equal("stage", File.ReadAllText(temp.File("out")));
    }

    [Fact]
    public void Terminate_cancels_the_token_RunAsync_receives()
    {
        using var temp = new TempDirectory();
        var p = new CleaningUpProcess { MarkerPath = temp.File("marker") };
        p.Start();
        Assert.True(Os.Eventually(() => File.Exists(temp.File("marker")), TimeSpan.FromSeconds(20)), "the child never started");
        p.Terminate();
        Assert.True(p.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(-15, p.ExitCode);
        Assert.Equal("cleaned up", File.ReadAllText(temp.File("marker")));
    }

    [Fact]
    public async Task A_subclass_may_override_RunAsync()
    {
        using var temp = new TempDirectory();
        var p = new AsyncProcess { Path = temp.File("out") };
        p.Start();
        await p.JoinAsync();
        await p.Completion;
        Assert.Equal("async run", File.ReadAllText(temp.File("out")));
    }
}
