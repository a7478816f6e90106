namespace Multiprocessing.Tests.Managers;

public sealed class SharedProxyTests
{
    [Fact]
    public async Task Calls_on_a_proxy_run_on_the_one_object_in_the_server_process()
    {
        await using var manager = await Manager.StartAsync();
        var counter = manager.CreateCounter(10, "c");
        Assert.Equal(11, counter.Add(1));
        Assert.Equal(11, counter.Value);
        Assert.Equal("c", counter.Name);
        counter.Name = "renamed";
        Assert.Equal("renamed", counter.Name);
        Assert.NotEqual(Environment.ProcessId, counter.Pid());
        Assert.Equal(manager.ServerProcess!.Pid, counter.Pid());
        Assert.Equal(16, await counter.AddLaterAsync(5, CancellationToken.None));
    }

    [Fact]
    public async Task A_child_process_given_the_proxy_reaches_the_same_object()
    {
        await using var manager = await Manager.StartAsync();
        var counter = manager.CreateCounter();
        using var child = Process.Create(ManagerEntries.AddFromChild, counter, 100);
        child.Start();
        Assert.Equal(100, await child.Result);
        Assert.Equal(100, counter.Value);
    }
}
