namespace Multiprocessing.Tests.Managers;

/// <summary>
/// Reading a manager's objects as the wrong type fails clearly, naming both types, instead of misreading their bytes;
/// messages name what users wrote, not the server types behind the built-in proxies; the built-in locks read like
/// <see cref="ProcessLock"/>.
/// </summary>
public sealed class ManagerTypeCheckTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Finding_a_published_object_with_other_type_arguments_or_as_another_kind_names_both_types()
    {
        await using var manager = await Manager.StartAsync();
        manager.Publish("jobs", manager.List([1, 2]));
        manager.Publish("counts", manager.Dictionary<string, int>());
        manager.Publish("queue", manager.Queue<int>());
        manager.Publish("counter", manager.CreateCounter(3, "c"));

        var wrongItems = Assert.Throws<InvalidOperationException>(() => manager.FindList<string>("jobs"));
        Assert.Contains("'jobs' is a ListProxy<int>, not a ListProxy<string>", wrongItems.Message);
        Assert.Equal([1, 2], manager.FindList<int>("jobs").Snapshot());

        var wrongKind = Assert.Throws<InvalidOperationException>(() => manager.FindList<int>("counts"));
        Assert.Contains("is a DictionaryProxy<string, int>, not a ListProxy<int>", wrongKind.Message);
        var wrongValues = Assert.Throws<InvalidOperationException>(() => manager.FindDictionary<string, long>("counts"));
        Assert.Contains("is a DictionaryProxy<string, int>, not a DictionaryProxy<string, long>", wrongValues.Message);
        Assert.Contains("is a QueueProxy<int>, not a QueueProxy<int[]>", Assert.Throws<InvalidOperationException>(() => manager.FindQueue<int[]>("queue")).Message);

        var notShared = Assert.Throws<InvalidOperationException>(() => manager.Find<Counter>("jobs"));
        Assert.Contains("is a ListProxy<int>, not a Proxy<Multiprocessing.Tests.Counter>", notShared.Message);
        Assert.Contains("is a Proxy<Multiprocessing.Tests.Counter>, not a QueueProxy<int>", Assert.Throws<InvalidOperationException>(() => manager.FindQueue<int>("counter")).Message);
        Assert.Equal(3, manager.Find<Counter>("counter").Value);
    }

    [Fact]
    public async Task A_proxy_prints_as_the_type_the_user_wrote()
    {
        await using var manager = await Manager.StartAsync();
        Assert.StartsWith("ListProxy<double>(object ", manager.List<double>().ToString());
        Assert.StartsWith("DictionaryProxy<string, int>(object ", manager.Dictionary<string, int>().ToString());
        Assert.StartsWith("Proxy<Multiprocessing.Tests.Counter>(object ", manager.CreateCounter(1, "c").ToString());
    }

    [Fact]
    public async Task A_namespace_value_read_as_another_type_fails_naming_both_types()
    {
        await using var manager = await Manager.StartAsync();
        var settings = manager.Namespace();
        settings.Set("count", 3);
        settings.Set("names", new List<string> { "ada" });

        var wrong = Assert.Throws<InvalidCastException>(() => settings.Get<string>("count"));
        Assert.Contains("'count' as int, not as string", wrong.Message);
        Assert.Contains("as System.Collections.Generic.List<string>, not as string[]", Assert.Throws<InvalidCastException>(() => settings.TryGet<string[]>("names", out _)).Message);
        Assert.Equal(3, settings.Get<int>("count"));
        Assert.Equal(["ada"], settings.Get<List<string>>("names"));
    }

    [Fact]
    public async Task A_call_that_fails_on_a_built_in_proxy_names_the_proxy_not_the_server_type()
    {
        await using var manager = await Manager.StartAsync();
        var list = manager.List<int>();
        list.Add(1);
        manager.ServerProcess!.Kill();
        await manager.ServerProcess.JoinAsync(Patience);

        var failure = await Assert.ThrowsAsync<ManagerConnectionException>(() => Task.Run(() => list.Add(2)).WaitAsync(Patience));
        Assert.Contains("during ListProxy.Append", failure.Message);
        Assert.DoesNotContain("ManagerList", failure.Message);
        Assert.DoesNotContain("byte[]", failure.Message);
    }

    [Fact]
    public async Task The_managers_lock_and_condition_take_the_acquire_forms_of_ProcessLock()
    {
        await using var manager = await Manager.StartAsync();
        var managerLock = manager.Lock();
        Assert.True(managerLock.TryAcquire());
        Assert.False(await Task.Run(() => managerLock.TryAcquire()));
        Assert.False(await Task.Run(() => managerLock.Acquire(TimeSpan.FromMilliseconds(20))));
        managerLock.Release();
        await managerLock.AcquireAsync().WaitAsync(Patience);
        Assert.True(managerLock.IsLocked);
        managerLock.Release();

        // The condition's lock belongs to a thread: the other thread is a new one, never the test's.
        var condition = manager.Condition();
        Assert.True(condition.TryAcquire());
        Assert.False(OnNewThread(condition.TryAcquire));
        condition.Release();
        Assert.True(OnNewThread(() => condition.AcquireAsync().Wait(Patience)));
        Assert.False(condition.TryAcquire());
    }

    private static bool OnNewThread(Func<bool> action)
    {
        bool result = false;
        var thread = new Thread(() => result = action());
        thread.Start();
        thread.Join();
        return result;
    }
}
