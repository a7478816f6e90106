namespace Multiprocessing;

/// <summary>
/// An event that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Event()</c>). Create one with
/// <see cref="Manager.Event"/>; use it through <c>Proxy&lt;ManagerEvent&gt;</c>.
/// </summary>
[Shared(ConcurrentCalls = true)]
public sealed class ManagerEvent
{
    private readonly ManualResetEventSlim _flag = new();

    /// <summary>Whether the event is set.</summary>
    public bool IsSet => _flag.IsSet;

    /// <summary>Sets the event: every waiter returns, and later waits return at once until <see cref="Clear"/>.</summary>
    public void Set() => _flag.Set();

    /// <summary>Clears the event.</summary>
    public void Clear() => _flag.Reset();

    /// <summary>Waits until the event is set, at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>Whether the event was set.</returns>
    public bool Wait(TimeSpan timeout) => _flag.Wait(timeout);
}
