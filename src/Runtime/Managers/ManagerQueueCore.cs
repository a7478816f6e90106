namespace Multiprocessing.Managers;

/// <summary>
/// The server's side of <see cref="QueueProxy{T}"/>: serialized items first in, first out, at most <c>maxSize</c> of
/// them (0: no bound), and Python's <c>task_done</c>/<c>join</c> count. The server never deserializes an item.
/// </summary>
[Shared(ConcurrentCalls = true)]
internal sealed class ManagerQueueCore
{
    private readonly Lock _gate = new();
    private readonly Queue<byte[]> _items = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly SemaphoreSlim? _room;
    private readonly int _maxSize;
    private int _unfinished;
    private TaskCompletionSource _allDone = Done();

    /// <param name="description">The proxy's type as users name it (<c>QueueProxy&lt;int&gt;</c>), which finding the queue by name checks.</param>
    /// <param name="maxSize">The most items it holds; 0 for no bound.</param>
    public ManagerQueueCore(string description, int maxSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSize);
        Description = description;
        _maxSize = maxSize;
        _room = maxSize > 0 ? new SemaphoreSlim(maxSize) : null;
    }

    public string Description { get; }

    public int MaxSize => _maxSize;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Adds <paramref name="item"/> once there is room within <paramref name="timeout"/>; whether it was added.</summary>
    public async Task<bool> PutAsync(byte[] item, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_room is not null && !await _room.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        lock (_gate)
        {
            _items.Enqueue(item);
            if (_unfinished++ == 0)
            {
                _allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _available.Release();
        return true;
    }

    /// <summary>Takes the oldest item once there is one within <paramref name="timeout"/>; null when none came.</summary>
    public async Task<byte[]?> GetAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await _available.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        byte[] item;
        lock (_gate)
        {
            item = _items.Dequeue();
        }

        _room?.Release();
        return item;
    }

    /// <summary>Marks one taken item as processed (Python's <c>task_done</c>).</summary>
    public void TaskDone()
    {
        lock (_gate)
        {
            if (_unfinished == 0)
            {
                throw new InvalidOperationException("TaskDone was called more times than items were put (Python raises ValueError).");
            }

            if (--_unfinished == 0)
            {
                _allDone.SetResult();
            }
        }
    }

    /// <summary>Waits until every item put has been marked done (Python's <c>join</c>); whether that happened within <paramref name="timeout"/>.</summary>
    public async Task<bool> JoinAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task allDone;
        lock (_gate)
        {
            allDone = _allDone.Task;
        }

        try
        {
            await allDone.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
