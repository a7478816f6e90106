namespace Multiprocessing;

/// <summary>
/// A held manager lock, semaphore permit or condition, released by <see cref="Dispose"/>: Python's <c>with</c> block.
/// Returned by <c>EnterScope</c> of <see cref="RLockProxy"/>, <see cref="SemaphoreProxy"/> and <see cref="ConditionProxy"/>.
/// </summary>
public readonly struct ProxyScope : IDisposable
{
    private readonly IReleasableProxy? _held;

    internal ProxyScope(IReleasableProxy held) => _held = held;

    /// <summary>Releases what the scope holds.</summary>
    public void Dispose() => _held?.Release();
}

/// <summary>A proxy whose hold a <see cref="ProxyScope"/> ends.</summary>
internal interface IReleasableProxy
{
    void Release();
}
