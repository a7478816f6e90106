namespace Multiprocessing;

/// <summary>
/// Thrown by a get from a process queue that found no item in time (Python's <c>queue.Empty</c>): a
/// <see cref="ProcessQueue{T}.Get(TimeSpan)"/> whose timeout ran out, or a get with a zero timeout on an empty queue.
/// </summary>
public sealed class QueueEmptyException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public QueueEmptyException()
        : this("The queue stayed empty: no item came before the timeout (Python's queue.Empty).")
    {
    }

    /// <summary>Creates the exception with a message saying which queue and how long.</summary>
    public QueueEmptyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public QueueEmptyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
