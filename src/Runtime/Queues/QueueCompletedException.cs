namespace Multiprocessing;

/// <summary>
/// Thrown by a put on a process queue after any process called <c>CompleteAdding</c>, and by a get once such a queue
/// is also empty: there is nothing more to wait for. Like <see cref="System.Collections.Concurrent.BlockingCollection{T}"/>,
/// whose <c>Take</c> throws an <see cref="InvalidOperationException"/> in the same case, it derives from that type.
/// </summary>
public sealed class QueueCompletedException : InvalidOperationException
{
    /// <summary>Creates the exception with the default message.</summary>
    public QueueCompletedException()
        : this("The queue was completed (CompleteAdding) and holds no more items.")
    {
    }

    /// <summary>Creates the exception with a message saying which queue and what was tried.</summary>
    public QueueCompletedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public QueueCompletedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
