namespace Multiprocessing;

/// <summary>
/// Thrown by a put on a process queue that found no room in time (Python's <c>queue.Full</c>): the queue held its
/// maximum number of items, or its buffer had not enough free bytes, until the timeout ran out.
/// </summary>
public sealed class QueueFullException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public QueueFullException()
        : this("The queue stayed full: no room came before the timeout (Python's queue.Full).")
    {
    }

    /// <summary>Creates the exception with a message saying which queue and how long.</summary>
    public QueueFullException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public QueueFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
